/**
 * How common a word is in young people's chat and staff messages, in three rough tiers, for the
 * prefilter to prefer rare words when it chooses which words wake a rule. Nothing here changes
 * what a rule finds, only how often it is asked to look; a word missing from these lists just
 * counts as rarer than it is.
 */

/** Words in a large share of all messages: a clause holding one rules out next to nothing. */
export const ULTRA_COMMON = new Set(
  `a am an and are as at be but by can do for get go have he her his i if im in is it its just like
lol me my no not of oh ok on or our she so that the them they this to u ur us was we what will
you your ya yeah yes`.split(/\s+/),
);

/** Words in many messages: a clause holding one is a weak filter, better than none. */
export const EVERYDAY = new Set(
  `about after again all also any back because been before being come could day did does doing don
done even from gets getting going gonna got had has here him how into know more now off okay one
only out over people really right said say see some still their then there thing think time too
up want way well went were when where which who why with would`.split(/\s+/),
);

/** Common words: a fair number of messages contain one. */
export const COMMON = new Set(
  `able actually afternoon ages ago alright always another anyone anything anyway around ask asked
away bad bag bed best better big bit bored boy boys bring bro brother bus call came cant car
care class coming cool couldnt dad didnt different doesnt down each else end ended enough
ever every everyone everything face fair family feel fine first food football friend friends
fun game games gave girl girls give gives giving good great group guys hair happy hard hate
head hear heard help hey hi hold home homework hope hour house hurt id idk ill isnt keep kick
kids kind last later leave left let life little live look looking lot love made make makes
making man many match maybe mean mind miss mocks mom money morning most much mum must name need
never new next nice night nothing old other parents party pay phone pic play please put
quite ready remember room run sad same school season send sent should show sister sleep small
someone something soon sorry start stay stop stuff sure take talk teacher team tell than thanks
thats these those thought through today told tomorrow tonight top trip try trying under until
very wait walk wanna wants watch week weekend whats while whole wont work world wrong year years
yet yourself`.split(/\s+/),
);
