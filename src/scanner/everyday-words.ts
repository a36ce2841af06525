/**
 * How common a word is in young people's chat and staff messages, in three rough tiers, for the
 * prefilter to prefer rare words when it chooses which words wake a rule. Nothing here changes
 * what a rule finds, only how often it is asked to look; a word missing from these lists just
 * counts as rarer than it is.
 */

import type { Clause, RequiredWord } from './required-words.ts';

/** Words in a large share of all messages: a clause holding one rules out next to nothing. */
const ULTRA_COMMON = new Set(
  `a am an and are as at be but by can do for get go have he her his i if im in is it its just like
lol me my no not of oh ok on or our she so that the them they this to u ur us was we what will
you your ya yeah yes`.split(/\s+/),
);

/** Words in many messages: a clause holding one is a weak filter, better than none. */
const EVERYDAY = new Set(
  `about after again all also any back because been before being come could day did does doing don
done even from gets getting going gonna got had has here him how into know more now off okay one
only out over people really right said say see some still their then there thing think time too
up want way well went were when where which who why with would`.split(/\s+/),
);

/** Common words: a fair number of messages contain one. */
const COMMON = new Set(
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

/**
 * A word of the two commonest tiers ("you", "are", "or", "going"): on its own it says little
 * about what a message means, so the wording model must point to a rarer one (wording-model.ts).
 */
export function isEverydayWord(word: string): boolean {
  return ULTRA_COMMON.has(word) || EVERYDAY.has(word);
}

/** The key a word is known by: its stem, and `$` when it must be the whole word. */
export const wordKey = (w: RequiredWord): string => `${w.stem}${w.exact ? '$' : ''}`;

const tiers = new Map<string, number>();

/**
 * 3: in a large share of messages; 2: in many; 1: in a fair number; 0: rarer. A stem counts
 * as common as the commonest word it begins, and a stem of one or two letters begins too many.
 */
export function tierOf(word: RequiredWord): number {
  const key = wordKey(word);
  let tier = tiers.get(key);
  if (tier === undefined && word.stem.includes(' ')) {
    // A phrase is a tier rarer than the rarest of its words: "do it" is no longer everywhere,
    // and "dont tell" is no rarer than "dont" alone.
    const parts = word.stem.split(' ');
    const rarest = Math.min(
      ...parts.map((stem, i) => tierOf({ stem, exact: i < parts.length - 1 || word.exact })),
    );
    tier = Math.max(0, rarest - 1);
    tiers.set(key, tier);
  }
  if (tier === undefined) {
    const begins = (list: ReadonlySet<string>, beginnings: ReadonlySet<string>): boolean =>
      word.exact ? list.has(word.stem) : beginnings.has(word.stem);
    if ((!word.exact && word.stem.length <= 2) || begins(ULTRA_COMMON, ULTRA_COMMON_BEGINNINGS)) tier = 3;
    else tier = begins(EVERYDAY, EVERYDAY_BEGINNINGS) ? 2 : begins(COMMON, COMMON_BEGINNINGS) ? 1 : 0;
    tiers.set(key, tier);
  }
  return tier;
}

/**
 * Every beginning of every word in `list`: a stem begins one of the words exactly when it is in
 * here. Tiers are asked for some twenty thousand stems as the scanner is built, and searching
 * the lists for each took a tenth of a second of every start.
 */
function beginningsOf(list: ReadonlySet<string>): ReadonlySet<string> {
  const beginnings = new Set<string>();
  for (const w of list) for (let n = 1; n <= w.length; n++) beginnings.add(w.slice(0, n));
  return beginnings;
}
const ULTRA_COMMON_BEGINNINGS = beginningsOf(ULTRA_COMMON);
const EVERYDAY_BEGINNINGS = beginningsOf(EVERYDAY);
const COMMON_BEGINNINGS = beginningsOf(COMMON);

/** Words nearly every message has: a clause holding one is checked last rather than counted. */
export function isUbiquitousWord(word: RequiredWord): boolean {
  return tierOf(word) === 3;
}

const TIER_COST = [0, 8, 20, 50];

/** Roughly how likely a word is to occur in a chat message: lower is better for a clause. */
export function cost(word: RequiredWord): number {
  const key = wordKey(word);
  let c = costs.get(key);
  if (c === undefined) {
    c = computeCost(word);
    costs.set(key, c);
  }
  return c;
}

const costs = new Map<string, number>();

/** About how many messages in sixty hold the word: a cost rescaled, for phrases. */
const SHARE = 60;

function computeCost(word: RequiredWord): number {
  if (word.stem.includes(' ')) {
    // Words side by side: far rarer together than apart.
    const parts = word.stem.split(' ');
    let share = 0.2;
    parts.forEach((stem, i) => {
      share *= Math.min(1, cost({ stem, exact: i < parts.length - 1 || word.exact }) / SHARE);
    });
    return share * SHARE;
  }
  const tier = tierOf(word);
  const length = word.stem.length;
  const byLength =
    tier > 0 ? (TIER_COST[tier] as number) : length >= 5 ? 1 : length === 4 ? 1.5 : length === 3 ? 3 : 6;
  return word.exact ? byLength : byLength * 1.3;
}

export function clauseCost(clause: Clause): number {
  let total = 0;
  for (const w of clause) total += cost(w);
  return total;
}
