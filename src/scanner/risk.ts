/**
 * Risk-signal rules: bullying, sexual content, grooming, self-harm and violence.
 *
 * Rules describe the general shape of each signal (who is speaking, to whom, about what)
 * rather than stock phrases, and each carries the everyday idioms it must not fire on:
 * "this homework is killing me", "I'm dead 😂", "we destroyed them 3-0", "cut myself shaving".
 * Joking markers lower severity for hyperbole-prone rules but never silence them, because
 * "i want to die lol" is still worth a human glance.
 */
import type { Detector, RegexRuleSpec } from './engine.ts';
import { defineRegexRule } from './engine.ts';

const rule = (spec: RegexRuleSpec): Detector => defineRegexRule(spec);

// Shared vocabulary --------------------------------------------------------------------------

const JOKE = /(?:\b(?:lol|lool|lmao|lmfao|haha\w*|jk|jokes|joking|kidding)\b|😂|🤣|😆|😜|😝)/i;

const SPORT_OR_GAME =
  '\\d+ ?[-–] ?\\d+|match|game|games|fixture|final|semi|league|cup|season|fortnite|cod|warzone|gta|minecraft|roblox|valorant|apex|pubg|fifa|fc ?2\\d|overwatch|halo|rocket league|among us|xbox|ps[45]|playstation|boss|level|lvl|round \\d+|(?:first|second|next|last|final|this|that|bonus|practice) round|ranked|lobby|squad wipe|respawn|match|exam|exams|test|mock|mocks|gcse|gcses|a levels?|audition|performance|concert|presentation|quiz|karaoke|dance off|chess|cards|uno|monopoly|scrabble|snooker|darts|ping pong|table tennis|badminton|tennis|mario ?kart|smash bros|sports day';
/** A word of SPORT_OR_GAME anywhere in a stretch of text. */
const SPORT_WORD = new RegExp(`\\b(?:${SPORT_OR_GAME})\\b`, 'i');
const ACCIDENT =
  'shaving|by accident|accidentally|on (?:a|an|the|some|my|this|that|his|her) (?:[a-z]+ ){0,2}(?:paper|glass|knife|tin|can|bottle|fence|nail|edge|corner|table|door|oven|hob|iron|kettle|straighteners|tongs|pan|tray|grater|stapler|scissors|bramble|brambles|bush|nettles?|rock|stone|wire|heater|radiator|toaster|stove|bbq|barbecue|fire|candle|match)|playing|at (?:football|training|rugby|netball|gym|pe|practice|the match)|in (?:pe|training|the match|football|rugby)|fell|falling|slipped|tripped|cooking|chopping|peeling|slicing|laughing|from laughing|with laughter';
const PEER_SECRET =
  "\\d+(?:st|nd|rd|th)|anniversary|planning|(?:i|we) (?:broke|smashed|spilt|spilled|lost|dented|crashed|cracked|scratched|burnt) (?:the|a|an|his|her|their|my|your|ur|mum'?s|dad'?s)|surprise|party|present|presents|birthday|bday|b-day|spoilers?|spoil|ending|christmas|xmas|secret santa|prank|leaving (?:card|do|party|present|gift)|(?:a|the) card for|thank ?you card|whip ?round|collection for|the score|who won|crush on|fancy|fancies|likes? him|likes? her|wedding|proposal|engagement|i failed|i fail|my (?:results|grades|marks|mocks?|exam|test|report)|detention|i cried|i was crying|i'?m embarrassed|so embarrassing|got an? (?:[a-e]|[1-9]|u) in|(?:bombed|flunked|failed|messed up|screwed up|fluffed) (?:the|my|that|this|an?|our) (?:test|exam|mocks?|quiz|assessment|essay|audition|interview|driving test)";
const TRAINING_CONTEXT =
  'awareness|training|policy|policies|lesson|lessons|leaflet|leaflets|resources?|session|sessions|workshop|workshops|assembly|module|course|guidance|(?:health|bullying|safety|wellbeing|prevention|awareness|action|kindness) (?:week|day)|protocol|procedures?|risk assessments?|prevention|strategy|charity|charities|campaign|research|statistics|rates|helpline|support line|samaritans|papyrus|shout|training day|pshe|rse|curriculum|safeguarding|dsl|designated|referral|referrals|squad|bomber|bombers|film|movie|song|album|documentary|episode|book|novel|article';

// People a young person might name when disclosing abuse.
const ABUSER =
  "(?:my (?:friend|mate|best friend|bestie|cousin|sister|brother)'?s (?:older |big |little )?(?:brother|sister|dad|uncle|cousin|mate|friend|boyfriend|bf)|(?:her|his|their|my|yp'?s) (?:mother|father|mum|mam|mom|dad)'?s (?:partner|boyfriend|girlfriend|husband|wife|friend|mate)|(?:her|his|their) (?:father|stepfather|step ?dad|dad|uncle|brother|cousin|grandfather|grandad|coach|teacher|carer)|he|she|they|someone|somebody|a man|a boy|an older boy|a guy|this guy|that guy|this man|that man|my (?:mum|mam|mom|dad|brother|sister|cousin|nan|gran)'s (?:friend|mate|boyfriend|bf|partner|girlfriend|husband|wife|neighbour)|(?:one of )?my (?:mum|mam|mom|dad|brother|sister)'s (?:friends|mates)|my (?:stepdad|step dad|dad|uncle|cousin|brother|step ?brother|grandad|coach|teacher|tutor|neighbour|mum's (?:boyfriend|bf|partner)|carer|foster (?:dad|mum|carer))|(?:his|her) (?:mate|friend|dad|brother|uncle)|(?:a|the|one of the|this) (?:teacher|coach|tutor|leader|volunteer|youth worker|caretaker|instructor|lifeguard|driver|man at (?:the )?[a-z]+)|sir|mr [a-z]+)";
const PRIVATE_PARTS =
  '(?:dick|cock|willy|thing|penis|privates|private parts|bits|boobs|chest|balls|pussy|vagina|fanny|bum|ass|body|lap)';

// Self-harm ----------------------------------------------------------------------------------

/** Causes of a scar or cut that are not self-harm. */
const WOUND_CAUSE =
  /\b(?:cat|cats|kitten|dog|puppy|rabbit|football|rugby|hockey|netball|fell|fall|crash|operation|surgery|op|chickenpox|chicken pox|eczema|acne|spots|brambles|nettles|bike|accident|shaving|wax|waxing|tattoo|piercing)\b/i;

const selfHarm: Detector[] = [
  rule({
    id: 'risk.self_harm.hurt_self',
    type: 'self_harm',
    severity: 5,
    description:
      'Talk of killing, cutting, hurting, starving or burning oneself ("I want to kill myself", "been cutting myself").',
    reason:
      'Talks about hurting or killing themselves. Follow your safeguarding procedure and speak to the designated safeguarding lead today.',
    examples: [
      'i just want to kill myself',
      'ive been cutting myself again',
      'gonna starve myself till i fit in it',
    ],
    pattern:
      '(?:kill|killing|killed|kil|hurt|hurting|cut|cutting|cuts|harm|harming|harmed|stab|stabbing|hang|hanging|hung|starve|starving|starved|burn|burning|burnt|burned|top|topping|drown|drowning|poison|poisoning|punish|punishing|off|offing|end|ending|slit|slitting|unalive|unaliving|scratch|scratching|bruise|bruising|hit|hitting|punch|punching|punched|slap|slapping|slapped|bite|biting|bit|pinch|pinching|pinched) (?:{w1})?(?:{myself}|myself|herself|himself|themselves|themself|my wrists?|my own life|my arms?|my thighs?|my legs?)',
    unlessAfter: ACCIDENT,
    accept: (m) => {
      const s = m[0].toLowerCase();
      // Other people hurting themselves is a concern for them, not an intent statement.
      if (/(?:herself|himself|themselves|themself)$/.test(s)) return 4;
      if (/^(?:kill|end|hang|hung|top|off|drown|poison|slit|unaliv)/.test(s)) return 5;
      if (
        /my (?:wrists?|arms?|thighs?|legs?)$/.test(s) &&
        !/^(?:cut|slit|burn|harm|scratch|stab|bruis)/.test(s)
      )
        return false;
      return 4;
    },
    jokeDowngrade: 1,
  }),
  rule({
    id: 'risk.self_harm.want_to_die',
    type: 'self_harm',
    severity: 5,
    description:
      'Wishing to die, not exist or not wake up ("I want to die", "I wish I was dead", "I wanna disappear forever").',
    reason:
      'Says they want to die or not exist. Take it seriously even if it sounds like a joke; follow your safeguarding procedure today.',
    examples: ['i honestly want to die', 'i wish i was dead', 'sometimes i just wanna not wake up'],
    pattern:
      "(?:(?:can't|cant|cannot|can not) stop thinking about (?:dying|death|killing myself|ending it|suicide|not being here|being dead)|wishing i (?:wasn't|wasnt|was not|weren't|werent|wasn't ever) (?:here|alive|born)|wishing i (?:was|were) dead|wishing i (?:could|would) (?:die|disappear)|i (?:hope|wish|pray) (?:that )?i (?:don't|dont|do not|never|won't|wont|will not) wake up|i (?:{w2})?(?:want|wanna|wana|wanted|wish i could|wish i was|wish i were|wish i'd|would rather|rather|am ready|'m ready|m ready|need|deserve|am going|'m going|m going|m gonna|'m gonna|am gonna|feel like i want|feel like i wanna) (?:to )?(?:just |simply |honestly |really )?(?:die|be dead|dead|disappear forever|disappear for good|not exist|stop existing|not be alive|not wake up|never wake up|sleep forever|go to sleep forever|end it|end it all|end my life|be gone forever|not be here anymore|not be here any more|be with (?:my )?(?:nan|grandad|gran|mum|dad) in heaven|go to heaven|go up to heaven|be in heaven|go to sleep and never wake up)|i (?:{w2})?(?:want|wanna|wish|need) (?:it all|everything|my life|all of it) to (?:end|stop|be over))",
    // "die of embarrassment" and "die laughing" are idioms, not wishes.
    unlessAfter:
      'of (?:embarrassment|shame|cringe|boredom|laughter|laughing|happiness)|laughing|from (?:embarrassment|cringe|laughing)',
    jokeDowngrade: 2,
  }),
  rule({
    id: 'risk.self_harm.end_life',
    type: 'self_harm',
    severity: 5,
    description: 'Ending one\'s life or "ending it all", taking one\'s own life, suicide plans.',
    reason:
      'Talks about ending their life. Follow your safeguarding procedure now and do not leave it until tomorrow.',
    examples: ['im going to end it all tonight', 'thinking about taking my own life', 'ive written my note'],
    pattern:
      "(?:(?:thinking|think|thought|dream|dreaming|keep thinking) (?:of|about) (?:jumping|throwing myself|stepping|walking|lying) (?:off|in front of|under|into|onto|on) (?:a |the )?(?:bridge|building|train|car|cliff|roof|bus|motorway|river|sea|traffic|canal|lake|tracks|railway|road|lorry)|counting down (?:the )?(?:days|hours|weeks) (?:until|till|til|to) (?:i )?(?:can )?(?:end it|die|kill myself|be gone|it ends|it's all over)|(?:wrote|written|writing|write|left|leave|leaving|recorded|recording) (?:a |some |my |these )?(?:letters?|notes?|messages?|videos?) (?:for|to) (?:my )?(?:family|mum|mam|mom|dad|parents|friends|everyone|sister|brother|nan|boyfriend|girlfriend) (?:{w1})?(?:in case (?:anything|something) (?:happens|happened) to me|for when i'?m gone|for after i'?m gone|when i'?m gone|after i'?m gone|for when i'?m not here|to read (?:after|when) i'?m gone)|if (?:things|it|nothing|life|this|stuff) (?:{w2})?(?:don't|dont|doesn't|doesnt|do not|does not|won't|wont|isn't|isnt|aren't|arent) (?:get|gets|change|changes|improve|improves|better|start|starts)(?: better| getting better)? (?:by|before|after|soon) (?:{w3})?(?:{im}|i am|i'll be|ill be|i will be) (?:done|gone|out|ending it|finished)|(?:{im}|i am) (?:so )?done with (?:life|living|being alive|existing)|(?:{im}|i am|i've been|ive been|i have been|i'm just|im just) (?:planning|going|gonna|ready|about) (?:on |to )?end(?:ing)? (?:it all|it|everything|my life)(?! (?:with|between|off|for (?:him|her|them|us)|early|here|there|now and|in|on))|(?:{im}|i am) (?:not )?(?:going to|gonna) be (?:around|here) (?:for )?much longer|(?:i won't|i wont|i will not|i'll not|ill not) be (?:around|here) (?:for )?much longer|end(?:ing)? (?:it all|my life|my own life|everything tonight|it tonight)|(?:tell|tells|told|telling|say|says|said) me to (?:kys|kill myself|die|go die|kms)[^.!?\\n]{0,30}?(?:maybe i should|maybe they'?re right|they'?re right|i might|i will|i want to|i'm going to|im going to)|(?:{ill}|i want to|i wanna|i'm going to|im going to|i feel like) (?:jump|throw myself|step|walk) (?:off|in front of|under|into|in) (?:a |the )?(?:bridge|building|train|car|cliff|roof|bus|motorway|river|sea|traffic|canal|lake|reservoir|quarry|tracks|railway|road)|(?:i (?:feel like|keep thinking (?:of|about)|(?:am|'m|m) (?:thinking|think) (?:of|about)|think about|thought about|might just|might|should just|could just|just want to|just wanna)|(?:i've|i have) been thinking (?:of|about)|thinking (?:of|about)) end(?:ing)? (?:it all|it|everything|my life)(?! (?:with|between|off|for (?:him|her|them|us)|early|here|there|now and))|(?:tonight|today|tomorrow)(?:'s| is|s) the (?:night|day)(?: that)? i (?:end it|end it all|end my life|kill myself|die|go through with it|take the pills)|tak(?:e|ing) my (?:own )?life|(?:written|wrote|writing) (?:my|a) (?:suicide |goodbye )?note|(?:written|wrote|writing|write|recorded|recording|left|leave|leaving) (?:my |a |the |some |all my )?(?:suicide|goodbye) (?:notes?|letters?|messages?|videos?)(?! (?:to|for) (?:mrs?|miss|ms|sir|the|our|my (?:teacher|tutor|form|class|coach)|a teacher|[A-Z][a-z]+ who))|(?:plan|planned|planning) (?:how|when) (?:to|i'll|i will) (?:do it|die|end it|kill)|goodbye (?:forever|everyone|world)|(?:this is|it'?s) the last time (?:anyone|any ?one|you|u|people|everyone) (?:will )?(?:hears?|hear) from me|(?:you|u|anyone|nobody|no one)(?:'ll| will|ll)? (?:never|not) (?:hear from|see) me again(?= ?(?:[,.!?]|$|after|once|when|if|bye|goodbye|x|i'?m|im))|this is (?:my|the) last (?:message|time you'll hear from me))",
  }),
  rule({
    id: 'risk.self_harm.no_reason_to_live',
    type: 'self_harm',
    severity: 4,
    description:
      'Hopelessness about living: "don\'t want to be here anymore", "no point living", "can\'t go on".',
    reason: 'Sounds hopeless about living. Check in with them today and follow your safeguarding procedure.',
    examples: [
      'i dont want to be here anymore',
      'whats the point in living',
      'i cant go on like this anymore',
    ],
    pattern:
      "(?:(?:no|any) (?:reason|point) (?:for me )?(?:to stay|to be here|to keep going|to carry on|to live|to stay alive|in staying)(?! (?:at|for|in|till|until|after|late|longer|up|behind|the|on|with|here tonight))|{dont} (?:really |even )?(?:want|wanna|wana) (?:to )?(?:live|be alive|exist|wake up|carry on|go on|be here) ?(?:anymore|any more|no more)|{dont} (?:really |even )?(?:want|wanna|wana) (?:to )?(?:live|be alive|exist)|{dont} (?:really |even )?(?:want|wanna|wana) (?:to )?wake up(?! (?:early|at|for|so|this early|that early|in the morning for|on))|(?:no|what'?s the|wats the|whats the) (?:point|reason) (?:in |of |for )?(?:living|being alive|being here|me being here|going on|carrying on|life|existing|me existing|even trying anymore|anything anymore)|{cant} (?:go on|do this|cope|take it|take this|keep going|carry on) ?(?:anymore|any more|no more|like this anymore)|(?:i'm|im|i am) (?:so |just |really )?(?:tired of|done with|sick of) (?:living|life|being alive|existing|(?:everything|it all)(?= ?(?:[,.!?]|$|and every(?:one|body)|in (?:my )?life|anymore)))|(?:can't|cant|cannot|can not|don't think i can|dont think i can|do not think i can) (?:keep going|go on|carry on|keep doing this|do this) ?(?=[,.!?]|$|anymore|any more|like this|with (?:life|this|everything))|(?:don't|dont|do not|can't|cant|cannot) see (?:the|a|any) point (?:anymore|any more|in anything|in living|of living|in life|of anything|in being alive|in carrying on|in going on)|(?:don't|dont|do not|can't|cant|cannot) see (?:a|any) (?:way out|future|way forward|reason to (?:live|go on|carry on|keep going))(?! (?:of|for|from|in|to|through|at) (?!(?:this|it|here|everything|my life|me)\\s*(?:[,.!?]|$|and|but|anymore|any more|now|tbh|x)))|(?:there'?s|there is|theres) no (?:way out|future for me|point in me)(?! (?:of|for|from|in|to|through|at) (?!(?:this|it|here|everything|my life|me)\\s*(?:[,.!?]|$|and|but|anymore|any more|now|tbh|x)))|(?:don't|dont|do not) (?:really |even )?care (?:if|whether) i (?:live|die|wake up|survive|make it|get hurt)|nothing (?:matters|is worth it) (?:anymore|any more)|(?:want|wanna|need) (?:it all|everything|the pain|it) to (?:end|stop) (?:forever|for good|permanently))",
    jokeDowngrade: 1,
  }),
  rule({
    id: 'risk.self_harm.burden',
    type: 'self_harm',
    severity: 4,
    description: 'Believing others would be better off without them, or nobody would miss them.',
    reason:
      'Believes others would be better off without them, a recognised warning sign. Check in with them today.',
    examples: [
      'everyone would be better off without me',
      'no one would even notice if i died',
      'i wish i was never born',
    ],
    pattern:
      "(?:better off (?:dead|without me|if i (?:wasn't|was not|weren't) (?:here|around|alive|born)|if i (?:was dead|were dead|was gone|were gone|'m gone|killed myself|disappeared|died|was|were)(?! (?:at|in|on) ))|(?:no ?one|nobody|no body|no1) (?:would|will|'d|d) (?:even )?(?:care|notice|miss me|miss me if|cry)(?: if i (?:died|was gone|were gone|disappeared|wasn't here|killed myself|was dead))?|wish i(?: was| were| had|'d) never (?:been )?born|wish i (?:wasn't|was not) born|(?:everyone|everybody|the world|they|my (?:family|mum|mam|dad|parents|friends)) (?:would be|'d be|d be) (?:happier|better|better off) (?:without me|if i (?:wasn't|was not|weren't|were not|wasnt) (?:here|around|alive|born))|(?:happier|better off) if i (?:wasn't|was not|weren't|were not|wasnt) (?:here|around|alive|born))",
    unlessAfter: '(?:at|for|about) (?:the|my|this|that) (?:party|match|game)',
    accept: (m) => !(/^(?:no ?one|nobody|no body|no1)/i.test(m[0]) && !/\bif i\b|miss me/i.test(m[0])),
  }),
  rule({
    id: 'risk.self_harm.disclosure',
    type: 'self_harm',
    severity: 4,
    description:
      'Naming self-harm, suicidal feelings or overdoses in the first person, or as a current concern.',
    reason:
      'Mentions self-harm, suicide or an overdose as something happening now. Follow your safeguarding procedure.',
    examples: ['i feel suicidal', 'i relapsed on sh last night', 'took a load of paracetamol'],
    pattern:
      "(?:(?:blackout|choking|pass ?out|fainting|benadryl|tide ?pod) challenge|(?:groups?|servers?|chats?|accounts?|pages?|communit(?:y|ies)) (?:where|for|that) (?:people )?(?:share|post|show|talk about) (?:their |our )?(?:cuts|scars|self ?harm|sh|wounds)|pro ?ana|pro ?mia|thinspo|shtwt|edtwt|sh twitter|sh account|vent account|(?:take|taking|swallow|swallowing|drink|down) (?:everything|all the (?:pills|tablets|meds)|all of (?:it|them)|the lot|whatever) (?:in|from) (?:the |my |mum'?s |our )?(?:medicine|meds|bathroom|first aid) ?(?:cabinet|cupboard|drawer|box|kit)?|(?:don't|dont|do not|won't|wont|stopped|stop|never|barely|hardly) (?:eat|eating) (?:{w3})?(?:so (?:i can|that i|i)|to) (?:stay|be|get|keep|look) (?:thin|skinny|slim|thinner|skinnier|small|light)|(?:drank|drunk|drink|drinking|swallowed|swallow|ate|eaten|took) (?:some |a bit of |a load of )?(?:bleach|poison|antifreeze|weedkiller|cleaning stuff|dettol|washing liquid|detergent|nail varnish remover|a battery|batteries)|(?:tied|tie|tying|put|wrapped|pulled) (?:something|a (?:belt|scarf|cord|rope|tie|lead|cable|charger|string|dressing gown cord)|my (?:belt|scarf|tie)|it) (?:round|around) my (?:neck|throat)|(?:an? |my )?(?:blade|blades|razor|razors|razor blades?|sharpener blades?) (?:{w1})?(?:hidden|stashed|hid|kept|that i keep|i keep) (?:in|under|inside|behind) (?:my )?(?:pencil case|room|bedroom|drawer|drawers|bag|phone case|bed|mattress|pillow|wardrobe|sock|socks|shoe|shoes|locker|purse)|(?:stop|stopping|stopped|skip|skipping|skipped|not taking|not take|refuse|refusing|refused|missing|missed) (?:my|her|his|their) (?:insulin|meds|medication|medicine|treatment|tablets|inhaler|injections|dialysis|feeds)(?: {w3})? on purpose|(?:thought|thinking|think|thinks) about (?:stopping|not taking|skipping|refusing) (?:my|her|his|their) (?:insulin|meds|medication|treatment|medicine|dialysis)|i (?:bang|hit|punch|smash|bash|bite|scratch|pinch) my (?:head|face|fists?|arms?|legs?|hands?|skin) (?:{w2})?(?:on|against|into|really hard|so hard|till|until)? ?(?:the |a )?(?:wall|walls|door|floor|desk|mirror|(?:it|they|i) (?:bleeds?|bled|hurts?|bruises?))?(?: ?(?:when|whenever|every time|if) (?:{w3})?(?:angry|cross|upset|sad|nobody|no one|i get|i'm|im|people|they|mum|dad))|(?:has been|'s been|s been|is|was|had been|been|started|keeps|kept) (?:cutting|burning|scratching|hitting|hurting|harming|starving|punching) (?:herself|himself|themselves|(?:her|his|their) (?:arms?|wrists?|legs?|thighs?|stomach|skin|hips?))|(?:pulling|pulled|pull|pulls|ripping|ripped|rip|picking|picked|pick|picks|tearing|tore) (?:out )?(?:my )?(?:hair|skin|scabs|eyelashes|eyebrows|nails)(?: out| off)? (?:{w2})?(?:till|until|so) (?:{w2})?(?:it |they )?(?:bleeds?|bled|bleeding|bald|raw|hurts)|(?:stopped|stop|not|haven't been|havent been|been not|quit) taking (?:my |the )?(?:meds|medication|tablets|pills|antidepressants)(?: {w3})? (?:so|to|and) (?:i can |im |i'm )?(?:save|keep|stockpile|collect|saving|keeping) them|(?:{im}|i've been|ive been|i have been|i keep|i've started|ive started|been|secretly) saving (?:up )?(?:my |all my |the )?(?:meds|medication|tablets|pills|antidepressants|paracetamol|painkillers)|(?:scratched|scratch|scratching|carved|carve|carving|etched|cut|cutting) (?:{w3})?(?:into|in) my (?:skin|arms?|wrists?|legs?|thighs?|stomach)|(?:cutting|self ?harm(?:ing)?|sh|hurting myself|burning myself|scratching myself|the pain) (?:is|'s|was) (?:the only (?:thing|way)|all) (?:that )?(?:helps|works|calms me|makes me feel (?:better|something|okay|ok|alive|real)|gets me through|keeps me going|i have)|the only (?:thing|way) (?:that )?(?:helps|works|calms me down|i can cope)(?: me)? is (?:cutting|hurting myself|self ?harm(?:ing)?|burning myself|sh)|(?:keep|kept|been|started|always) (?:banging|hitting|punching|smashing|bashing) my (?:head|face|fists?|arms?|legs?) (?:against|on|into) (?:the |a )?(?:wall|walls|door|floor|desk|mirror)|suicidal|suicide|self[- ]?harm(?:ing|ed)?|(?:relapsed?|relapsing) (?:on|with|into)? ?(?:sh|self ?harm|cutting)|sh relapse|overdos(?:e|ed|ing)|o\\.?d(?:'d|ed)? on|(?:took|taken|swallowed|necked|downed) (?:double|triple|twice|three times|all of) (?:my |the |her |his )?(?:meds|medication|pills|tablets|dose|prescription|antidepressants)|(?:took|taken|swallowed|take|necked|downed) (?:a load|loads|all|a (?:whole )?(?:box|packet|pack|bottle)|too many|a bunch|like \\d+|a handful|handfuls|lots|a lot|[89]|\\d{2,}|ten|twenty|fifteen|thirty)(?: of)? (?:{w2})?(?:pills|tablets|paracetamol|meds|medication|painkillers|sleeping pills|ibuprofen|antidepressants)|razor ?blades? (?:to|for) (?:cut|use)|fresh (?:cuts|scars)|i (?:{w1})?(?:punched|punch|hit|banged|bang|smashed) (?:the |a |my )?(?:wall|walls|door|mirror|window|head) (?:{w2})?(?:till|until|so hard|so) (?:{w2})?(?:bled|bleed|bleeding|broke|bruised|cracked)|i(?:'ve| have|ve)? (?:cut|self harmed|self-harmed|relapsed|burnt myself|burned myself) (?:again|last night|this morning|today|yesterday|tonight)(?! (?:in|on|at|for|the|it|that|this|from|with|and paste) )|(?:been|started|start|keep|kept|still|back to|stopped|trying to stop) (?:cutting|burning|scratching) ?(?:again|myself|my ?self)?|(?:days|weeks|months) clean (?:from|of) (?:sh|self ?harm|cutting)|kms|mak(?:e|ing) myself (?:sick|throw up|puke|vomit)|(?:want|wanna|going|gonna|need) (?:to )?(?:rip|tear|peel|claw|scratch|cut) (?:my|me) (?:skin|face) (?:off|out)|(?:hold|held|holding) my breath (?:until|till|til) i (?:pass|passed|black|blacked|faint)|(?:choke|choking|choked|strangle|strangling|strangled) myself|(?:until|till|til) i (?:pass(?:ed)? out|black(?:ed)? out|faint(?:ed)?) on purpose|(?:got|have|'ve got|ve got|saved|saving|stockpiled|stockpiling|hoarding|hoarded|collected|collecting|hidden|hid) (?:up )?(?:the |my |all the |all my |enough |loads of |a load of )?(?:pills|tablets|paracetamol|painkillers|sleeping pills|rope|blades?|razors?) (?:ready(?! for)|saved up|hidden|stashed|to do it|to end it)|enough (?:pills|tablets|paracetamol|painkillers|sleeping pills) to (?:die|do it|end it|kill me|kill myself|not wake up)|(?:made|make|making|tied|tie|tying|got|have|bought) (?:a |the |my )?(?:noose|ligature)|(?:a |the |some )?rope (?:in|under|behind|hidden in|hidden under|at the back of) my (?:wardrobe|room|bedroom|bed|drawers?|cupboard|bag)|(?:the |my |new |fresh )?(?:scars|cuts|burns) on my (?:wrists?|thighs?|upper arms?|hips?|stomach|tummy)|(?:hide|hiding|hid|hidden|cover|covering|covered|covers) (?:up )?(?:my|the) (?:scars|cuts|self ?harm|burns)|(?:a |my )?(?:secret |hidden |little )?(?:stash|stockpile|hoard|supply) of (?:pills|tablets|paracetamol|painkillers|sleeping pills|meds|medication|antidepressants|blades|razors|razor blades)|(?:stockpiling|stockpiled|hoarding|hoarded) (?:my |the |all my )?(?:pills|tablets|paracetamol|painkillers|sleeping pills|meds|medication|antidepressants)|(?:haven't|havent|have not|not|stopped|stop|barely|hardly|been skipping|skipping|skipped|skip|been not) (?:eaten|eating|ate|had anything|had any food|meals|food|my meals)(?: properly| much| anything| at all)?(?: (?:for|in) (?:a|\\d+|a few|two|three|four|five|several|a whole) (?:day|days|week|weeks))? on purpose|(?:stopped|stop|not been|haven't been|havent been|been not|barely|hardly) eating (?:again|at all|anything|for (?:\\d+|a few|two|three|four|five|several) (?:days|weeks))|(?:had|eaten|ate) nothing (?:for|in) (?:\\d+|a few|two|three|four|five|several) (?:days|weeks)|(?:haven't|havent|have not|not) (?:eaten|had anything to eat)(?: properly| anything)? (?:for|in) (?:\\d+ (?:days|weeks)|(?:a few|two|three|four|five|several) (?:days|weeks)|a (?:whole |full )?week)|(?:googled|googling|searched|searching|looked up|looking up|searched up|searching up|researched|researching|asked (?:chatgpt|ai|siri|alexa)) (?:how (?:many|much) (?:pills|tablets|paracetamol|painkillers|ibuprofen|sleeping pills) (?:it takes|it would take|does it take|would it take|would kill|would do it|to (?:die|od|overdose|kill myself|not wake up)|is (?:lethal|deadly|fatal|too much|an overdose))(?= ?(?:[,.!?]|$|to (?:die|kill|od|overdose|not wake up)|and|but))|how to (?:kill (?:myself|{yourself})|die|overdose|od|hang (?:myself|{yourself})|end (?:it|my life|{your} life)|commit suicide|cut (?:deeper|properly)|tie a noose|not wake up)|(?:painless |quick |easy )?ways to (?:die|kill (?:myself|{yourself})|end it|commit suicide)|suicide methods)|how (?:many|much) (?:pills|tablets|paracetamol|painkillers|sleeping pills) (?:does it take|it takes|would it take|do you need) to (?:die|kill|od|overdose|not wake up)|(?:cut|cutting|went) (?:a lot |much |even )?(?:deeper|too deep|so deep|really deep) (?:this time|last night|tonight|than (?:before|last time|ever|usual)|again))",
    unlessNear: TRAINING_CONTEXT,
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      if (s === 'kms') return 3;
      // "the scars on my thighs from the operation" has a cause that is not self-harm.
      if (/scars|cuts|burns/.test(s) && WOUND_CAUSE.test(text)) return false;
      // "started cutting" needs to be about themselves, not "started cutting the cake".
      if (
        /cutting|burning|scratching$/.test(s) &&
        /^\s+(?:the|a|an|my hair|his|her|your|their|up|down|back|out|in|it|them|class|lessons?|school|corners)\b/i.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 16),
        )
      ) {
        return false;
      }
      return true;
    },
    jokeDowngrade: 1,
  }),
  rule({
    id: 'risk.self_harm.self_hatred',
    type: 'self_harm',
    severity: 3,
    description:
      'Intense self-hatred or worthlessness in the first person ("I hate myself", "I\'m worthless", "I\'m a burden").',
    reason:
      'Expresses strong self-hatred or worthlessness, which can come before self-harm. Worth a gentle check-in.',
    examples: [
      'i hate myself so much',
      'im worthless and everyone knows it',
      "i'm such a burden to everyone",
    ],
    pattern:
      "(?:{im} (?:{intens} )?not worth (?:saving|loving|living|helping|caring about|anything|the air|the space|the effort)|i (?:deserve|deserved) (?:to (?:be in pain|hurt|suffer|feel pain|be punished|be hurt|bleed|die|be alone forever)|(?:the|this|all the) pain|pain|to be (?:hit|beaten))|i (?:really |honestly |just |actually |fucking |literally )?(?:hate|despise|loathe) {myself}|{im} (?:{intens} )?(?:worthless|a burden|such a burden|a waste of space|a waste of oxygen|a waste of (?:everyone'?s|everybody'?s|people'?s|every1'?s) (?:time|space|life|energy)|a failure at everything|unlovable|a mistake|better off gone)|i'm disgusted (?:with|by) {myself})",
    jokeDowngrade: 1,
  }),
];

// Violence -----------------------------------------------------------------------------------

const VIOLENT_VERBS =
  '(?:kill|murder|stab|shank|murk|merk|batter|beat|punch|slap|kick|hurt|smash|deck|knock|jump|shoot|bang|burn|cut|break|end|rush|strangle|choke|wet|bottle|glass|slice|chin|leather|lamp|twat|floor|boot|headbutt|whack|batter|bang|drop|kill|run up on|slide on|ride on)';
const PERSON_OBJECT =
  "(?:you|u|ya|yu|him|her|them|em|'em|ur|your|yer|his|that (?:kid|boy|girl|guy|lad|prick|idiot|bitch|twat|dickhead|wasteman|neek|loser)|every(?:one|body)|some(?:one|body)|(?:new|little|other|fat|ginger|quiet|weird|posh|year \\d+) (?:kid|boy|girl|lad|guy|one)|[a-z]+)";
// Pronouns and people-nouns; any other object must be a capitalised name (checked in accept).
const PERSON_WORDS =
  /\b(?:you|u|ya|yu|him|her|them|em|ur|your|yer|his|everyone|everybody|someone|somebody|anyone|anybody|any1|kid|boy|girl|guy|lad|prick|idiot|bitch|twat|dickhead|wasteman|neek|loser)\b/i;
const NOT_A_NAME =
  /^(?:I|It|At|In|On|The|This|That|Tomorrow|Today|Later|After|Before|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Miss|Sir|Mr|Mrs|Ms)$/;

const violence: Detector[] = [
  rule({
    id: 'risk.violence.threat',
    type: 'violence',
    severity: 4,
    description:
      'First-person threats to hurt someone ("I\'ll batter you", "im gonna stab him", "ima jump her after school").',
    reason:
      'Threatens to hurt someone. Judge whether it is a real threat; if so, follow your safeguarding and behaviour procedures.',
    examples: ["i'll batter you", 'im gonna stab him', 'ima jump her after school', "i swear i'll kill you"],
    pattern: `(?:{ill}|(?:we'll|we will|we're gonna|we gonna|we're going to|were gonna)(?= (?:stab|shank|murk|merk|jump|shoot|wet|chin|bottle|glass|rush|slice|leather|batter|beat up|smash|deck|knock out|do in|kill you|kill him|kill her|hurt you|hurt him|hurt her|run up on|slide on|ride on))) (?:{intens} )?${VIOLENT_VERBS}(?:ing)? (?:the )?${PERSON_OBJECT}(?: ?(?:up|in|out|down|head in|face in|face|head|legs|arms|nose|jaw|neck|teeth|kneecaps))?`,
    unlessAfter: `(?:at|in|on) (?:${SPORT_OR_GAME})|(?:\\d+ ?[-–] ?\\d+)`,
    accept: (m, text) => {
      const s = m[0];
      const lower = s.toLowerCase();
      // Objects that are not people ("kill it", "smash the exam") only count as a capitalised name.
      const verbAt = lower.search(
        /(?:kill|murder|stab|shank|murk|merk|batter|beat|punch|slap|kick|hurt|smash|deck|knock|jump|shoot|bang|burn|cut|break|end|rush|strangle|choke|wet|bottle|glass|slice|chin|leather|lamp|twat|floor|boot|headbutt|whack|drop|run up on|slide on|ride on)(?:ing)?\s+(?:the\s+)?\S+(?:\s+\S+){0,2}$/,
      );
      const objectText = verbAt >= 0 ? s.slice(verbAt).replace(/^\S+\s+(?:the\s+)?/, '') : '';
      if (!PERSON_WORDS.test(objectText)) {
        const name = /^([A-Z][a-z]+)/.exec(objectText);
        if (!name || NOT_A_NAME.test(name[1] ?? '')) return false;
      }
      // "I'll kill you if you spoil the ending 😂", "gonna kill him 😂": laughing hyperbole with an
      // everyday verb is not a threat. Weapons and gang-attack words stay flagged whatever the tone.
      if (
        JOKE.test(text) &&
        !/\b(?:stab|shank|shoot|bang|glass|bottle|wet|slice|jump|rush|murk|merk)/i.test(lower)
      ) {
        return false;
      }
      // "I'll break your heart", "smash your exams" are not violence.
      if (/\b(?:break|smash|cut|burn|end|drop|kick|beat|knock) (?:your|ur|yer|his)$/i.test(lower))
        return false;
      if (
        /\b(?:beat|smash|batter|destroy|kill|end|knock|rush|drop|deck) (?:them|em|'em|you|u|ya)\b/i.test(
          lower,
        )
      ) {
        const around = text.slice(Math.max(0, m.index - 80), m.index + s.length + 80);
        if (SPORT_WORD.test(around)) return false;
      }
      if (/\b(?:beat|knock) (?:you|u|ya|him|her|them)$/i.test(lower)) {
        // "I'll beat you at FIFA" / "knock you out of the cup" are games.
        const after = text.slice(m.index + s.length, m.index + s.length + 40);
        if (/^\s+(?:at|in|on|to|out of the)\b/i.test(after)) return false;
      }
      return true;
    },
    jokeDowngrade: 2,
  }),
  rule({
    id: 'risk.violence.threat_you',
    type: 'violence',
    severity: 4,
    description:
      'Threats aimed at the reader: "you\'re dead", "watch your back", "I know where you live", "wait till I see you".',
    reason:
      'Contains a threat aimed at the reader. Check whether the young person is safe and follow your procedures.',
    examples: [
      'watch ur back',
      'i know where you live',
      'wait till i see you tomorrow',
      "you're getting jumped after school",
    ],
    pattern:
      "(?:{youre} (?:lucky|fortunate) (?:i|we) (?:don't|dont|didn't|didnt|haven't|havent|won't|wont) (?:{w1})?(?:break|smash|punch|batter|stab|hit|knock|kill|hurt|beat|slap|kick|bang|deck|end)|{youre} (?:so |actually |literally |fucking )?(?:dead|getting it|finished|done for|gonna get it|getting battered|getting jumped|getting stabbed|getting shanked|getting merked|getting murked|gonna get hurt|going to get hurt|gonna get battered|gonna get jumped|gonna get stabbed|gonna regret (?:it|this))|watch (?:your|ur|yer|ya) back|i know where {you} live|wait (?:till|til|until|an see|and see) i (?:get|see|catch|find) {you}|{you} won'?t see it coming|{you} (?:better|should) (?:watch out|run|hide|sleep with one eye open|watch yourself)|sleep with one eye open|{you}'?ll regret (?:it|this|that) when i|{your} days are numbered|count (?:your|ur) days|(?:get|getting|gets|gonna get|going to get|will get|'ll get|ll get) (?:{your}|his|her|their) (?:head|face|teeth) (?:kicked|smashed|caved|punched|knocked|bashed|stamped) in)",
    unlessAfter:
      '(?:funny|good|nice|right|tired|serious|jealous|lucky|proud|excited|bored|happy|sweet|cute|annoying|easy|hard|quiet|loud|clever|smart|sound|sound tho|posh|keen|close|fit|pretty|kind|weird|lush|mint|to me|inside|on your feet|last|late|meat)',
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      // "your dead" is also "your dead phone"; only the bare form counts.
      if (/^(?:your|ur|yr)\s+dead$/.test(s)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (
          /^\s*[a-z]/i.test(after) &&
          !/^\s*(?:mate|bro|tho|though|now|when|if|after|tomorrow|tonight|m8|fam|bruv)\b/i.test(after)
        )
          return false;
        return 3;
      }
      if (/dead$/.test(s)) return 3;
      return true;
    },
    jokeDowngrade: 2,
  }),
  rule({
    id: 'risk.violence.weapon',
    type: 'violence',
    severity: 5,
    description:
      'Carrying, bringing, pulling or having a weapon (knife, blade, machete, gun, knuckle dusters).',
    reason:
      'Mentions someone carrying or using a weapon. Treat as urgent: follow your procedure and consider calling 999 if there is immediate danger.',
    examples: ['hes bringing a knife to school', 'he pulled a blade on me', 'my cousin has a gun'],
    pattern:
      "(?:acid (?:thrown|chucked|sprayed|poured) (?:at|on|in|over)|(?:throw|throws|throwing|threw|chuck|chucks|chucking|chucked|spray|sprayed|spraying) acid (?:at|on|in|over)|acid attacks?|(?:bring|bringing|brings|brought|carry|carrying|carries|carried|got|have|has|had|pull|pulled|pulling|pulls|wave|waved|waving|flash|flashed|flashing|take|taking|took|pack|packing|packs|grab|grabbed|hide|hid|hiding|keep|keeps|kept|show|showed|showing|with|using|use|threatened (?:me|him|her|them|us) with|came at (?:me|him|her|them|us) with) (?:a |an |his |her |my |their |the |some |big |massive |proper |mums |his mums |zombie |kitchen |hunting |flick |stanley |dad's |dads |brother's |uncle's |cousin's |mate's |baseball )*(?:knife|knives|blade|blades|machetes|machete|swords?|baseball bats?|crowbars?|shank|gun|guns|pistol|firearm|knuckle ?dusters?|bb gun|air rifle|acid|crossbow|taser|shotty|nang)|(?:knife|knives|blade|machete|gun|shank|acid|shotty|nang|strap) (?:to|in|at|on|round|around|into) (?:school|college|the park|the party|the fight|his bag|her bag|my bag|their bag|his pocket|her pocket|my pocket|his waistband|him|her|them|me|us)|zombie knife|machete|knuckle ?dusters?|(?:at )?(?:knife|gun) ?point|gun ?shots|gunfire|gun fire|shots (?:were )?fired|heard (?:gun ?)?shots|(?:a|the) shooting (?:on|in|near|outside|round|at) (?:our|my|the) (?:street|road|estate|area|block|school|park|flats)|(?:got|was|been|were) shot at)",
    unlessNear:
      'fork|butter|bread|cheese|steak|cake|pizza|vegetables?|veg|onions?|carrots?|potatoes|apples?|chop(?:ping)?|recipe|cooking|cook|kitchen drawer|food tech|knife skills|knife crime|awareness|amnesty|workshop|assembly|session|lesson|training|talk|film|movie|episode|game|fortnite|cod|warzone|gta|valorant|nerf|water gun|glue gun|toy|lego|prop|costume|airsoft|paintball|laser tag|sculpture|art|crafts?|cutting board|theatre|play|rehearsal|shank of|lamb shank|pencil case|sharpener',
  }),
  rule({
    id: 'risk.violence.attack_report',
    type: 'violence',
    severity: 3,
    description: 'Someone being stabbed, jumped, shot, beaten up or mugged, or about to be.',
    reason:
      'Reports someone being attacked or about to be. Check the young person is safe and follow your procedures.',
    examples: [
      'my brother got stabbed last night',
      'hes getting jumped after school',
      'they battered him behind the shops',
    ],
    pattern:
      '(?:(?:threw|throwing|throw|throws|chucked|chucking|fired|firing|shot|shooting|launched|aimed) (?:a |some )?(?:fireworks?|bangers?|rockets?|eggs?|stones?|rocks?|bricks?|bottles?) (?:at|into|through) (?:us|me|him|her|them|our (?:house|window|car|door)|my (?:house|window|car|door))|(?:blood|bloodstains?) (?:all )?(?:over|on) (?:his|her|their) (?:hoodie|clothes|top|shirt|hands|trainers|jacket|coat|jeans|knuckles|face)|(?:a|another|the|been a|there was a) (?:stabbing|stabbings|knife attack|acid attack|murder|mugging|shooting) (?:at|in|near|outside|on|round|by) (?:the|our|my|a|school|town)|(?:got|get|gets|getting|been|was|were|gonna get|going to get|gna get|will get) (?:proper |badly |seriously )?(?:stabbed|shanked|shot|jumped|battered|beaten up|beat up|knifed|glassed|bottled|mugged|robbed|slashed|attacked|assaulted|kicked in|kicked to death|beaten|merked|murked|wet up|rushed)|(?:they|he|she|we|them|those lads|some lads|some boys|some girls|a gang) (?:battered|jumped|stabbed|shanked|beat up|beat|kicked in|attacked|mugged|rushed|glassed|bottled) (?:him|her|me|them|us|my (?:brother|sister|mate|friend|cousin|dad|mum))(?: up)?)',
    unlessAfter: `(?:at|in|on|by) (?:${SPORT_OR_GAME})|(?:\\d+ ?[-–] ?\\d+)|(?:by (?:the )?(?:rain|ref|referee|nettles?|bees?|wasps?|mosquitos?|midges?|a ball|the ball))|for (?:no|fun)|(?:in|on) (?:the )?(?:game|match|final)`,
    accept: (m, text) => {
      const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
      if (
        SPORT_WORD.test(around) &&
        !/\b(?:stabbed|shanked|glassed|bottled|knifed|mugged|slashed)\b/i.test(m[0])
      ) {
        return false;
      }
      // "our team got battered" is a heavy defeat; a team or "we" losing is not an assault.
      if (/\b(?:battered|beaten|beat)\b/i.test(m[0])) {
        const before = text.slice(Math.max(0, m.index - 24), m.index);
        if (/\b(?:team|side|squad|we|under ?\d+s?)\s*$/i.test(before)) return false;
      }
      if (
        /\bshot\b/i.test(m[0]) &&
        /\b(?:photo|photos|pic|camera|jab|injection|vaccine|booster|flu|covid|drinks?|shots)\b/i.test(around)
      )
        return false;
      return true;
    },
  }),
  rule({
    id: 'risk.violence.assault',
    type: 'violence',
    severity: 4,
    description:
      'Someone being kicked, punched, stamped on, pinned or choked, or threatened with it ("they kicked him in the head", "he choked me", "he said he\'d break my legs").',
    reason:
      'Describes a physical assault, or a threat of one. Check the young person is safe, ask whether anyone needs medical help and follow your procedures.',
    examples: [
      'a group of lads kicked him in the head outside the chippy',
      'he punched me in the face',
      'they stamped on his head',
      'he choked me',
      'my step dad punches the walls and then hits my mum',
      'he threatened to break my legs',
      "my mum's partner put his hands round her neck",
    ],
    pattern:
      "(?:(?:he|she|they|someone|somebody) (?:{w1})?(?:punched|hit|kicked|headbutted|slapped|attacked|assaulted|battered|stabbed|bit) (?:the|a|our|my) (?:teacher|coach|leader|youth worker|staff|driver|bus driver|security guard|police ?(?:man|woman|officer)?|officer|caretaker|dinner lady|ta|teaching assistant|nurse|carer|social worker)|(?:he|she|they|someone|somebody|my (?:dad|mum|mam|mom|stepdad|step dad|brother|uncle)|(?:mum|mam|mom)'?s (?:boyfriend|bf|partner)) (?:{w4})?(?:smashed|smashes|smash|banged|bangs|slammed|slams|hit|hits|pushed) (?:my|her|his|their) (?:head|face) (?:on|against|into|off) (?:the |a )?(?:table|wall|floor|door|desk|car|ground|radiator|sink|window|lockers?|pavement|counter)|(?:he|she|they|someone|somebody|my (?:dad|mum|mam|mom|stepdad|step dad|brother|uncle)|(?:mum|mam|mom)'?s (?:boyfriend|bf|partner)) (?:{w2})?(?:pulled|pulls|pulling|dragged|drags|dragging|yanked|yanks) (?:me |her |him )?(?:by |out by )?(?:my|her|his) hair|(?:put|puts|putting|had|has|wrapped|wraps|wrapping|got|gets|squeezed) (?:his|her|their|both (?:his|her|their)|both) hands? (?:round|around|on) (?:my|her|his|their|(?:my )?(?:mum|mam|mom|dad|sister|brother)'?s) (?:neck|throat)|(?:grabbed|grabs|grabbing|held|holds|holding|pinned|pins|pinning) (?:me|her|him|them|(?:my )?(?:mum|mam|mom|sister|brother)) (?:up )?(?:by|round|around) (?:the|my|her|his) (?:throat|neck)|(?:kick|kicked|kicks|kicking|punch|punched|punches|punching|stamp on|stamped on|stamps on|stamping on|hit|hits|hitting|smack|smacked|smacks|smacking|headbutt|headbutted|headbutts|elbow|elbowed|elbows|knee|kneed|knees|slap|slapped|slaps|slapping|boot|booted|boots|booting|whack|whacked|whacks|whacking|thump|thumped|thumps|thumping|lamp|lamped|lamps|bang|banged) (?:him|her|me|them|us|{you}|my (?:brother|sister|mate|friend|cousin|dad|mum|mam|nan|bf|gf|boyfriend|girlfriend)) (?:in|on|round|across|over) (?:the|his|her|my|their|{your}) (?:head|face|stomach|belly|ribs|balls|nose|mouth|jaw|eye|back|neck|chest|teeth|throat|side|gut)|(?:kicked|kicking|stamped on|stamping on|smashed|smashing) (?:his|her|my|their|{your}) (?:head|face) in|(?:stamped|stamping|stamps) on (?:his|her|my|their|{your}) (?:head|face|neck)|(?:strangled|strangles|strangling|choked|chokes|choking|throttled|throttling) (?:me|her|him|them|my (?:mum|mam|sister|brother))|(?:grabbed|grabs|grabbing|pinned|pins|pinning|held|holds|dragged|drags|dragging|lifted) (?:me|her|him|them|us|my (?:mum|mam|sister|brother)) (?:up )?(?:by the (?:throat|neck|hair)|by my (?:throat|neck|hair)|against the wall|round the neck)|(?:gonna|going to|gna|will|ll|wanna|want to|about to) do (?:him|her|them|you|u|me) in|(?:threatened to|threatens to|gonna|going to|will|ll|wanna|want to|said (?:he|she|they) (?:would|will)|said (?:he|she|they)d) (?:break|snap|smash) (?:my|his|her|{your}|their) (?:legs?|arms?|neck|jaw|nose|face|fingers|kneecaps|ribs)|(?:put|putting|theres|there is|got|placed) a (?:price|bounty|hit) on (?:his|her|my|{your}|their) head|(?:and then|and|then|who|he|she|they) (?:always |keeps |sometimes |still |just |also |then )?(?:hits|hit|punches|punched|kicks|kicked|slaps|slapped|beats up|beat up|chokes|choked|strangles|strangled|batters|battered) (?:my (?:mum|mam|mom|dad|sister|brother|nan|little (?:sister|brother))|me|us))",
    // "that ending choked me up", "he kicked me out of the group"
    unlessAfter: 'up|out (?:of|from)|off (?:the|of)',
    unlessNear:
      'ball|pillow|snowball|by accident|accidentally|by mistake|play ?fight(?:ing)?|tickl\\w*|in (?:his|her|my|their) sleep|dodgeball|wave|door|branch|swing|well done|congrat\\w*|good job|patted|pats? (?:me|him|her) on',
    // In a game an elbow or a kick is usually a foul; still worth a look, at a lower severity.
    accept: (m, text) =>
      SPORT_WORD.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60)) ? 2 : true,
    jokeDowngrade: 1,
  }),
  rule({
    id: 'risk.violence.arson',
    type: 'violence',
    severity: 5,
    description:
      'Threats or reports of setting fire to a home, car or school ("i\'m going to set fire to his house").',
    reason:
      'Threatens or describes setting fire to a home, car or school. Treat as urgent: if anyone is in danger call 999, then follow your procedure.',
    examples: [
      "i'm going to set fire to his house",
      'they burnt his car out',
      'someone put a firework through our letterbox',
    ],
    pattern:
      '(?:(?:set|setting|sets) fire to (?:his|her|their|{your}|my|our|the|a|that) (?:house|home|flat|car|van|school|shed|garage|door|front door|caravan|bins?|shop)|(?:burn|burning|burned|burnt|burns|torch|torched|torching) (?:down )?(?:his|her|their|{your}|my|our|the|that) (?:house|home|flat|car|van|school|caravan|shop)(?: down| out)?|petrol (?:bomb|bombed|bombing)|(?:put|putting|shoved|pushed|posted) (?:a )?(?:firework|fireworks|rag|lit [a-z]+|petrol|something lit) (?:through|in) (?:our|my|his|her|their|the) (?:letter ?box|door|window))',
    unlessNear:
      'candle|cake|toast|dinner|food|tea|pizza|oven|calories|fat|bonfire night|fireplace|log burner|in minecraft|in the game|film|movie|episode',
  }),
  rule({
    id: 'risk.violence.threatened',
    type: 'violence',
    severity: 4,
    description:
      'Someone saying others are going to attack them or someone they know ("they\'re gonna jump me on the way home").',
    reason:
      'Says someone is planning to attack them or someone they know. Check the young person is safe and follow your procedures.',
    examples: ['they said theyre gonna jump me on the way home', 'some lads are going to stab my brother'],
    pattern:
      "(?:(?:planning|plan|planned|plotting|plot) to (?:jump|stab|batter|beat up|attack|rush|shank|merk|murk|hurt|kill|shoot) (?:him|her|them|me|us|my [a-z]+)|(?:get|getting|gets|send|sending|sends|bring|bringing|brings) (?:her|his|their|my) (?:brothers?|cousins?|mates|friends|dad|uncle|boyfriend|bf|gang|olders|people|boys) (?:onto|on|round to|after|to) (?:hurt|jump|batter|beat up|beat|stab|sort out|deal with|do|get|kill|smash) (?:me|you|u|him|her|us|them)|(?:threatening|threatened|threatens|keeps threatening|has threatened|been threatening|keeps saying he'?ll|keeps saying she'?ll) (?:to )?(?:kill|stab|hurt|burn|shoot|batter|beat up|strangle) (?:us|me|my (?:mum|mam|mom|dad|family|sister|brother|kids|nan)|her|him|them|the kids|mum|(?:us|them) all)|(?:my )?(?:dad|stepdad|step dad|(?:mum|mam|mom)'?s (?:boyfriend|bf|partner)|uncle|brother|he) (?:said|says|told (?:her|mum|us|me)|threatened|threatens|keeps saying|always says) (?:that )?(?:he'?d|he would|he'?ll|he will|he'?s gonna|hes gonna|he is going to|he was going to|to) (?:kill|hurt|stab|burn|batter) (?:my )?(?:mum|mam|mom|her|us|the kids|sister|brother|nan|my (?:sister|brother|nan))|(?:they|he|she|them|a gang|people|someone|somebody|(?:some|these|those|the|a few|a group of|a gang of|two|three|loads of|a load of) (?:[a-z0-9]+ ){0,2}?(?:lads|boys|girls|kids|guys|people|gang|lot|opps|ops|mandem|man dem|olders|youngers|crew|year \\d+s|year (?:sevens|eights|nines|tens|elevens|twelves|thirteens)|older ones)(?: (?:from|in|at|off|on) (?:the |my |our )?[a-z0-9]+(?: [a-z0-9]+)?)?|(?:his|her|their) (?:mates|friends|brother|cousin))(?:(?:'re|'s| are| is| r|s)? (?:gonna|going to|gna|gunna|will|about to|planning to|want to|wanna)|['’‘`]ll|(?<=\\b(?:he|she|they))ll|(?: (?:keeps |kept |is |are |has |have |had |r )?(?:been )?|(?:'s|s|'re|re|'ve|ve) (?:been )?)(?:threatened|threatens|threatening|threaten)(?: to)?| (?:said|says|told me|told him|told her|told us) (?:(?:he|she|they)'(?:ll|d)|(?:he|she|they) (?:will|would|was gonna|were gonna|is gonna|are gonna|is going to|was going to|were going to))) (?:jump|stab|shank|batter|beat up|beat|merk|murk|rush|glass|bottle|attack|hurt|kill|shoot|burn|wet|wet up|knife|slash|chef|run up on|slide on|ride on) (?:me|us|him|her|my (?:brother|sister|mate|friend|cousin|boyfriend|girlfriend|mum|mam|mom|dad|family))(?: up)?)",
    unlessAfter: `(?:at|in|on) (?:${SPORT_OR_GAME})`,
    accept: (m, text) => {
      const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
      return (
        !SPORT_WORD.test(around) ||
        /\b(?:stab|shank|glass|bottle|kill|jump|batter|rush|merk|murk|shoot|slash|knife)\b/i.test(m[0])
      );
    },
  }),
  rule({
    id: 'risk.violence.fight',
    type: 'violence',
    severity: 3,
    description: 'Arranging or inviting a fight ("fight after school", "1v1 me at the park", "square up").',
    reason: 'Arranges or invites a fight. Staff may be able to step in before it happens.',
    examples: ['theres gonna be a fight after school', 'meet me at the park we can 1v1', 'wanna square up?'],
    pattern:
      "(?:(?:fight|scrap|brawl|1v1|one on one|straightener|beef) (?:{w2})?(?:after school|at lunch|at break|behind the (?:shops|school|sports hall|gym|science block|park)|at the park|tomorrow|tonight|later|outside|at 3|by the gates|round the back)|(?:let'?s|lets|gonna|going to|wanna|want to|do u wanna|do you wanna|d'?you wanna|come and|come) (?:have a |have |a )?(?:fight|scrap|1v1|square up)|square up|squaring up|(?:there'?s|theres|there is) (?:gonna be|going to be|a) (?:a )?(?:fight|scrap|mass brawl)|meet me (?:{w3})?(?:after school|outside|behind|at the park|by the gates) (?:{w4})?(?:fight|scrap|1v1|sort (?:this|it) out|settle (?:this|it)|square up))",
    unlessAfter:
      'for (?:the|our|my|your|what|equal|justice|rights|it)|(?:scene|club|night|game|games|video|choreography|pillow|food|water|snowball)',
    unlessBefore:
      'pillow|food|water|snowball|play|stage|choreographed|sword|nerf|thumb|tickle|pretend|cat|dog|dogs|cats|kittens|puppies',
    accept: (m, text) => {
      const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
      return !/\b(?:for the last|over the last|over the remote|fortnite|cod|warzone|minecraft|roblox|valorant|fifa|game|online|ranked|smash bros|brawl stars|xbox|ps5|1v1\.lol|boxing club|boxing class|sparring|tournament|kickboxing|karate|judo|bjj|mma|wrestling|fencing|chess)\b/i.test(
        around,
      );
    },
  }),
  rule({
    id: 'risk.violence.abuse_disclosure',
    type: 'violence',
    severity: 4,
    description:
      'Someone at home or close to the young person hitting, kicking or choking them or a family member.',
    reason:
      'May be a disclosure of abuse or domestic violence. Do not investigate yourself: record it and tell the designated safeguarding lead today.',
    examples: [
      'my dad hits me when hes drunk',
      'mums boyfriend punched her again',
      'he choked me last night',
    ],
    pattern:
      "(?:(?:bruises?|marks?|cuts?|a black eye|black eyes|burns?|injuries|injury|a (?:cut|mark|bruise) on (?:her|his|my|their) [a-z]+) (?:{w4})?(?:and )?(?:said|says|told (?:me|staff|us|her teacher|his teacher)) (?:that )?(?:her|his|their|my) (?:dad|daddy|father|mum|mummy|mother|stepdad|stepfather|step ?mum|stepmother|uncle|brother|mum'?s boyfriend|carer|nan|grandad) (?:did it|did that|done it|caused it|gave (?:it to )?(?:her|him|me)|hit (?:her|him|me)|did)|(?:my|her|his) (?:dad|daddy|father|mum|mummy|mother|stepdad|stepfather|step ?mum|stepmother|uncle|mum'?s boyfriend|carer) (?:gave|give|gives) (?:me|her|him) (?:a |the |this |that )?(?:bruise|black eye|fat lip|bloody nose|cut|burn)(?! of)|(?:my |me |her |his |their |yp'?s )?(?:daddy|mummy|mommy|dad|father|mother|stepfather|stepmother|grandfather|grandmother|parents?|mum|mam|mom|stepdad|step dad|stepmum|step mum|(?:my )?(?:mum|mam|mom)'?s (?:boyfriend|bf|partner|husband)|(?:my )?dad'?s (?:girlfriend|gf|partner|wife)|boyfriend|bf|girlfriend|gf|brother|uncle|grandad|auntie|aunt|carer|foster (?:dad|mum|carer)|partner|he|she|they) (?:always |keeps |sometimes |still |just |has been |been |used to |will |would |often |even |literally |then |again )?(?:hits?|hitting|hit|beats?|beating|beat|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|throttl(?:es|ed|ing)|burn(?:s|ed|t)|pinn(?:ed|ing)|pins|belts?|belted|whips?|whipped|smacks?|smacked|(?:throws?|threw|throwing) (?:{w3})?at|(?:pushed|pushes|pushing|shoved|shoves|shoving|slammed|slams|slamming|dragged|drags|dragging|threw|throws)(?= [a-z]+(?: [a-z]+)? (?:against|into|across|down|onto|out of|off) )|hurts|hurt|hurting|locks?|locked) (?:me|us|my (?:mum|mummy|mam|mom|mommy|sister|brother|dad|daddy|little brother|little sister|baby brother|baby sister|auntie|aunt|aunty|nan|nana|gran|grandma|step ?mum|step ?dad|cousin|cousins|sisters|brothers|siblings|little cousins)|mummy|mommy|mammy|mum|mam|mom|the kids|her|him)(?! up)|(?:i|we) (?:get|got|gets) (?:hit|beaten|smacked|belted|kicked|slapped|punched) (?:at home|by (?:my|me) (?:dad|mum|mam|step ?dad|step ?mum|brother|uncle|carer))|(?:hits|beats|smacks) (?:me|us) (?:at home|when (?:he|she|they)(?:'s| is| are|s) (?:drunk|angry|mad|high)))",
    unlessAfter:
      '(?:with (?:a|the) (?:ball|pillow|snowball|water balloon|cushion|nerf)|by accident|accidentally|in (?:the )?(?:face )?with (?:a|the) ball|up|back|a six|for six|in (?:fifa|fortnite|the game)|at (?:fifa|chess|football|cards)|(?:on|in) (?:the )?(?:head|face|nose|arm) with (?:a|the) ball|in (?:pe|football|training|dodgeball|rugby)|(?:(?:in|on) the [a-z]+ )?in (?:his|her|my|their) sleep|on the back (?:and|to|for|as|when)|out (?:of|from)|off (?:the|of))',
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      // Something thrown is a weapon unless it is a toy or a game: "threw a pillow at me".
      const thrown = /\b(?:throws?|threw|throwing)\b(.*)\bat\b/.exec(s);
      if (
        thrown &&
        /\b(?:pillows?|cushions?|balls?|snowballs?|socks?|teddy|teddies|water balloons?|paper|sweets|popcorn|confetti|frisbee|beanbags?|nerf)\b/.test(
          thrown[1] ?? '',
        )
      )
        return false;
      // "locked" needs a place: "locks me in my room".
      if (/\block(?:s|ed)?\b/.test(s)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        return /^\s+(?:in|out)\b/i.test(after) ? 4 : false;
      }
      // "she hit me" on its own from a peer is lower than a parent or carer doing it.
      if (/^(?:he|she|they)\b/.test(s)) {
        const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 60);
        if (
          new RegExp(
            `\\b(?:${SPORT_OR_GAME}|pe|dodgeball|pillow|ball|play fight|playfight|messing|mucking)\\b`,
            'i',
          ).test(around)
        )
          return false;
        return 3;
      }
      // Brothers and sisters scrapping over a charger or under the table, said with a laugh.
      if (/^(?:my |me )?(?:brother|sister)\b/.test(s)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        if (
          /^\s+(?:(?:in|on) the [a-z]+ )?(?:under the table|for (?:taking|nicking|stealing|using|eating|touching|borrowing|changing|hiding))/i.test(
            after,
          )
        )
          return false;
      }
      if (/^(?:boyfriend|bf|girlfriend|gf|brother|partner)\b/.test(s) && /\bbeat(?:s)?\b/.test(s)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (/^\s+(?:at|in|on)\b/i.test(after)) return false;
      }
      return true;
    },
  }),
  rule({
    id: 'risk.violence.domestic_abuse',
    type: 'violence',
    severity: 4,
    description:
      'Domestic violence or abuse named at home: witnessed, lived with or reported ("YP witnessed domestic violence at home last night").',
    reason:
      "Names domestic violence or abuse in a young person's home. Living with it is abuse of the child too: tell the designated safeguarding lead today.",
    examples: ['Concern: YP witnessed domestic violence at home last night, police attended'],
    pattern:
      "(?:witnessed|witnesses|witnessing|saw|seen|seeing|hearing|heard|experiencing|experienced|experiences|living with|lives with|live with|exposed to|there was|there's been|there has been|reported|reports|disclosed|discloses|history of|incidents? of|victim of|suffering|suffered|more) (?:{w2})?(?:domestic (?:violence|abuse)|dv|dva)",
    unlessNear: TRAINING_CONTEXT,
  }),
  rule({
    id: 'risk.violence.animal_cruelty',
    type: 'violence',
    severity: 4,
    description:
      'Someone hurting an animal on purpose ("he kicked my dog till it bled"). Cruelty to pets often goes with abuse at home.',
    reason:
      'Describes someone hurting an animal on purpose. Cruelty to pets often goes with violence at home; ask gently who did it and whether the young person is safe.',
    examples: ['he kicked my dog till it was bleeding', 'my stepdad threw the cat against the wall'],
    pattern:
      "(?:kick|kicked|kicks|kicking|hit|hits|hitting|beat|beats|beating|hurt|hurts|hurting|strangled|strangles|drowned|drowns|burnt|burned|burns|threw|throws|throwing|chucked|chucks|stamped on|stamps on|punched|punches|battered|swung|choked|starved|starves) (?:my|our|the|his|her|their|a|me) (?:dog|dogs|cat|cats|puppy|kitten|pet|pets|rabbit|hamster|guinea pig|bird|budgie|tortoise|horse|pony)(?: (?:{w2})?(?:till|until|so hard|against|across|down the stairs|into the wall|off the|out the window|and it (?:bled|died|cried|was bleeding|couldn't walk|couldnt walk|limped|yelped))| to death| on purpose)",
  }),
  rule({
    id: 'risk.violence.mass_harm',
    type: 'violence',
    severity: 5,
    description: 'Threats to shoot up, bomb or burn down a school or public place.',
    reason: 'Threatens mass harm. Treat as an emergency: follow your procedure and contact the police.',
    examples: ['im gonna shoot up the school', 'someone should bomb this place', 'burn the school down'],
    pattern:
      '(?:shoot(?:ing)? up|bomb(?:ing)?|blow(?:ing)? up|burn(?:ing)? down|torch(?:ing)?) (?:the |my |this |our |that |their |his |her )?(?:school|college|academy|class|classroom|place|building|church|mosque|synagogue|youth club|club)|burn (?:the |this |my )?(?:school|college|academy|youth club|building) down',
    unlessNear:
      'minecraft|fortnite|game|lego|sims|drill|fire drill|bath bomb|bombed (?:the|my) (?:exam|test)|photo ?bomb|joking about',
  }),
];

// Bullying -----------------------------------------------------------------------------------

const INSULT_ADJECTIVES =
  '(?:ugly|fat|fugly|stupid|thick|dumb|pathetic|worthless|useless|disgusting|gross|minging|rank|smelly|trash|braindead|brain dead|retarded|vile|revolting|hideous|repulsive|unlovable|unwanted|a waste of space|a waste of oxygen|a joke|a nobody|nothing|a mistake|an embarrassment|a disgrace|a failure|a reject|a loser|a freak|a weirdo|an idiot|a moron|a slag|a slut|a whore|a bitch|a cow|a fat cow|a pig|a tramp|a skank|a minger|a mong|a spaz|a spastic|a retard|a twat|a prick|a dickhead|a knobhead|a wanker|a dick|a cunt|a fatty|a fatso|a creep|a paedo|a piece of shit|a piece of crap|a waste|a psycho|a nonce|a neek|a wasteman|an attention seeker|a charity case|a scrounger|a tramp|a gyppo|a virgin loser|a lesbo|a lezza|a slapper|a sket|a hoe|a ho)';
const INSULT_NOUNS =
  '(?:loser|losers|freak|freaks|weirdo|idiot|moron|retard|slag|slut|whore|bitch|cow|fat cow|pig|fat pig|tramp|skank|minger|mong|spaz|spastic|twat|prick|dickhead|knobhead|wanker|cunt|fatty|fatso|lardass|lard arse|creep|paedo|nonce|neek|wasteman|slapper|sket|hoe|waste of space|piece of shit|piece of crap|psycho|reject|failure|nobody|saddo|sad act|loner|crybaby|cry baby|billy no mates|no mates|weakling|wet wipe|muppet|melt|incel|lesbo|lezza|tranny|faggot|fag|poof|bender|gyppo|pikey)';

const bullying: Detector[] = [
  rule({
    id: 'risk.bullying.insult',
    type: 'bullying',
    severity: 3,
    description:
      'Insults aimed at the reader or a named person ("ur so ugly", "you fat cow", "shes such a slag").',
    reason:
      'Directs insults at someone. One message may be banter; repeated or pile-on insults are bullying.',
    examples: ['ur so ugly', 'you fat cow', 'shes such a slag', 'you are literally worthless'],
    pattern: `(?:{you} (?:don't|dont|do not) deserve (?:friends|mates|to be loved|to be happy|anyone|love|a (?:boyfriend|girlfriend|bf|gf)|to exist|to live)|look at (?:his|her|their|{your}) (?:tiny|massive|fat|skinny|ugly|big|huge|weird|disgusting|greasy|spotty|hairy|wonky|yellow|crooked|bald|stumpy) (?:arms|legs|face|nose|ears|teeth|head|body|belly|stomach|thighs|hair|forehead|chin|feet|hands)|{you} (?:look|looks|looking) like (?:a |an )?(?:skeleton|whale|pig|cow|hippo|elephant|beached whale|troll|goblin|rat|horse|monkey|ape|corpse|crackhead|tramp|freak|potato|thumb|lesbian|man|boy)(?! (?:costume|outfit|today in the play))|{your} (?:family|fam|mum|mam|mom|dad|parents)(?:'s| is| are| r|s)? (?:must be |must b |is |are |r )?(?:so |well |proper )?(?:broke|poor|skint|tramps|on benefits|dossers|scroungers)|{your} face is (?:{intens} )?(?:punchable|slappable)|punchable face|imagine (?:being|looking|smelling|sounding) like (?:{you}|her|him)(?= ?(?:[,.!?]|$|lol|lmao|haha|😂|🤣|💀|🤮|ew|couldn'?t be me))|imagine (?:being|looking|smelling) (?:as |so |that |this )?(?:ugly|fat|thick|stupid|dumb|weird|smelly|disgusting|minging|annoying|sad|pathetic|short|hairy|ginger|poor|broke) (?:as|like) (?:{you}|her|him)|(?:she|he) (?:actually |really |genuinely |honestly |lowkey )?(?:thinks|believes) (?:people|anyone|any1|everyone|someone|boys|girls|the boys|the girls|we) (?:actually |really )?(?:like|likes|fancy|fancies|want|wants|care about|cares about|rate|rates) (?:her|him)|(?:{youre}|(?:she|he)'?s|(?:she|he|they) (?:is|are)|shes|hes|theyre|they're) (?:{intens} ){0,3}(?:(?:annoying|weird|boring|stupid|fake|rude|mean|loud) (?:and |& )?)?(?:an? [a-z]+ (?:and|&) )?${INSULT_ADJECTIVES}|(?:{youre}|you are) (?:literally |actually |honestly )?the (?:only )?reason (?:nobody|no ?one|no1|everyone|every1|people|we all|we) (?:{w3})?(?:wants? to|wanna|hates?|left|leaves|quit|quits|don't|dont|won't|wont|can't|cant|stopped|stop|never)|no wonder (?:{your} (?:dad|mum|mam|mom|parents|boyfriend|girlfriend|bf|gf|friends|mates) (?:left|hates? {you}|dumped {you}|doesn'?t love {you}|don'?t love {you})|(?:no ?one|nobody|no1) (?:likes|fancies|wants|loves|talks to|sits with) {you})|(?:go (?:and |n )?cry|keep crying|cry more)(?: (?:{w4})?[a-z]+)?,? ${INSULT_NOUNS}(?=[,.!?]|$)|(?:she|he|they) (?:thinks?|think) (?:she'?s|shes|he'?s|hes|they'?re|theyre|she is|he is) (?:so |sooo+ )?(?:pretty|fit|hot|cool|funny|all that|it|the one|better than (?:us|everyone)|popular)(?= ?(?:[,.!?]|$|lol|lmao|haha|😂|🤣|💀|ew|eww))|(?:{youre}|(?:she|he)'?s|(?:she|he) (?:is|are)|shes|hes) (?:{intens} )?an? (?:fat|ugly|stupid|dirty|little|skanky|massive|absolute|total|proper|filthy|dumb|thick|pathetic|smelly|disgusting) (?:fat |ugly |stupid |dirty |little |skanky |)${INSULT_NOUNS}|(?:you|u|ya|shut up|stfu|shut it|get lost|go away|piss off|fuck off|fuck you|ew|eww|oi|oii|oy|keep crying|cry more|cry about it|go cry|stop crying|nobody asked|no ?one asked|bye|move|shift|hurry up|out the way|outta the way|get out the way|look at (?:the|this|that)),? (?:{intens} )?(?:little |fat |ugly |stupid |dirty |absolute |fucking |fkn |thick |skanky |smelly |pathetic |disgusting |massive |big |ginger |speccy |four ?eyed |spotty |greasy |goofy |chubby |lanky |emo |gay |poor |midget |weird )*${INSULT_NOUNS}|(?:such|what) an? (?:{intens} )?(?:fat |ugly |stupid |dirty |absolute |fucking |pathetic |massive |skanky |smelly |little )*${INSULT_NOUNS})`,
    accept: (m, text) => {
      const s = m[0];
      const lower = s.toLowerCase();
      const after = text.slice(m.index + s.length, m.index + s.length + 24);
      // "your stupid phone" is about the phone: a possessive followed by a noun is not an insult.
      if (
        /^(?:your|ur|yr|ure|ya)\s/.test(lower) &&
        !/^(?:your|ur|yr)\s+(?:the (?:only )?reason|so|such|really|rly|actually|literally|well|dead|proper|fucking|fkn|a|an|the most|honestly|genuinely|lowkey|highkey|deadass|absolutely|bloody|kinda|too)\b/.test(
          lower,
        )
      ) {
        if (
          /^\s+(?:[a-z]{2,})/i.test(after) &&
          !/^\s+(?:and|lol|lmao|haha|af|tbh|ngl|bro|mate|innit|honestly|tho|though|like|x|fr|frfr|ong|no one|nobody|everyone|seriously|u|you|lool|omg|ffs|man|fam|bruv|mate)\b/i.test(
            after,
          )
        ) {
          return false;
        }
      }
      // "a cow", "a pig" on their own are animals unless aimed at someone.
      if (
        /\b(?:cow|pig|tramp|nothing|nobody|failure|reject|waste|joke)$/i.test(lower) &&
        /^(?:such|what)/i.test(lower)
      ) {
        if (/^\s+(?:of|in|at|on|farm|field)\b/i.test(after)) return false;
      }
      if (
        /\bnothing$/i.test(lower) &&
        /^\s*(?:to|like|but|else|much|special|wrong|new|compared|more|serious)\b/i.test(after)
      )
        return false;
      if (
        /\b(?:a joke|a mistake|a failure|nothing|a nobody)$/i.test(lower) &&
        /^(?:she|he|they)/i.test(lower)
      )
        return 2;
      // "fat" alone aimed at a friend's food or "thick" hair etc.
      if (
        /\b(?:thick|rank|gross|trash|fat)$/i.test(lower) &&
        /^\s+(?:hair|skin|coat|jumper|book|slice|chance|rain|fog|snow|accent|cat|dog|pizza|kid|burger)\b/i.test(
          after,
        )
      )
        return false;
      return true;
    },
    unlessBefore: "not|never|isn't|isnt|wasn't|wasnt|aren't|arent|wouldn't|didn't|don't think",
    jokeDowngrade: 1,
  }),
  rule({
    id: 'risk.bullying.exclusion',
    type: 'bullying',
    severity: 3,
    description:
      'Exclusion and isolation: "nobody likes you", "everyone hates you", "you have no friends", kicking someone out of the group.',
    reason:
      'Tells someone they are disliked or shut out. Exclusion is a common form of bullying; look at the wider conversation.',
    examples: [
      'nobody likes you',
      'everyone in our year hates u',
      'u have no friends',
      'kick her out of the gc',
    ],
    pattern:
      "(?:(?:we'?ve|we have|everyone'?s|everyone has|we all|they'?ve|they have|they all|the (?:girls|boys) have) (?:all )?(?:agreed|decided|said|promised) (?:to )?(?:stop talking to|not (?:to )?talk to|ignore|blank|ghost|freeze out|leave out|exclude) (?:her|him|them|me)|(?:say|says|said|tell me|tells me|told me) (?:that )?i (?:can't|cant|cannot|am not allowed to|'m not allowed to|m not allowed to|not allowed to) (?:play|sit|come|join in|join|hang out|be friends) (?:with (?:them|us)|in (?:their|the) (?:game|group|team))|(?:they|the other (?:kids|children|girls|boys)|the (?:girls|boys|kids)|nobody|no ?one|everyone|people) (?:{w1})?(?:won't|wont|don't|dont|never|wouldn't|didn't|didnt) let me (?:play|sit|join in|join|be in (?:their|the) (?:game|team|group))|(?:nobody|no ?one|no1) (?:ever )?(?:picked|picks|chose|chooses|wants|wanted) me (?:for|to be (?:in|on)) (?:their|the|a|his|her) (?:team|group|side)|{youre} not one of us|{you} (?:can't|cant|cannot) sit with us|{dont} sit (?:with|near|next to) us(?: anymore| again| ever)?(?= ?(?:[,.!?]|$|{youre}|you|u|loser|weirdo|freak|go|nobody|no one))|(?:we're|we are|were|everyone's|everyone is|let's|lets|we'll|we will|we should|everyone|we're all|we all) (?:all )?(?:gonna |going to )?(?:unfollow|unfollowing|unadd|unadding|unfriend|unfriending|ghost|ghosting|blank|blanking|ignore|ignoring) (?:her|him|them|that (?:girl|boy|kid|weirdo|loser|freak))(?: (?:{w3})?(?:at \\d|tomorrow|today|(?:from|on) (?:now|today|tomorrow|monday|tuesday|wednesday|thursday|friday|the weekend)|spread the word|pass it on|tell everyone|forever|for a week))|(?:no ?one|nobody|no1) (?:will|would|is gonna|is going to|is ever gonna) (?:ever |even )?(?:want to be|wanna be|be|date|go out with|love) (?:{your} (?:friend|mate|bestie|girlfriend|boyfriend|gf|bf)|{you}|with {you})|(?:no ?one|nobody|no1|no body) (?:here |in (?:this|our|the) (?:class|year|school|group|gc|chat) |in (?:year|form|class|set) [a-z0-9]{1,4} |at school |even |actually |ever |ever even ){0,3}(?:likes|wants|cares about|would miss|will miss|wants to be friends with|wants to sit with|wants to talk to|invited) {you}|(?:everyone|every1|everybody|the whole (?:class|school|year|group)|we all|literally everyone|all of us)(?:'s|'re)? (?:here |in (?:this|our|the) (?:class|year|school|group|gc|chat) |at school |actually |literally |secretly )*(?:hates|laughs at|(?:is |are )?laughing at|talks about|(?:is |are )?talking about|thinks) {you}(?: (?:behind|are|r|is) ?(?:ur|your|weird|a|so|pathetic|ugly|back))?|(?:{you}|(?:she|he|they)(?:'s| has| have|s)?) (?:have|has|got|'ve got|have got|'ve|ve got|has got) (?:literally )?no (?:friends|mates|one)|{you} (?:don't|dont|do not) belong (?:here|with us|in this group)|(?:no ?one|nobody|we) (?:don't|dont|do not|doesn't|doesnt) want {you} (?:here|around|in (?:the|this|our) (?:group|gc|chat|squad))|(?:kick|kicked|remove|removed|block|blocked|boot|booted) (?:her|him|them|you|u|that (?:girl|boy|kid|weirdo|loser|freak)|[A-Z][a-z]+) (?:out of|outta|out|from) (?:the |our |this )?(?:group|gc|groupchat|group chat|chat|squad|server)|{dont} (?:let|invite|add) (?:her|him|them|that (?:girl|boy|kid|weirdo|loser|freak)) (?:sit with us|in the (?:group|gc|chat)|play with us|join|near us|to the party)|go away (?:and never come back|forever|no one wants you|nobody wants you)|(?:everyone|every1|everybody|we|we're all|were all|we are all|let's all|lets all|let's|lets|we should all|we should|just|all) (?:{w1})?(?:going to |gonna |gna |start |)(?:ignore|ignoring|blank|blanking|freeze out|ghost|leave out|not talk to|stop talking to) (?:her|him|them|that (?:girl|boy|kid|weirdo|loser|freak)|[a-z]+) (?:from now on|forever|at school|tomorrow|in the gc|in the group)|(?:don't|dont|do not|nobody|no ?one) (?:reply|talk|speak|sit) (?:to|with|next to) (?:her|him|them|that (?:girl|boy|kid|weirdo|loser|freak)) ?(?:anymore|any more|ever again|from now on|at all)?(?=[,.!?]|$|anymore|ever|from|at)|(?:{ill}|we(?:'re| are|re)? (?:gonna|going to)|we(?:'ll| will|ll)|(?:she|he|they)(?:'s|'re| is| are)? (?:gonna|going to|trying to|tried to)|(?:she|he|they) (?:made|makes|got|gets)) (?:{w1})?(?:make |get |turn )?(?:everyone|every1|everybody|people|the whole (?:year|class|school|group)|all (?:her|his|my|{your}) (?:friends|mates)|the others) (?:to )?(?:unfollow|block|ignore|hate|stop talking to|turn on|turn against|unadd|unfriend|remove) (?:{you}|her|him|them|me)|(?:pretend|pretending|act like|acting like) (?:{you}|she|he|they|her|him) (?:don'?t|doesn'?t|do not|does not|dont|doesnt) exist|nobody'?s friends with {you})",
    accept: (m) => !/^(?:everyone|every1|everybody).*\bthinks {0,}(?:you|u|ya)$/i.test(m[0]),
  }),
  rule({
    id: 'risk.bullying.wish_harm',
    type: 'bullying',
    severity: 5,
    description:
      'Telling someone to kill themselves or wishing them dead ("kys", "go die", "hope you get hit by a bus").',
    reason:
      'Tells someone to kill themselves or wishes them dead. This is serious bullying and may put a vulnerable young person at risk.',
    examples: ['kys', 'just go kill yourself', 'hope u die', 'go jump off a bridge'],
    pattern:
      "(?:(?:why|how) (?:are|r) {you} (?:even |still )+(?:alive|breathing|allowed to live)|kys|kill ?{yourself}|(?:no ?one|nobody|no1) (?:would|will|'d|d) (?:even )?(?:care|notice|miss {you}|cry) if {you} (?:died|were dead|was dead|killed {yourself}|disappeared|were gone|was gone)|(?:go|just go|pls go|please go|go and|go n|go an) (?:die|jump off (?:a|the) (?:bridge|cliff|building|roof)|drink bleach|hang {yourself}|cut {yourself}|step in front of a (?:bus|train|car)|rot)|(?:i )?hope {you} (?:die|get cancer|get hit by a (?:car|bus|train)|rot|get run over|drop dead|choke)|drink bleach|neck {yourself}|unalive {yourself}|{you} (?:should|need to|ought to|deserve to) (?:just )?(?:die|kill {yourself}|unalive|not exist|be dead)|do everyone a favour and (?:die|disappear|kill {yourself})|why (?:don't|dont) {you} (?:just )?(?:die|kill {yourself}))",
    unlessAfter: 'laughing|with laughter|at (?:the|this) (?:party|gig|show)',
    accept: (m, text) => {
      // "I could kill myself/yourself laughing" style hyperbole aside, "kill yourself" is rarely benign.
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (/\b(?:don'?t|do not|never|dont)\s+$/i.test(before) && /kill/i.test(m[0])) return 3;
      return true;
    },
  }),
  rule({
    id: 'risk.bullying.disclosure',
    type: 'bullying',
    severity: 3,
    description:
      'A young person describing being bullied: picked on, laughed at, called names, left out, slagged off, told to hurt themselves.',
    reason: 'Describes being bullied. Acknowledge it, record it and follow your anti-bullying procedure.',
    examples: [
      'they keep picking on me',
      "i'm being bullied at school",
      'everyone says i should kill myself',
    ],
    pattern:
      "(?:(?:shared|posted|sent|leaked|put|spread|gave out|giving out|sharing|posting|leaking) my (?:live )?(?:location|address|home address|postcode|phone number|number|snap ?map location) (?:{w2})?(?:in|on|to|round|around|online|everywhere)|(?:telling|told|tells|saying|said|says) (?:everyone|every1|everybody|people|the whole (?:class|year|school)) (?:that )?i (?:have|'ve got|got|ve got|has) (?:nits|lice|fleas|aids|hiv|an std|stds|herpes|worms|bo)|(?:make|makes|made|making|force|forces|forced) me (?:to )?(?:carry|give|do|hand over|buy) (?:their|his|her|them) (?:bags|stuff|homework|money|lunch|things|books)(?: {w3})?,? (?:or|otherwise) (?:they|he|she)(?:'ll|ll| will)? (?:slap|hit|batter|beat|punch|kick|hurt|get)|(?:changed|change|changing|renamed|rename|renaming) my (?:name|nickname|contact) (?:{w3})?to ['\"‘“]?(?:[a-z]+ )?(?:smelly|stinky|fat|ugly|weird|dirty|thick|loser|freak|pig|cow|rat|tramp|slag|skank|minger|weirdo|retard|nonce|paedo|gay|lesbo)|(?:every time|whenever|each time) i (?:{w4})?(?:the whole (?:class|group|table|team)|everyone|every1|they all|they) (?:groans?|groaned|sighs?|sighed|laughs?|laughed|roll(?:s|ed)? their eyes|boos?|booed|tuts?|tutted|goes quiet|went quiet|moves? away|moved away)(?! at (?:the|my|his|her|a|that) (?:joke|jokes|film|video|meme|story))|(?:he|she|they|someone|somebody|people|the (?:boys|girls|lads)|an? (?:boy|girl|lad|kid|older boy|older girl)|some (?:boys|girls|lads|kids)) (?:{w1})?(?:spat|spit|gobbed) (?:in|on|at) (?:my|me)|(?:threw|throws|chucked|chucks|kicked|hid|binned|flushed) my (?:shoes|bag|coat|phone|stuff|books?|pencil case|trainers|lunch|hat|glasses|kit|pe kit|blazer|jumper) (?:{w3})?(?:on|onto|over|in|into|down|out|across) (?:the )?(?:roof|bin|toilet|toilets|canal|river|field|road|fence|bushes|window|pond|mud|puddle)|(?:always|keeps|keep|every day|everyday|all the time) (?:take|takes|taking|steal|steals|stealing|nick|nicks|nicking|grab|grabs|grabbing) my (?:snack|snacks|lunch|sweets|pocket money|toys?|crisps|food|packed lunch)|(?:being|been|is|was|are|were|getting|got|gets) (?:excluded|left out|kicked out|removed|blocked|shut out) (?:from|of) (?:the |a |their |his |her |my )?(?:class |year |form |friendship |whatsapp )?(?:group|gc|group chat|chat|games|team)|(?:being|been|is|was|are|were|getting|got|gets) (?:mocked|teased|picked on|bullied|laughed at|called names|targeted|ridiculed|humiliated|tormented) (?:for|about|because of|over|due to) (?:his|her|their|my) (?:weight|appearance|looks|race|skin|colour|religion|disability|accent|hair|clothes|size|sexuality|family|name)|(?:she|he|they|yp|son|daughter|child|my (?:son|daughter|brother|sister|friend|mate|child)|(?:her|his|their) (?:son|daughter|brother|sister|child)) (?:is|'s|s|has been|'s been|was|are|have been|keeps) (?:being |getting )?(?:bullied|picked on|targeted by (?:other|older) (?:pupils|students|kids|children|girls|boys))|(?:screenshotted|screenshot|ss'd|screenshotting|forwarded|forwarding|shared|sharing|posted|posting|sent|sending|leaked|leaking) (?:my|our|her|his) (?:private )?(?:messages|msgs|texts|chats|dms|convo|conversation|snaps|story|voice ?notes?) (?:{w3})?(?:round|around|to) (?:the whole|everyone|every1|everybody|all|the (?:group|gc|year|class|school))|(?:read|reading|reads) (?:out )?my (?:diary|messages|texts|chats|dms|private messages|journal|notebook)(?: out)? (?:to|in front of|out loud to) (?:everyone|every1|the (?:whole )?(?:class|group|year|school))|(?:read|reading|reads) out my (?:diary|messages|texts|chats|dms|journal)|(?:everyone|every1|everybody|the whole (?:class|year|school|group)|they all) (?:laughed|was laughing|were laughing|started laughing) (?:at me )?(?:when|after|while|as) (?:she|he|they) (?:read|showed|posted|shared|said|told)|(?:notes|messages|letters) (?:in|on|under|through) my (?:locker|desk|bag|tray|peg|door|books?) (?:{w2})?(?:saying|calling me|telling me)|(?:said|says|saying|called|calls|calling|told everyone|telling everyone) (?:that )?my (?:mum|mam|mom|dad|family|sister|brother|nan) (?:is|was|'s|s) (?:a )?(?:crackhead|junkie|smackhead|druggie|prostitute|whore|slag|tramp|alcoholic|dosser|scrounger|paedo|nonce)|(?:every day|everyday|every morning|every lunch|every break|all the time|always|constantly) (?:they|he|she|people|the (?:boys|girls|lads|year \\d+s)) (?:push|shove|trip|kick|hit|punch|pinch|slap|spit on|spit at|corner|follow|shove) me|(?:they|he|she|people|the (?:boys|girls|lads|others)) (?:{w1})?(?:push|shove|pushed|shoved|slam|slammed|pin|pinned|shut|lock|locked) me (?:into|against|in) (?:the |a )?(?:lockers?|wall|fence|bins?|toilets?|cupboard|bushes|nettles)|(?:made|making|set up|created|started|make|has|have) (?:a )?(?:fake|hate|parody) (?:account|acc|page|profile|insta|tiktok|snap) (?:{w2})?(?:of|about|pretending to be|as|for|on|to (?:mock|slag)) (?:me|her|him|them)|(?:don't|dont|do not|can't|cant|scared to|afraid to|too scared to) (?:want to |wanna )?(?:go|going) (?:in|to school|back to school|into school|to college|to club|back) (?:{w2})?(?:cos|because|coz|cuz|bc|cause) (?:of )?(?:what )?(?:they|he|she|them|the (?:girls|boys|lads|others)|people|everyone)(?: (?:do|say|did|said|keep|will))?|(?:i'm|im|i am|i've been|ive been|i get|i got|i keep getting|been) (?:being )?bullied|(?:they|he|she|people|everyone|every1|everybody|the others|the girls|the boys|(?:some|these|the) (?:girls|boys|kids|lads) (?:in|at) [a-z0-9 ]{2,20}?)(?: (?:keep|keeps|always|still|just|all))? (?:bully|bullies|bullying|pick on|picks on|picking on|laugh at|laughs at|laughing at|make fun of|makes fun of|making fun of|mock|mocks|mocking|slag|slags|slagging) me(?: off)?|(?:say|says|saying|said|tell me|tells me|telling me|told me) (?:that )?(?:i'm|im|i am|i was|i look) (?:so |really |too )?(?:fat|ugly|stupid|thick|disgusting|a freak|a loser|a slag|a slut|weird|worthless|gay|a lesbian|smelly|dirty|poor)|(?:call|calls|calling|called) (?:her|him|them) (?:names|fat|ugly|a (?:freak|loser|slag|slut|weirdo|lesbian|lesbo|fatty|tramp|terrorist|paedo|nonce|retard))|(?:push|pushes|pushing|pushed|shove|shoves|shoving|shoved|kick|kicks|kicking|kicked) (?:me|her|him|them) (?:around|about)|(?:voted|rated|ranked|named|picked) (?:me|her|him|them|{you}) (?:as )?(?:the )?(?:ugliest|fattest|weirdest|smelliest|worst|most (?:ugly|annoying|hated|disgusting|unpopular)|least (?:popular|fit|pretty|attractive))|(?:call|calls|calling|called) me (?:names|fat|ugly|a (?:freak|loser|slag|slut|weirdo|lesbian|lesbo|gay|fatty|tramp|terrorist|bomber|immigrant|refugee|monkey|gypsy|pikey)|gay|a \\w+ behind my back)|(?:say|says|saying|said|telling everyone|tells everyone|told everyone|joking|jokes|laughing about how) (?:that )?(?:i|she|he|{you}|they) (?:smells?|stinks?|reeks?|(?:is|are|was|were|'s|s|r|looks?) (?:so |really |too )?(?:fat|ugly|disgusting|a freak|a slag|a slut|a tramp|smelly|dirty|minging|a loser|weird))(?! (?:good|nice|amazing|lovely|of (?:flowers|perfume)))|(?:they|he|she|someone|somebody|people|everyone|the (?:girls|boys|others|lads)|some (?:girls|boys|kids|lads|people)) (?:{w1})?(?:filmed|recorded|videoed|took (?:a )?(?:pics?|photos?|pictures?|videos?|vids?) of) me (?:{w4})?(?:and )?(?:put|posted|shared|sent|uploaded|spread|stuck) (?:it|them|the (?:vid|video|clip|pics?|photos?)) (?:on|to|round|around|in|all over)|(?:they|he|she|someone|somebody|people|everyone|every1|everybody|the (?:girls|boys|kids|people|others|lads|whole (?:class|school|year))|some (?:girls|boys|kids|lads|people)|(?:his|her|their) (?:mates|friends)) (?:{w3})?(?:keep|keeps|kept|are|is|r|been|have been|has been|started|start|always|still) (?:sharing|posting|sending|spreading|forwarding|reposting|putting up|passing round|airdropping) (?:that|the|this|a|an|my|them|those|these|embarrassing|old|horrible) (?:{w2})?(?:video|vid|clip|pic|pics|photo|photos|picture|pictures|screenshots?|memes?) of me|(?:to|just to|so (?:they|everyone|people|she|he) (?:could|can)) (?:laugh at|mock|make fun of|take the (?:piss|mick|mickey) out of|humiliate|embarrass|shame|slag off|rip on) me|(?:told|telling|tells|tell) (?:everyone|everybody|every1|the whole (?:class|school|year|group)|people|all (?:her|his|their|my) (?:friends|mates)) (?:that )?i (?:wet|pissed|peed|shat|pooed|soiled) myself|(?:call|calls|calling|called) me (?:a |an )?[a-z]+ (?:(?:cos|because|coz|cuz|bc) (?:i'?m|i am) (?:a |an )?(?:muslim|jewish|jew|sikh|hindu|black|brown|asian|mixed race|gay|bi|lesbian|trans|polish|romanian|disabled|autistic|adhd|dyslexic|deaf|in a wheelchair|fat|ginger|poor|foreign|adopted|in care|a refugee|an immigrant|from [a-z]+)|(?:cos|because|coz|cuz|bc) of my (?:religion|race|skin|colour|color|hijab|turban|accent|weight|hair|disability|wheelchair|family|name|culture|country))|(?:post|posts|posting|posted|share|shares|sharing|shared|make|makes|making|made) (?:memes|jokes|nasty (?:stuff|things|comments)|horrible (?:stuff|things|comments)|rumours|lies) (?:about|of) (?:me|her|him|them|my (?:weight|face|body|skin|hair|teeth|voice|family|religion|race|disability|mum|dad))|(?:keeps|kept|keep|always|still) (?:tripping|trip|trips|pushing|pushes|shoving|shoves|kicking|kicks|hitting|hits|punching|punches|pinching|pinches|spitting at|spitting on|spits at|spits on|throwing (?:stuff|things|food|rubbish) at|flicking|slapping) (?:me|her|him|them)|(?:took|take|takes|taking|nicked|nicks|grabbed|grabs|stole|steals|hid|hides|hiding) my (?:bag|coat|phone|pe kit|kit|shoes|trainers|lunch|books?|stuff|things|hat|pencil case|blazer|jumper) (?:and |then )?(?:threw|throws|chucked|chucks|binned|bins|hid|hides|ripped|rips|broke|breaks|kicked|kicks|put|puts|flushed|flushes|threw|stamped on) (?:it|them)|(?:mean|nasty|horrible|hateful|cruel|rude|vile) (?:comments|messages|posts|stuff|things|memes|replies) (?:about|on|under) (?:me|my (?:posts?|pics?|photos?|videos?|page|account))|(?:spread|spreading|spreads|spreaded) (?:rumours|rumors|lies|stuff) about me|(?:everyone|every1|everybody|they|people|the others|the (?:girls|boys|lads)|my (?:friends|mates)|the whole (?:class|group|table|year))(?: all)? (?:{w1})?(?:stop|stopped|stops|go|goes|went) (?:talking|quiet|silent) (?:when|whenever|every time|as soon as) i (?:{w2})?(?:sit|sat|walk|walked|come|came|join|joined|get|got|arrive|arrived)|(?:everyone|every1|everybody|people|the whole (?:class|group|year|school)|they all|my (?:friends|mates)) (?:just |all |always |still )?(?:keep|keeps|kept|have been|has been|started|start|are|is) (?:ignoring|blanking|ghosting) me|(?:take|takes|taking|took|nick|nicks|nicking|nicked|steal|steals|stealing|stole|have|had) (?:my (?:lunch|dinner|bus) money|(?:my )?money off me|£\\d+ off me)|(?:make|makes|made|making) me (?:give|hand over|pay) (?:them|him|her) (?:my |their |his |her )?(?:money|cash|lunch money|dinner money|£\\d+)|(?:leave|leaves|left|leaving|kicked|excluded|blocked|removed) me (?:out|out of|from) (?:everything|the group|the gc|the chat|it|games|the party)?|(?:everyone|every1|everybody|they|people|he|she) (?:says|said|say|saying|tells me|told me|keep telling me|keeps telling me) (?:that )?(?:i should|to|i need to|i ought to) (?:kill myself|die|kms|hurt myself|cut myself|go die)|(?:nobody|no ?one|no1) likes me|(?:everyone|every1|everybody|people|the whole (?:class|school|year))(?: (?:at|in) (?:school|class|my class|my year|my form|the group|college|the club))? (?:hates|hate|laughs at|laugh at) me)",
    unlessNear: 'joking|jk|banter|a joke',
  }),
  rule({
    id: 'risk.bullying.expose',
    type: 'bullying',
    severity: 4,
    description:
      'Threats to share someone\'s pictures, messages or secrets to humiliate them ("I\'ll send ur pics to everyone", "gonna expose you").',
    reason:
      'Threatens to share someone’s pictures, messages or secrets to humiliate them. If the images are intimate this is also a crime.',
    examples: ["i'll send ur pics to everyone", 'im gonna expose you', 'ill post the vid of you on my story'],
    pattern:
      "(?:(?:they|he|she)(?:'ll|ll| will|'re gonna|re gonna| are gonna|'s gonna|s gonna) tell (?:everyone|every1|everybody|the whole (?:school|year|class)|people|my (?:mum|mam|mom|dad|parents)) (?:that )?(?:i'?m|im|i am) (?:gay|a lesbian|lesbian|bi|trans|a virgin|adopted|in care)|{ill} tell (?:everyone|every1|everybody|the whole (?:school|year|class)|people) (?:about|that) {your} (?:mum|mam|mom|dad|family|brother|sister|nan)|(?:{ill}|we(?:'ll| will|ll|'re gonna| are gonna|re gonna)) (?:{w1})?make sure (?:everyone|every1|everybody|the whole (?:school|year|class|group)|all (?:ur|your) (?:friends|mates)) (?:knows|finds out|sees|hears about)|{your} life (?:is|'s|s) (?:over|finished|ruined|done)(?= ?(?:[,.!?]|$|now|mate|after|when|lol|😂|💀))|(?:{ill}|we(?:'re| are|re)? (?:gonna|going to|about to)|we(?:'ll| will|ll)) (?:{w2})?(?:send|post|share|show|leak|upload|forward|put|screenshot|ss|spread) (?:all )?(?:your|ur|yer) (?:[a-z]+ )?(?:pics?|photos?|pictures?|nudes|noods|vids?|videos?|messages|msgs|texts|secrets?|screenshots?|chats?|dms)(?: (?:{w3})?(?:to|with|on|round|around) (?:everyone|everybody|the whole (?:school|year|class|group)|the group ?chat|the gc|(?:your|ur) (?:mum|dad|parents|friends|mates|crush)))?|{ill} (?:send|post|share|show|leak|upload|forward|put|screenshot|ss|spread) (?:them|those|these|all the|all them|the|that|this|a) (?:pics?|photos?|pictures?|nudes|noods|vids?|videos?|clips?|messages|msgs|texts|screenshots?|chats?|dms) of (?:you|u|ya|her|him|them)|{ill} (?:send|post|share|show|leak|upload|forward|spread) (?:them|those|these|the) (?:nudes|noods)|{ill} (?:send|post|share|show|leak|forward|screenshot|spread) (?:(?:everyone|everybody|the whole (?:school|year|class|group)|(?:your|ur) (?:mum|dad|parents|friends|mates|crush)) )?(?:them|those|these|all the|all them|the|that|this|a|your|ur) (?:pics?|photos?|pictures?|nudes|noods|vids?|videos?|clips?|messages|msgs|texts|screenshots?|chats?|dms|voice ?notes?) (?:{you} (?:sent|sent me|said|wrote|posted|did)|of {you}|of what {you} (?:said|sent|did|wrote|posted))|{ill} (?:expose|leak|humiliate|show up) (?:you|u|ya|her|him|them)|{ill} tell (?:everyone|every1|everybody|the whole (?:school|year|class)|{your} (?:mum|mam|mom|dad|parents|family)) (?:that )?(?:{youre}|you are|ur) (?:gay|a lesbian|lesbian|a lesbo|bi|trans|a virgin|a slag|a slut|adopted)|(?:everyone|everybody|the whole (?:school|year|class))(?:'s| is| will| gonna|s) (?:gonna |going to |about to )?(?:see|know|find out about) (?:your|ur|what (?:you|u) (?:did|sent|said)|the (?:pics|vid|video|photos) of (?:you|u)))",
  }),
  rule({
    id: 'risk.bullying.group_target',
    type: 'bullying',
    severity: 4,
    description:
      'A group chat, page or account set up to mock, rate or slag someone off ("we made a gc just to take the piss out of her").',
    reason:
      'Describes a group chat, page or account made to target someone. Pile-on bullying in groups is hard for the target to escape; find out who is in it.',
    examples: [
      'they made a group chat to slag me off',
      'we made a group chat just to take the piss out of her',
      'someone set up a page about him',
      'they made an account to expose the new girl',
    ],
    pattern:
      "(?:(?:poll|polls|vote|ranking|rating|list|survey) (?:{w5})?(?:who(?:'s| is)?|whos|which (?:girl|boy|person)(?: is)?) (?:the )?(?:fattest|ugliest|weirdest|smelliest|dirtiest|worst|poorest|most (?:annoying|hated|ugly|disgusting|unpopular)|biggest (?:loser|freak|slag))|(?:rate|rates|rated|rating|ranking|ranked|score|scored|scoring) (?:the )?(?:girls|boys|people|me|her|him|each girl|each boy|all the girls|all the boys) out of (?:10|ten|100)(?! (?:for|on) (?:our|my|the|their|his|her) (?:dance|performance|routine|singing|cake|bake|song|project|work|act|show|essay|drawing))|(?:post|put up|share|upload|send|drop) (?:(?:that|this|the|a|an) (?:{w1})?(?:pic|pics|photo|photos|vid|video|clip|picture|selfie) of (?:her|him|them)|(?:her|his|their) (?:{w1})?(?:pic|pics|photo|photos|vid|video|clip|picture|selfie)) (?:and|&|so|then) (?:we(?:'ll| will|ll| can| all)?|everyone|every1|everybody|lets|let's) (?:can )?(?:all )?(?:comment|roast|rip on|rip into|laugh at|rate|spam|slate|flood|hate on|pile on|screenshot)|(?:let's|lets|we'll|we will|we can|everyone|every1|everybody) (?:all )?(?:roast|spam|slate|hate on|pile on|rip into|gang up on) (?:her|him|them|that (?:girl|boy|kid|weirdo|loser|freak))|(?:made|make|makes|making|set up|sets up|setting up|started|start|starting|created|create|creating) (?:a|an|this|that|the|another|a whole|a new|a secret) (?:group ?chat|gc|group|page|account|acc|tiktok|insta|server|story|snap story|channel) (?:just |purely |only )?(?:(?:to|for|4) (?:(?:slag|slagging|mock|mocking|laugh at|laughing at|make fun of|making fun of|hate on|hating on|take the (?:piss|mick|mickey) out of|taking the (?:piss|mick|mickey) out of|rip into|ripping into|bully|bullying|expose|exposing|bitch about|spread rumours about) (?:[a-z]+)|(?:rate|rating|roast|roasting|chat (?:shit|crap) about|slate|slating|post pics of|post photos of) (?:me|her|him|them|you|u|us|that (?:girl|boy|kid|weirdo|loser|freak)|the new (?:girl|boy|kid)))|about (?:me|her|him|them|you|u|that (?:girl|boy|kid|weirdo|loser|freak)))(?: off)?)",
    accept: (m, text) =>
      // "a page about her art" is about her work; "a page about her" stands alone.
      !/\babout her$/i.test(m[0]) ||
      !/^\s+(?!and\b|lol\b|haha|to\b|cos\b|because\b|with\b|on\b|in\b|at\b|x+\b)[a-z]/i.test(
        text.slice(m.index + m[0].length),
      ),
    unlessNear: 'joking|jk|banter|a joke',
  }),
  rule({
    id: 'risk.bullying.intimidation',
    type: 'bullying',
    severity: 4,
    description:
      'Threats to make someone\'s life hell, or to punish them for telling ("if you tell sir we\'ll make your life hell", "snitches get stitches").',
    reason:
      'Threatens someone, often to stop them telling an adult. Fear of what happens after telling keeps bullying hidden; make sure the young person is safe to speak.',
    examples: [
      "if you tell sir we'll make your life hell",
      "we'll make her life a misery",
      'ur dead if u snitch',
      'snitches get stitches',
      "if u tell anyone you'll regret it",
    ],
    pattern:
      "(?:(?:says|said|say|saying|told me|tells me) (?:he|she|they)(?:'ll|ll| will|'d| would|'re gonna|re gonna| are gonna|'s gonna|s gonna| is gonna) (?:hit|hurt|beat|kick|punch|get|batter|smack) me if i (?:tell|say|snitch|grass)|(?:stay|keep|get) (?:away from|out of|off) (?:our|my|us|the) ?(?:group|gc|chat|table|squad|friends|mates|boyfriend|girlfriend)?,? (?:or|otherwise) (?:else|there(?:'ll| will) be (?:consequences|trouble)|{you}(?:'ll| will|ll) (?:regret it|be sorry|see|get it)|watch what happens)|(?:make|makes|making|made) (?:{your}|her|his|their) (?:life|lives) (?:a )?(?:living )?(?:hell|misery|miserable|a nightmare|unbearable)|snitches get stitches|if (?:i|{you}|she|he) (?:ever )?(?:sit|sits|talk|talks|hang out|hangs out|speak|speaks|go near|goes near|come near|comes near|look at|looks at) (?:with |to |near |at )?(?:them|us|her|him|me|my (?:mates|friends|boyfriend|girlfriend))(?: again| ever again)?,? (?:they|we|she|he|i)(?:'ll| will|ll|'re gonna| are gonna|re gonna|'s gonna| is gonna)|{youre} (?:dead|done|getting it|gonna get it|going to get it) if {you} (?:ever )?(?:tell|snitch|grass)|if {you} (?:ever )?(?:tell|snitch|grass|say anything|say owt)(?: on (?:us|me|him|her|them))?(?: to)?(?: (?:sir|miss|(?:a|the|any) teachers?|(?:{your}|the) (?:mum|mam|mom|dad|parents|form tutor|head of year|tutor|head|police|office)|head of year|{anyone}))?(?: (?:about|bout|abt) (?:this|it|us|me|what happened|what we did))?,? (?:then )?(?:(?:we|i|{you})(?:'ll| will|ll)|(?:we're|were|we are|i'm|im|i am|{youre}) (?:gonna|going to|gna)) (?:{w2})?(?:regret it|regret this|pay|be sorry|wish|suffer|ruin|expose|get it|make {you} (?:pay|regret|sorry|suffer|wish)))",
    jokeDowngrade: 1,
  }),
  rule({
    id: 'risk.bullying.prejudice',
    type: 'bullying',
    severity: 4,
    description:
      'Racist and xenophobic abuse without a slur: telling someone to go back to their country, or "dirty immigrant" and the like.',
    reason:
      'Uses racist or xenophobic abuse. Prejudice-based bullying should be recorded and handled under your anti-bullying policy.',
    examples: ['go back to your own country', 'go back to where u came from', 'shut up you dirty immigrant'],
    pattern:
      "(?:{youre} (?:so|such a|well|proper|dead|literally|a massive|a big) (?:gay|lesbian|bent|lesbo|lezza|poof|tranny|fag|faggot|homo)|(?:laugh|laughs|laughing|laughed|make fun|makes fun|making fun|made fun|point|points|pointing|pointed|stare|stares|staring|mock|mocks|mocking|mocked|joke|jokes|joking|tease|teases|teasing|teased) (?:at |of |about )?(?:my|her|his|their) (?:accent|voice|lisp|teeth|weight|body|hijab|turban|skin colour|skin color|religion|feeding tube|tube|wheelchair|walking frame|walker|crutches|hearing aids?|glasses|stammer|stutter|scars?|hair loss|bald head|wig|port|stoma|cast|leg brace|brace|braces|birthmark|eczema|skin condition|limp|condition|illness|disability|diabetes|epilepsy|autism|adhd|speech|oxygen|mask|splint|prosthetic|false leg|insulin pump)(?! (?:costume|case|outfit|joke|filter))|(?:said|says|say|saying|tell me|told me|tells me) (?:that )?my (?:feeding tube|tube|wheelchair|walking frame|walker|crutches|hearing aids?|glasses|stammer|stutter|scars?|hair loss|bald head|wig|port|stoma|cast|leg brace|brace|braces|birthmark|eczema|skin condition|limp|condition|illness|disability|diabetes|epilepsy|autism|adhd|speech|oxygen|mask|splint|prosthetic|false leg|insulin pump) (?:makes? me|means i'?m|is|are|looks?)|(?:making|make|makes|made|doing|do|does|did) (?:{w1})?(?:monkey|ape|chimp|gorilla) (?:noises|sounds|gestures|faces)|go (?:back|home) to (?:{your} (?:own )?(?:country|countries)|where (?:{you}|they|you lot) (?:came|come|belong) from)|go back (?:home )?where (?:{you}|you lot) (?:came|come|belong) from|(?:dirty|filthy|stupid|bloody|fucking|smelly|illegal) (?:immigrants?|foreigners?|refugees?|asylum seekers?|migrants?|muslims?|jews?|gypsies|gypsy|gipsy|travellers?|romanians?|pakistanis?|africans?|arabs?))",
  }),
  rule({
    id: 'risk.bullying.slur',
    type: 'bullying',
    severity: 4,
    description: 'Racist, homophobic, transphobic and disablist slurs.',
    reason:
      'Uses a slur. Prejudice-based bullying should be recorded and handled under your anti-bullying policy.',
    examples: ['shut up you retard', 'hes such a faggot'],
    pattern:
      '(?:retard(?:s|ed)?|spastic|spaz|spacker|mong|mongs|faggot|faggots|f4ggot|fagg|tranny|trannies|batty ?boy|paki|pakis|nigger|niggers|n1gger|chink|chinks|wog|wogs|coon|coons|gyppo|pikey|pikeys|kike|spic|dyke|shemale)',
  }),
];

// Sexual -------------------------------------------------------------------------------------

const sexual: Detector[] = [
  rule({
    id: 'risk.sexual.image_request',
    type: 'sexual',
    severity: 5,
    description:
      'Asking for nude, sexual or undressed pictures or videos ("send nudes", "pic of you in your bra").',
    reason:
      'Asks for sexual or undressed images. If a young person is involved this is child sexual abuse material: do not view or forward images; report to the designated safeguarding lead now.',
    examples: [
      'send nudes',
      'can i see a pic of u in ur bra',
      'send me a vid without your top on',
      'do a video for me with nothing on',
    ],
    pattern:
      '(?:(?:asked|asks|asking|wants|wanted|keeps asking) (?:me |her |him )?for (?:pics|pictures|photos|videos|vids|selfies) (?:of me |of her |of him )?in (?:my|her|his) (?:swimming costume|swimsuit|cossie|bikini|underwear|pants|knickers|bra|pyjamas|pjs|nightie|towel|leotard|school uniform)|(?:asked|asks|asking|told|tells|wanted|wants|pressured|pressuring|pressures|begging|begged|persuaded|trying to get|tried to get) (?:her|him|me|them|yp|my (?:daughter|son|sister|friend)) (?:to )?(?:send|take|share|make|post) (?:{w2})?(?:topless|naked|nude|sexy|explicit|indecent|intimate|revealing|rude|dirty|underwear|sexual) (?:photos?|pics?|pictures?|images?|videos?|vids?|selfies?)|(?:send|sen|snd|show|give|share|gimme|want|need|can i (?:have|get|see)|let me see|i wanna see|i want to see|drop|trade|swap|any|got any) (?:me |us )?(?:some |a |an |more |ur |your |yo |another |few |a few |)?(?:nudes?|noods?|nudez|naked (?:pics?|photos?|selfies?|vids?|videos?|pictures?)|sexy (?:pics?|photos?|selfies?|vids?|pictures?)|dirty (?:pics?|photos?|vids?)|spicy (?:pics?|photos?|vids?)|body pics?|tit pics?|boob pics?|ass pics?|bum pics?|booty pics?|feet pics?)|(?:pic|pics|photo|photos|picture|pictures|selfie|selfies|vid|vids|video|videos) (?:(?:of (?:you|u|urself|yourself|ya)|for (?:me|us|him|her)|4 me) ){0,2}(?:in (?:(?:your|ur|the|ya|just your|just ur) )?(?:bra|underwear|pants|knickers|bikini|boxers|towel|shower|bath|bed|pjs|pyjamas|thong|undies|swimsuit|school uniform)|without (?:your|ur|any|ya) (?:clothes|top|shirt|bra|pants|knickers|trousers)|with (?:nothing|no clothes|ur top off|your top off) on|with (?:your|ur) (?:top|clothes|bra|shirt) off|naked|topless|nude|showing (?:your|ur|ya) (?:body|boobs|chest|bum|ass|tits|legs|thighs|dick|belly))|(?:send|show) (?:me )?(?:your|ur|ya) (?:body|boobs|tits|chest|bum|ass|dick|cock|privates|thighs)|(?:pic|pics|photo|photos|picture|pictures|selfie|selfies|vid|vids|video|videos) of (?:your|ur|ya) (?:body|boobs|tits|chest|bum|ass|dick|cock|privates|thighs|bits)|(?:send|show) (?:me )?(?:something|smth|sth|summat|somethin) (?:sexy|spicy|naughty|dirty|hot|x-rated|nsfw)|(?:ask(?:s|ed|ing)?|keeps? asking|kept asking|wants?|wanted|begs|begged|begging|pressures|pressured|pressuring|nags|nagging) (?:me|her|him|us|u|you) (?:for|to send|to take|to send him|to send her) (?:some |a |an |more |loads of )?(?:pics?|photos?|pictures?|selfies?|vids?|videos?) (?:of (?:me|her|him|myself|herself|himself) )?(?:in (?:my|her|his|their|your|ur|just my|just her) (?:bra|underwear|pants|knickers|bikini|boxers|towel|shower|bath|bed|pjs|pyjamas|thong|undies|swimsuit)|without (?:my|her|his|any|their) (?:clothes|top|shirt|bra|pants|knickers|trousers)|naked|topless|nude)|(?:ask(?:s|ed|ing)?|keeps? asking|kept asking|wants?|wanted|told|tells|telling|made|makes|pressured|pressures|pressuring|begged|begs|begging|tried to get|trying to get) (?:me|her|him|us|u|you) (?:to )?(?:video|film|record|photograph|livestream|take (?:a )?(?:pics?|photos?|pictures?|videos?|vids?|selfies?) of) (?:myself|herself|himself|themselves|{yourself}|me|her|him) (?:in (?:my|her|his|the|their|{your}) (?:bra|underwear|pants|knickers|bikini|boxers|towel|shower|bath|bed|pjs|pyjamas|thong|undies|swimsuit)|naked|topless|nude|undressed|undressing|getting changed|changing|without (?:my|her|his|any|their|{your}) (?:clothes|top|shirt|bra|pants|knickers|trousers))|(?:ask(?:s|ed|ing)?|keeps? asking|kept asking|wants?|wanted|told|tells|made|makes|pressured|pressures|begged|begs|tried to get|trying to get) (?:me|her|him|us|u|you|them) (?:to )?(?:do|doing) (?:stuff|things|it|sexual (?:stuff|things)|rude (?:stuff|things)|dirty (?:stuff|things)) (?:on|over|in front of (?:the|a)|for (?:the|his|her)) (?:camera|cam|webcam|video|video call|facetime|live|stream|livestream)|(?:ask(?:s|ed|ing)?|keeps? asking|kept asking|wants?|wanted|begs|begged|pressures|pressured) (?:(?:me|her|him|us|{you}) )?(?:to send (?:him |her |them )?|for )(?:a |some |more )?(?:pics?|photos?|pictures?|selfies?|vids?|videos?) of (?:my|her|his|{your}) (?:feet|legs|body|bum|ass|boobs|chest|thighs|belly|stomach|privates|bits|lips|bra|underwear|knickers|pants)|(?:video|film|record|photograph) {yourself} (?:in (?:the|{your}) (?:shower|bath|bed|underwear|bra|pants|knickers|towel)|naked|topless|nude|undressing|getting changed)|(?:pay|give|send) (?:you|u|ya)(?: (?:£ ?\\d+|\\d+ ?(?:quid|pounds|£)|money|cash|robux|v-?bucks|a gift ?card))? (?:for|4) (?:a |some |more |ur |your )?(?:pics?|photos?|pictures?|selfies?|vids?|videos?|nudes)|(?:pics?|photos?|pictures?|nudes|vids?) (?:for|4) (?:£ ?\\d+|\\d+ ?(?:quid|pounds)|money|cash|robux|v-?bucks))',
  }),
  rule({
    id: 'risk.sexual.explicit',
    type: 'sexual',
    severity: 4,
    description: 'Explicit sexual words and acts (nudes, sexting, horny, porn, sex acts, "have sex").',
    reason:
      'Contains explicit sexual content. Consider the ages involved: sexual messages to or between under-18s are a safeguarding concern.',
    examples: ['ur making me horny', 'wanna have sex', 'do u sext', 'he showed us porn'],
    pattern:
      "(?:talk(?:ing|s)? dirty (?:to|with) (?:{you}|me)|(?:asked|told|wanted|made|makes|asks|tells|wants|got|gets) (?:me|her|him) to (?:{w6})?(?:take (?:my|her|his|their) (?:clothes|top|pants|knickers|trousers|bra|shirt|skirt) off|get undressed|undress|strip|get naked)|(?:{your} |his |her |their |the )?(?:messages|texts|chats|dms|convos?|conversations?|snaps|comments|calls) (?:{w1})?(?:got|get|gets|getting|turned|turn|turning|became|become|started (?:getting|being)|went) (?:{intens} )?(?:sexual|dirty|rude|sexy|explicit|inappropriate|x-rated)|(?:did|done|doing|do|have done|'ve done|ve done) (?:stuff|things|it|sexual stuff|sex stuff|everything|sexual things) with (?:him|her|them|a (?:man|guy|lad|bloke|woman|older (?:guy|man|boy|lad|girl)))(?: (?:{w2})?(?:in (?:his|her|their) (?:car|van|flat|house|room|bed)|at (?:his|her|their) (?:house|flat|place))| (?:{w4})?(?:and |but )?(?:he|she|they)(?:'s| is| are|s) (?:like |nearly |about |over |literally |already )?(?:1[89]|[2-6]\\d)(?![0-9:./£%-]))|(?:webcam|cam) (?:stuff|work|shows?|videos?|sessions?) (?:for|4) (?:money|cash|men|tips|gifts|£)|(?:does|do|doing|did|started|starting|start|selling on|sells on|got) (?:an? )?(?:onlyfans|only fans|fansly|camming|webcam (?:stuff|shows|work))|lose (?:it|{your} virginity|my virginity|our virginity) (?:with|to) (?:me|{you}|each other)|(?:take|taking|have|get|want) {your} virginity|(?:paid|pay|pays|paying|get paid|gets paid|getting paid|got paid|money|cash|£\\d+) (?:me |her |him |them |us )?(?:to|for) (?:send|sending|sends|share|sharing|post|posting) (?:{w1})?(?:nudes|noods|(?:pics|photos|vids|videos|pictures|selfies) of (?:myself|herself|himself|themselves|me|her|him|{yourself}|{you})|(?:sexy|naked|dirty|spicy|private) (?:pics|photos|vids|videos|pictures|selfies))|(?:sell|sells|selling|sold) (?:her |my |his |their )?(?:pics|photos|nudes|vids|videos|pictures|selfies|content) (?:to|for|on) (?:men|older men|old men|guys|blokes|strangers|older guys|onlyfans|money|cash)|(?:send|sending|sends|sent) (?:{w1})?(?:pics|photos|nudes|vids|videos|pictures|selfies) (?:of (?:herself|himself|myself|me|her|him) )?to (?:men|older men|old men|grown men|blokes|strangers|older guys|old guys)|nudes|noods|(?:get|got|make|made|trying to get|tried to get|wants?|wanted|asks?|asked|asking|tells?|told|pressures?|pressured|pressuring) (?:me|her|him) (?:to )?(?:undress|strip|get undressed|get naked|take (?:my|her|his) clothes off)|(?:what|wat) (?:(?:would|wud|will|do) {you}|{you}(?:'d|d| would)) let me do (?:to|with) {you}|(?:what|the things|stuff) (?:i|he|she|they) (?:want|wants|wanna|would like|would love|'d like|'d love|wanted) to do (?:to|with) (?:you|u|me|her|him)|(?:wanted|wants|asked|asks|told|tells|made|makes|tried to get|keeps asking|kept asking) (?:me|her|him) (?:to )?sit on (?:his|her|their) (?:lap|knee|knees|face)|(?:sent|sends|showed|shows) (?:me|her|us|him) (?:a |some )?(?:pics?|photos?|videos?|vids?|pictures?|selfies?) of (?:himself|herself|themselves|his body) (?:naked|with no clothes on|with nothing on|without (?:any |his |her )?clothes(?: on)?|in (?:his|her) (?:underwear|boxers|pants)|topless|nude|touching (?:himself|herself)|wanking)|(?:a|the|her|his|my|your|ur|their) nude(?! (?:colou?r|tights|lipstick|shade|heels|shoes|palette|eyeshadow|makeup|make up))|airdropped (?:a |some |loads of )?(?:nudes?|porn|dick pics?)|(?:showed|shows|showing|flashed|flashes|flashing|exposed|exposes) (?:me|us|her|him|them|everyone) (?:his|her|their) (?:thing|dick|cock|willy|penis|privates|private parts|bits|junk|boobs|tits)|(?:makes|made|making|forces|forced|pressures|pressured|keeps making|kept making) (?:me|her|him) (?:to )?send (?:him|her|them) (?:pics|photos|pictures|nudes|noods|videos|vids)|sexting|sext(?:s|ed|ing)?|dick ?pics?|d pics?|blow ?jobs?|bj|handjob|hand job|wank(?:ing|ed)?|jerk(?:ing|ed)? off|jack(?:ing|ed)? off|masturbat\\w*|porn\\w*|horny|hornyy+|cum(?:ming|med)?|orgasm\\w*|boner|hard ?on|only ?fans|titties|tits|boobs|pussy|fingering|finger(?:ed)? (?:me|you|u|her)|ride me|fuck me|fuck (?:you|u) (?:hard|so hard)|suck (?:my|ur|your|me|it|ya) (?:off|dick|cock|tits)?|sit on my (?:face|lap|dick)|get naked|naked|strip (?:for|off for) (?:me|you|u|him|her|them|people|the camera|strangers)|strip (?:off )?(?:on|over) (?:facetime|cam|camera|video|video call|live)|(?:go|get|be|come) on (?:cam|camera|facetime|video|video call|live) (?:with no|with nothing|without (?:any |your |ur |my )?)(?: clothes| top| bra| pants)? ?on|(?:with no clothes|with nothing|without (?:any )?clothes) on (?:on )?(?:cam|camera|facetime|video|a video call)|stripping for|take (?:your clothes|ur clothes|your top|ur top|your bra|ur bra|everything) off (?:for me|on cam|on camera|on facetime)|(?:asked|asks|asking|told|tells|wants|wanted|made|making|make|trying to get|tried to get|pressuring) me (?:to )?(?:take|taking) (?:my|off my) (?:top|clothes|bra|shirt|pants|knickers|underwear|trousers|skirt)(?: off)?|(?:have|had|having|wanna have|want to have) sex|sex (?:with|tape|chat|cam|video)|shag(?:ged|ging)?|(?:sleep|slept|sleeping) with (?:me|you|u|her|him)|lose (?:your|ur|my) virginity|(?:are|r) (?:you|u) (?:still )?a virgin|(?:you|u|ur|you're|youre) (?:make|making|made) me (?:so )?(?:hard|wet|horny)|turn(?:ed|s|ing)? (?:me |you |u )?on (?:so much|rn|right now)?|(?:wanna|want to|do (?:you|u) (?:want to|wanna)|u wanna|you wanna|shall i|can i|let me) (?:see|show (?:you|u)) my (?:dick|cock|willy|penis|boobs|tits|privates|body|bits)|(?:would|wud|wld) (?:you|u) smash|(?:pics?|photos?|pictures?|vids?|videos?|snaps?) of (?:his|her|their|your|ur|my) (?:dick|cock|willy|penis|boobs|tits|privates|bits|bum|ass|junk)|smash (?:her|him)|hook up with (?:me|you|u))",
    unlessAfter:
      '(?:eye|flame|chef|truth|ape|mole ?rat|lunch|education|ed\\b|and relationships education|eyed)',
    unlessNear:
      "online safety|e-?safety|assembly|workshop|parents'? (?:evening|session|briefing)|how to report|ceop|thinkuknow|childline|nspcc|pshe|rshe|curriculum|sex education|relationships and sex|rse lesson|sexual health|naked eye|naked flame|naked chef|blue tits|great tits|coal tits|great tit|birdwatching|bird watching|rspb|pornography (?:policy|filter|awareness)|filtering|web filter|turn (?:it|the|that|them) on|turned (?:it|the|that|them) on|turns on",
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      if (s === 'bj') {
        const around = text.slice(Math.max(0, m.index - 20), m.index + 20);
        if (/\b(?:bj'?s|b&j|bjs|ben and jerry)/i.test(around)) return false;
      }
      if (/^turn/.test(s) && !/\bme\b|\byou\b|\bu\b/.test(s)) return false;
      if (s === 'naked') {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
        if (/^\s+(?:eye|flame|chef|truth|ape|mole)/i.test(after)) return false;
        return 3;
      }
      if (/^(?:tits|boobs)$/.test(s)) return 3;
      // "so hard on the cupboard", "too hard on yourself": an adverb, not an erection.
      if (/^hard ?on$/.test(s)) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
        if (
          /\b(?:so|too|very|really|as|how|quite|pretty|bit|being|be|was|is|are|go|going|come|came|landed|fell|hit)\s+$/i.test(
            before,
          ) ||
          /^\s+(?:the|a|an|my|your|ur|him|her|them|it|me|us|yourself|myself|urself|each|people|kids|everyone|everybody|someone|his|their)\b/i.test(
            after,
          )
        )
          return false;
      }
      return true;
    },
  }),
  rule({
    id: 'risk.sexual.body_talk',
    type: 'sexual',
    severity: 4,
    description:
      'Sexualised questions or comments about someone\'s body, clothing or sexual experience ("what are you wearing rn", "nice body", "touch yourself").',
    reason:
      'Sexualised comment or question about someone’s body or clothes. From an adult to a young person this is a strong grooming sign.',
    examples: ['what are u wearing rn', 'what colour is ur bra', 'u have a nice body', 'are you naked'],
    pattern:
      "(?:(?:said|says|told me|tells me|keeps saying) (?:that )?i (?:have|'ve got|got|ve got) (?:a )?(?:pretty|nice|sexy|hot|lovely|beautiful|great|fit|perfect) body|(?:sexy|dirty|rude|naughty) (?:dances?|dancing|poses?|moves)|(?:what|wat|wot|wht) (?:are|r) {you} wearing (?:rn|right now|now|in bed|under(?:neath)?|tonight\\?)|(?:wish i could|wanna|want to|i'd love to|id love to|let me|can i|could i) see (?:a bit |a lot |loads |much |way )?more(?: of (?:you|u|ya|ur body|your body|that))?(?: ?(?:;\\)|;-\\)|😏|😉|😈|🍆|💦|👅))|(?:look|looks|'d look|d look|would look|look so much) (?:so much |way |even )?(?:better|hotter|sexier|fitter|nicer) (?:without|with no|with nothing) (?:(?:my|{your}|her|any) )?(?:top|clothes|bra|shirt|dress|skirt|pants|knickers|trousers|on)|show me (?:what'?s|whats|wats|what is|what {youre} wearing|what {you} (?:have|got|wear)(?: on)?) (?:under|underneath|beneath) (?:that|there|{your} (?:clothes|top|skirt|dress|hoodie|shirt|uniform|jeans|trousers|towel))|(?:what|wat|wot) (?:are|r) {you} wearing\\??$|(?:what|wat|wot) colou?r (?:is|are|r) {your} (?:bra|underwear|pants|knickers|boxers|thong|undies)|(?:can i|could i|let me|i wanna|i want to|i'd love to|i would love to|wanna|want to) see {you} (?:in (?:your|ur|just your|just ur) (?:underwear|bra|pants|knickers|boxers|thong|undies|bikini|towel|pjs)|naked|nude|topless|with (?:no|nothing|your top off|ur top off)(?: clothes)? on|without (?:your|ur|any) (?:clothes|top|shirt|bra|pants))|(?:what|wat|wot|which) (?:colou?r |kind of |type of |sort of |size )?(?:bra|underwear|pants|knickers|boxers|thong|undies) (?:are|r|do|have|did) {you} (?:wearing|wear|got on|have on|on|wore|put on)|(?:are|r) {you} (?:naked|nude|topless|in the (?:shower|bath)|wearing anything|in (?:your|ur) (?:underwear|bra|pants|knickers|pjs)|wearing (?:any |a )?(?:underwear|bra|knickers|pants|thong|undies))|{you} (?:look|looked|looking|are|r) (?:so |really |well |proper |dead )?(?:sexy|hot) (?:in|with|without)|(?:nice|great|amazing|hot|sexy|fit|peng) (?:body|figure|legs|bum|ass|boobs|tits|chest|lips|curves|thighs)|{your} body (?:is|looks|'s) (?:{intens} )?(?:amazing|perfect|hot|sexy|fit|banging|peng|gorgeous|unreal)|(?:hot|sexy|fit|peng|curvy|stacked|developed) for (?:{your} |a |an )?(?:age|(?:1[0-7]|[1-9]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?:[- ]?(?:year[- ]?old|yr old|yo|y\\/o))?)(?! ?(?:degrees|minutes|mins|hours|seconds|quid|pounds|£|%|miles|km|laps|games|matches))|(?:want|wanna|wana|would love|'d love|d love|going|gonna|{ill}|i'd|id|i would|let me|can i) (?:to )?do (?:(?:dirty|naughty|bad|nasty|rude|sexy|sexual|unspeakable) )?(?:things|stuff|so much|so many things) to {you}|(?:dirty|naughty|rude|sexy|sexual|unspeakable) (?:things|stuff) (?:with|to) {you}|{youre} (?:{intens} )?(?:sexy|so hot|fucking hot)|show me {your} (?:body|boobs|chest|bum|ass|tits|dick|legs|belly|thighs)|touch (?:{yourself}|urself|your ?self|yourself|ur body|your body|your boobs|ur boobs|your privates|ur privates|your dick|ur dick|my dick|my body)|i (?:want|wanna|wana|would love|'d love|d love) to (?:touch|kiss|feel|lick|see) (?:{your} (?:body|lips|neck|boobs|bum|legs|thighs)|{you} all over|{you} naked|every inch)|have {you} (?:ever )?(?:had sex|done it|done stuff|been touched|touched (?:yourself|urself|a boy|a girl)|given head|sent nudes)|(?:bra|underwear|knickers|boxers|thong) size|(?:what's|whats|wats|what is) the furthest {you}(?:'ve| have|ve)? (?:gone|been|done|got) (?:with|wiv)|(?:what|how far) (?:have|did|has) {you} (?:done|do|gone|go|been) (?:with|wiv) (?:him|her|them|{your} (?:boyfriend|girlfriend|bf|gf|ex)))",
    unlessAfter:
      'to (?:the|prom|school|tomorrow|tmrw|the party|the disco|the wedding|formal|the ball)|for (?:the|prom|tomorrow|tmrw|non uniform|world book day)|tomorrow|tmrw|on (?:saturday|sunday|monday|friday|the trip)|at (?:the|prom)',
  }),
  rule({
    id: 'risk.sexual.invitation',
    type: 'sexual',
    severity: 4,
    description:
      'Inviting someone round or out for sex, in hints ("come over and do stuff 😏, my parents are out", "link up and hook up").',
    reason:
      'Invites someone to meet for sex or sexual contact. From an adult, or between young people of very different ages, this is a safeguarding concern.',
    examples: ['u wanna come over and do stuff, my parents are out 😏', 'come round mine and hook up'],
    pattern:
      '(?:come (?:over|round|around)(?: (?:to )?(?:mine|my (?:house|room|flat|place)))?|come to (?:mine|my (?:house|room|flat|place))|wanna come over|meet up|link up|come to my car) (?:and |to |n )?(?:do stuff|do things|mess around|fool around|have (?:some )?fun|do it|hook up|get with me|get off with me|chill in my (?:bed|room))',
    accept: (m, text) =>
      /\b(?:hook up|get with me|get off with me|do it|in my (?:bed|room))\b/i.test(m[0]) ||
      /(?:😏|😈|😉|🍆|💦|👅|;\)|\b(?:parents|mum|mam|mom|dad)(?:'s| is| are| r|s)? (?:out|away)\b|\bno ?one(?:'s| is|s) (?:home|in)\b|\bhome alone\b)/i.test(
        text,
      ),
  }),
  rule({
    id: 'risk.sexual.sextortion',
    type: 'sexual',
    severity: 5,
    description: 'Threats to share images unless the person sends more, pays or complies (sextortion).',
    reason:
      'Looks like sextortion: a threat to share images unless the person complies. Treat as urgent; reassure the young person it is not their fault and follow your procedure.',
    examples: ["send more or i'll post them", 'if u dont pay me ill send ur pics to everyone'],
    pattern:
      "(?:{ill}|(?:he|she|they)(?:'ll| will| is gonna| are gonna| is going to| are going to)|(?:he|she|they) (?:said|says|told me) (?:he|she|they)(?:'ll| will| would)) (?:{w1})?(?:post|share|send|leak|show|expose|forward|upload|put up|spread) (?:all )?(?:{your} |my |her |his |the |those |these |all the |all {your} )?(?:pics?|photos?|nudes|noods|vids?|videos?|pictures?|screenshots?|snaps?|them)(?:[^.!?\\n]{0,40}?) (?:unless (?:{you}|i|we)|if {you} (?:don't|dont|do not|won't|wont|will not|refuse|block|tell|stop|ignore|leave|say no)|if i (?:don't|dont|do not|won't|wont) (?:get|meet|see|come|do|send)|or else|otherwise)|(?:send|pay|give|do (?:it|what i say)) (?:{w3})?(?:or|otherwise|or else) (?:everyone|everybody|(?:your|ur) (?:mum|mam|mom|dad|parents|family|friends|mates|school|class|teachers?)|the whole (?:school|year|class|internet)|all (?:your|ur) (?:friends|mates|followers)) (?:sees|see|will see|gonna see|is gonna see|are gonna see|finds out|find out|will find out|will know|knows|gets them|get them|gets it|get it|will get them|will get it)|if {you} (?:don't|dont|do not|won't|wont|refuse to) send (?:me )?(?:a |some |more |another |any )?(?:pics?|photos?|pictures?|nudes|noods|vids?|videos?)(?: of (?:{yourself}|{you}))?,? (?:{ill}|i will|i'll) (?:tell|show|send|post|expose|out)|if (?:i|she|he|we) (?:don't|dont|do not|doesn't|doesnt|does not|didn't|didnt|won't|wont|refuse to|refuses to|stop|stops) (?:send|sending) (?:him |her |them )?(?:more |any more |some |the )?(?:pics?|photos?|nudes|noods|vids?|videos?|pictures?|more)(?:[^.!?\\n]{0,30}?)(?:'ll|will|gonna|going to|gna|'s gonna|is gonna|is going to|s gonna) (?:send|post|share|leak|show|expose|forward|upload|put)|(?:or|unless|otherwise|or else|if {you} (?:don't|dont|do not|won't|wont|will not|refuse)|if (?:you|u) (?:don't|dont) (?:send|pay|do))(?:[^.!?\\n]{0,40}?)(?:send|post|share|leak|show|expose|forward|upload|put)(?:[^.!?\\n]{0,30}?)(?:pics?|photos?|nudes|noods|vids?|videos?|pictures?|screenshots?|them(?: (?:to|on|online|everywhere))?|it (?:to|on|online|everywhere)|ones? (?:to|on|online|everywhere|with)|ones? {you} (?:sent|gave|did))",
    accept: (m, text) => {
      const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40).toLowerCase();
      // "if i dont send more he's going to post them" carries its threat within the match.
      if (/^if (?:i|she|he|we) /i.test(m[0])) return true;
      // "he'll post the video if i don't meet him": the demand is in the match.
      if (/\bif i (?:don'?t|dont|do not|won'?t|wont) (?:meet|see|come|do|send)\b/i.test(m[0])) return true;
      // Needs an explicit threat or payment demand, not a staff reminder about sending photos.
      return /\b(?:i'?ll|ill|i will|im gonna|i'm gonna|ima|everyone|everybody|ur (?:mum|dad|parents)|your (?:mum|dad|parents)|pay|£|money|more|nudes|noods|naked|whole school)\b/.test(
        around,
      );
    },
  }),
  rule({
    id: 'risk.sexual.abuse_disclosure',
    type: 'sexual',
    severity: 5,
    description:
      'Someone describing being touched sexually, made to touch someone, or raped or assaulted ("he touched me down there", "he made me touch him").',
    reason:
      'May be a disclosure of sexual abuse. Listen, do not ask leading questions or investigate, write down their words and tell the designated safeguarding lead now.',
    examples: [
      'he touched me down there',
      'he tried to make me touch him',
      'my uncle puts his hand in my pants',
      'i think i was raped',
    ],
    pattern: `(?:(?:made|making|make|created|creating|edited|photoshopped|generated|put) (?:a |some )?(?:fake |ai |deepfake |edited )?(?:nudes?|naked (?:pics?|photos?|pictures?|images?|videos?)|porn|deepfakes?) (?:of|with) (?:me|her|him|my face|her face|his face)|(?:deepfake|ai) (?:nudes?|porn)|(?:nudify|undress) app|(?:woke up|wake up|woken up|was asleep|fell asleep) (?:{w3})?(?:and|to find|when|while) (?:he|she|they|someone|somebody|my [a-z]+)(?:'s| was| were| is| kept)? (?:{w1})?(?:touching|feeling|rubbing|kissing|on top of|in bed with|undressing|taking (?:photos|pics|pictures) of) (?:me|my)|(?:passing|passed|sending|sent|sharing|shared|posting|posted|spreading|spread|airdropping|airdropped) (?:round |around )?(?:a |the |that |this )?(?:video|vid|pic|pics|photo|photos|picture|pictures|clip) of (?:her|him|me|them|[a-z]+) (?:{w1})?(?:in the (?:toilets?|shower|showers|changing rooms?|bath)|naked|undressed|getting changed|with no (?:clothes|top)|topless|nude|doing stuff|having sex)|${ABUSER} (?:{w6})?(?:did|does|doing|done|do|has done|keeps doing|kept doing) (?:things|stuff|something|bad things|horrible things|rude things|sexual things|naughty things) to me|(?:made|makes|forced|forces|tried to make|told) me (?:to )?(?:lie|lay) (?:down )?(?:on|in) (?:the|his|her|their|my) bed|${ABUSER}(?: (?:keeps|kept|always|still|has been|used to|would|sometimes))? (?:watches|watched|watching|looks at|looked at|stares at|stared at) (?:me|her|him|us) (?:get|getting) (?:changed|dressed|undressed)|(?:filmed|recorded|videoed|took (?:pics|photos|pictures|a video|videos) of) (?:me|her|him|us|them) (?:{w4})?(?:doing stuff|doing it|having sex|naked|undressed|with no clothes on|in the (?:shower|bath)|getting changed|getting undressed)|${ABUSER} (?:{w2})?(?:comes|come|came|coming|walks|walked|walking|barges|barged|keeps coming|keeps walking) (?:in|into) (?:the |my |her |his )?(?:bathroom|shower|bedroom|room) (?:{w1})?(?:when|while|whenever) (?:i'?m|i am|im|she'?s|she is|he'?s|he is|they'?re|they are) (?:in the (?:shower|bath)|washing|showering|having a (?:bath|shower)|getting (?:changed|dressed|undressed)|changing|naked|undressed)|(?:rubbing|rubbed|rubs|pressing|pressed|presses|grinding|grinded|grinds) (?:himself|herself|his (?:body|crotch|thing|dick)|up) (?:against|on) (?:me|her|my|us)|(?:sleeping|slept|sleeps|having sex|had sex|has sex|shagging|shagged) with (?:a |an |this |some )?(?:older (?:guy|man|boy|lad|girl|woman)|grown (?:man|woman)|(?:1[89]|[2-5]\\d)[- ]?(?:year[- ]old|yr old|yo|y\\/o))|(?:${ABUSER}|and)(?: (?:keeps|kept|always|still|has|had|has been|was|is|tried to|tries to|keeps trying to|wanted to|wants to|started|starts|used to|would|sometimes|once|then|just|even)){0,3} (?:touch(?:es|ed|ing)?|grab(?:s|bed|bing)?|feel(?:s|ing)?|felt|rub(?:s|bed|bing)?|kiss(?:es|ed|ing)?) (?:me|my|us)(?: (?:{w2})?(?:down there|private(?:s| parts| bits)?|bits|bum|boobs|chest|breasts?|between my legs|waist|thighs?|inner thigh|hips?|under my (?:clothes|skirt|top|pants|knickers|shirt|dress|pyjamas|pjs)|in my (?:pants|knickers|bed|sleep)|inappropriately|where i (?:didn't|did not) want|(?:when|while) i(?:'m| am|m| was) asleep|(?:when|while) (?:my )?(?:mum|mam|mom|dad|parents|nan|gran|carer|no ?one|nobody)(?:'s| is| are|s)? (?:at work|out|away|not (?:home|in|there|around|looking)|asleep|in bed|at the shops|gone out)|(?:when|while) (?:we're|we are|were|i'm|im|i am) (?:alone|on our own|by ourselves|on my own|home alone)|(?:and|then) (?:tried to |started to |keeps trying to )?(?:touch|touched|feel|felt|grab|grabbed|rub|rubbed) (?:my [a-z]+|me)|in (?:the|his|her|their) (?:car|van|room|flat|house|office)|(?:when|while|whenever) (?:no ?one|nobody|no1)(?:'s| is|s)? (?:in|home|around|about|there|looking|watching)|and i (?:didn't|did not|don't) (?:like|want) it))|(?:made|makes|forced|forces|tried to make|tries to make|keeps making|kept making|pressured|pressures|pressuring|wanted|wants|asked|asks|told|tells|got|gets) me (?:to )?(?:touch|rub|suck|lick|feel|play with|kiss) (?:him|her|them|(?:his|her|their) ${PRIVATE_PARTS})(?! (?:hand|arm|hair|head|back))|(?:made|makes|forced|forces|tried to make|tries to make|keeps making|kept making|pressured|pressures|pressuring|got|gets) me (?:to )?(?:do|doing) (?:(?:stuff|things|it) to (?:him|her|them)|(?:sexual|sex|dirty|rude) (?:stuff|things)|(?:stuff|things) i (?:didn't|did not|don't|do not) (?:want(?: to)?|like)(?= ?(?:[,.!?]|$|and|but|with|to (?:him|her|them)|x)))|(?:raped|r[*@]ped|r[*@]{2}ed|molested|groped|sexually (?:assaulted|abused)|abused me sexually|fingered|touched up|flashed) (?:me|us|her|him|them|my (?:sister|brother|friend|mate|cousin|little sister|little brother|best friend|bestie|girlfriend|boyfriend))|(?:i|we|she|he|they) (?:was|were|got|have been|'ve been|has been|'s been|think i was|think i got|might have been|may have been) (?:raped|r[*@]ped|r[*@]{2}ed|molested|groped|sexually (?:assaulted|abused)|touched up|abused)|(?:touch(?:es|ed|ing)?|kiss(?:es|ed|ing)?|grab(?:s|bed|bing)?|feel(?:s|ing)?|felt) (?:me|my [a-z]+) (?:{w4})?(?:and|then|but) (?:he |she |they )?(?:told|tells|said|says|made me promise|warned) (?:me )?(?:not to|to not|never to|i can't|i cannot|i mustn't|i shouldn't|i'm not allowed to|im not allowed to) (?:tell|say)|${ABUSER}(?: (?:keeps|kept|always|still|has been|used to|would|sometimes))? (?:watches|watched|watching|films|filmed|filming|peeps at|peeped at|looks at|stares at|spies on|spied on) (?:me|her|him|us) (?:in the (?:shower|bath)|getting (?:changed|dressed|undressed)|undress(?:ing)?|changing|naked|when (?:i'm|im|i am|she's|shes|he's|hes) (?:in the (?:shower|bath)|changing|getting changed))|${ABUSER}(?: (?:keeps|kept|always|still|has been|used to|would|sometimes))? (?:coming|comes|came|walks|walking|walked|barges|barging) (?:in|into (?:my room|the bathroom)) (?:when|while|whenever) (?:i'm|im|i am|i was|i'm in|im in) (?:in the (?:shower|bath)|getting (?:changed|dressed|undressed)|undressed|naked|in bed|asleep)|(?:put|puts|putting|stuck|sticks|keeps putting) (?:his|her|their) (?:hands?|fingers?) (?:down|in|inside|up|under) (?:my|me) (?:pants|knickers|trousers|top|skirt|shirt|bra|dress|clothes|pyjamas|pjs|shorts))`,
    accept: (m, text) => {
      // Gamers' slang ("we got raped 5-0", "raped in fortnite") is offensive but not a disclosure.
      if (/\b(?:raped|rape)\b/i.test(m[0])) {
        const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
        if (SPORT_WORD.test(around)) return false;
      }
      return true;
    },
  }),
];

// Grooming -----------------------------------------------------------------------------------

const grooming: Detector[] = [
  rule({
    id: 'risk.grooming.secrecy',
    type: 'grooming',
    severity: 4,
    description:
      'Asking a young person to keep contact secret from parents, carers or staff ("don\'t tell your mum", "our little secret", "keep this between us").',
    reason: 'Asks for secrecy about the contact. Secrecy is one of the strongest early signs of grooming.',
    examples: [
      'dont tell ur mum we talk',
      "it's our little secret",
      'keep this between us ok',
      "don't tell anyone about us",
    ],
    pattern:
      "(?:(?:told|tells|telling|warned|made) (?:her|him|them|yp|my (?:daughter|son|sister|brother|friend)) (?:promise )?(?:not to|to not|never to|she mustn't|he mustn't) (?:tell|say|mention)|(?:how many people|who else|who|does anyone|does any ?one|do {your} (?:parents|friends|mates)|does {your} (?:mum|mam|mom|dad|sister|brother|family)) (?:else )?(?:knows?|know about|has seen) (?:that )?(?:{you} (?:talk|talking|chat|chatting|speak|speaking|message|messaging|text|texting) (?:to|with) me|about (?:us|me|our chats))|(?:{dont}|never|don't ever|dont ever|{you} (?:can't|cant|cannot|mustn't|mustnt|must not|shouldn't|shouldnt|better not)|better not|mustn't|must not) (?:tell|say (?:anything )?to|show|mention (?:this |it |us |me )?to|let) (?:{anyone}|{your} {family}|{family}|(?:the|ur|your) (?:teachers?|police|staff|leaders?|youth workers?|coaches|school|mods|moderators))(?: (?:about|bout|abt) (?:us|this|me|what|our|it|the (?:pics|photos|messages|chats)))?|(?:our|a|ur|your|my) (?:little |lil |special |own |secret )?secret(?! santa| garden| service| seven| level| code| recipe| weapon| ingredient)|(?:keep|keeping|kept|keeps) (?:this|it|that|us|what we (?:do|did|talk about|said|have)|our (?:chats?|convos?|messages?|friendship|relationship|thing|talks?)|this chat|these chats) (?:a )?(?:secret|private|quiet|on the down ?low|on the dl|hush hush|between (?:us|you and me|me and you|u and me|me and u|ourselves|us two))|(?:this|it|that|everything|what we (?:do|say|talk about)) (?:stays|is|has to stay|must stay|needs to stay|should stay) (?:just )?between (?:us|you and me|me and you|u and me|me and u|ourselves|us two)|just between (?:us|you and me|me and you|u and me|me and u|us two)(?! and)|i (?:won't|wont|will never|'d never|d never|would never|promise not to|promise i won't|promise i wont) tell (?:anyone|any ?body|any1|{your} (?:mum|mam|mom|dad|parents|family|teachers?))(?: (?:about (?:us|this|what we)|what we|if {you}))?|if {you} (?:ever )?(?:tell|say anything to|show|grass to|snitch to) (?:{anyone}|{your} {family}|{family}|the (?:police|teachers?|staff)) (?:{w2})?(?:{ill}|you'll|ull|you will|i'm gonna|im gonna|ima|imma)|(?:no ?one|nobody|no1|no body) (?:needs|has|have|got|else needs|else has) to know|{your} (?:mum|mam|mom|dad|parents|family|teachers?|carers?) (?:doesn't|doesnt|does not|don't|dont|do not) (?:need|have) to know|(?:no ?one|nobody|no1|they|{your} (?:mum|mam|mom|dad|parents|teachers?|family)|the police)(?:'ll| will| would|'d|d| is ever going to| is gonna| are gonna|'s gonna|s gonna|'re gonna|re gonna) (?:never |not |ever )?believe {you}(?= ?(?:[,.!?]|$|over me|anyway|if|when|cos|because|x))|(?:they|{your} (?:mum|mam|mom|dad|parents|family|teachers?)|people) (?:wouldn't|won't|would not|will not|don't|dont|wouldnt|wont) understand (?:us|what we have|our|about us|this)?)",
    unlessNear: PEER_SECRET,
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      // "don't tell anyone but I got a new phone" is gossip; secrecy about *us* or from adults matters.
      if (
        /(?:^|\s)(?:any ?one|any ?body|any1|people|others|the others|friends|mates|bestie|best friend)$/.test(
          s,
        )
      ) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        // "don't tell anyone but i'm ..." is the writer confiding, not asking secrecy of them.
        if (/^\s*(?:,\s*)?but\s+(?:i|i'?m|im|i've|ive)\b/i.test(after)) return false;
        if (/^\s*(?:but|lol|haha|😂|🤣)/i.test(after)) return 2;
      }
      if (/secret$/.test(s) && /^(?:a|my)\b/.test(s)) {
        // "it's a secret" or "my secret" are weaker than "our little secret".
        return /^(?:a|my)\s+(?:little|lil|special)\b/.test(s) ? 3 : false;
      }
      return true;
    },
  }),
  rule({
    id: 'risk.grooming.delete_evidence',
    type: 'grooming',
    severity: 4,
    description:
      'Asking for messages or chats to be deleted, or using disappearing messages, so no one sees them.',
    reason: 'Asks for messages to be deleted or hidden, which is a common way abusers avoid being found out.',
    examples: ['delete these messages after', 'make sure u clear our chat', 'turn on disappearing messages'],
    pattern:
      "(?:(?:delete|del|clear|wipe|unsend|remove|hide|get rid of) (?:this|these|the|our|all (?:the|our|these|my|of (?:this|these|our|my))|ur|your|my|them|it|everything|any) ?(?:msgs?|messages?|chats?|convos?|conversations?|texts?|dms?|pics?|photos?|history|chat history|snaps?|it|them|everything|this)?(?: (?:after|once|when|so|before|right|now|straight|as soon as|asap|tonight|today|later|every night|every time|each time|after you|after u|after reading|when you've|when uve|so no ?one|so nobody|so ur|so your|before ur|before your))|(?:turn on|use|put on|switch on|set) (?:disappearing|vanish) (?:messages|mode|msgs)|vanish mode|make sure (?:you|u) (?:delete|clear|wipe|hide)|^(?:pls |please |and )?(?:delete|del|clear|wipe|unsend) (?:this|our|these|the|ur|your) (?:chat|convo|conversation|messages?|msgs?|texts?|dms?|chat history)(?![a-z])(?! (?:for|from|in|on|of) )|(?:remember|don't forget|dont forget|make sure|always) (?:to )?(?:delete|del|clear|wipe|unsend) (?:our|my|these|the|all (?:our|my|the)) (?:msgs?|messages?|chats?|convos?|conversations?|texts?|dms?|snaps?|chat history))",
    unlessNear:
      'spam|phishing|scam|virus|junk|duplicate|by mistake|wrong chat|wrong group|typo|accidentally sent|sent (?:it|this) to the wrong|draft|old photos|storage|camera roll|phone storage|cloud|icloud|memory|full',
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      if (/^(?:turn on|use|put on|switch on|set|vanish|make sure)/.test(s)) return true;
      // Bare "delete this now" needs a reason to hide: from whom, or immediately after reading.
      const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 60).toLowerCase();
      // Handing over a way to talk elsewhere while asking for the chat to go is a reason too.
      return /\b(?:no ?one|nobody|mum|mam|mom|dad|parents?|teachers?|staff|sees?|see it|finds?|find out|reading|read it|after|once|so they|secret|between us|our chat|our chats|our messages|these messages|our convo|my (?:new )?(?:number|num|snap|insta|whatsapp)|text me|call me|message me)\b/.test(
        around,
      );
    },
  }),
  rule({
    id: 'risk.grooming.maturity_flattery',
    type: 'grooming',
    severity: 4,
    description:
      'Flattery about being mature or older than their age ("so mature for your age", "not like other girls", "age is just a number").',
    reason:
      'Flatters a young person about being mature or older than their age. Adults use this to make a relationship feel acceptable.',
    examples: [
      'ur so mature for ur age',
      "you're not like other girls",
      'age is just a number',
      'u seem way older than 13',
    ],
    pattern:
      "(?:(?:mature|grown[- ]?up|wise|sensible|smart|clever|developed|advanced|old|pretty|beautiful|gorgeous|hot|fit|cute|sexy|stunning|fine|peng) (?:for|beyond) (?:{your} |a |an |ur )?(?:age|years|(?:\\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?:[- ]?(?:year[- ]?old|yr old|yo|y\\/o))?(?! ?(?:degrees|minutes|mins|hours|seconds|quid|pounds|£|%|miles|km|laps|games|matches)))|(?:not like|nothing like|different (?:from|to|than)) (?:other|most|the other|all the other) (?:girls|boys|kids|people|children|lads|lasses|teens|teenagers)(?: {your} age)?|{youre} (?:so|really|very|way|actually|such a|proper) (?:mature|grown[- ]?up)(?: person| girl| boy| young (?:woman|man|lady))?(?! about| of you| for doing| to (?:say|admit|apologise))|(?:seem|act|look|sound|talk|come across|are|{youre}) (?:(?:so|much|way|a lot|really|loads|well|soo+) ){0,2}(?:older|more mature|more grown[- ]?up) (?:than|for) (?:{your} age|\\d{1,2}|a \\d{1,2}|most|other|the other|girls|boys|kids|people|ur|your|you are|u are|ur age)|{you} (?:don'?t|dont|do not) (?:seem|act|look|sound|talk like|come across as) (?:\\d{1,2}|{your} age|like a (?:kid|child|little girl|little boy|\\d{1,2} year old)|that young|young)|age (?:is|'s) (?:just|only) (?:a|a stupid) number|(?:our |the )?age (?:difference|gap) (?:doesn't|doesnt|does not|don't|dont|shouldn't|shouldnt|won't|wont) (?:matter|mean anything|count|change anything)|(?:mature|grown[- ]?up) enough (?:to|for) (?:{w3})?(?:relationship|date|decide|understand|keep a secret|be with|handle))",
    accept: (m, text) => {
      // "not like other girls" is flattery only when it is about the reader, not gossip about her.
      if (/^(?:not|nothing|different)/i.test(m[0])) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        return /\b(?:you|u|ur|you'?re|youre|ya)\b[^.!?]*$/i.test(before);
      }
      return true;
    },
    // Grown-up milestones ("so grown up now, happy 18th") are congratulations, not flattery.
    unlessNear:
      'wine|cheese|whisky|whiskey|tree|trees|oak|house|building|furniture|car|dog|cat|horse|tortoise|parrot|18th|eighteenth|21st|twenty[- ]first|graduat\\w*|congrat\\w*|results|well done|proud',
  }),
  rule({
    id: 'risk.grooming.isolation',
    type: 'grooming',
    severity: 4,
    description:
      'Setting themselves up as the only one who understands the young person, or turning them against parents and friends.',
    reason:
      'Presents themselves as the only person who understands the young person. Isolating a child from family and friends is a core grooming tactic.',
    examples: [
      'i understand you better than your parents do',
      'no one gets you like i do',
      "your friends don't really care about you",
    ],
    pattern:
      "(?:if (?:{you}|u) (?:really |truly )?(?:love|loved|like|liked|care about|cared about|trust|trusted) me,? (?:{you}(?:'ll|ll| will|'d|d| would)|then) (?:{w2})?(?:meet|send|show me|keep (?:it|this|us) (?:a )?secret|delete|sneak|prove|sleep|leave|do it|come (?:over|round|to mine|to my (?:house|flat|place|room|car)))|i (?:understand|get|know|love|care about) {you} (?:better|more) than (?:{your} )?(?:parents|mum|mam|mom|dad|family|friends|mates|teachers|anyone|any ?body|they do)|(?:no ?one|nobody|no1) (?:understands|gets|loves|cares about|knows) {you} (?:like|the way|as much as) i do|i'?m the only (?:one|person) (?:who|that|that really|who really) (?:understands|gets|cares about|loves|listens to) {you}|only i (?:really |truly |actually |properly )?(?:understand|get|care about|love) {you}|{your} (?:parents|mum|mam|mom|dad|family|friends|mates) (?:don't|dont|do not|never) (?:really )?(?:care about|love|understand|get|listen to) {you}(?! like(?! (?:i|me)\\b))|{your} (?:friends|mates|parents|mum|mam|mom|dad|family) (?:are|r|is|'re|re) (?:just |only |all )?(?:jealous(?: of us| of what we have)?|fake|using {you}|against us|trying to (?:split us up|keep us apart|keep {you} from me)|not (?:real|proper) friends)(?= ?(?:[,.!?]|$|and|tbh|honestly|babe|x))|{youre} the only (?:one|person) (?:who|that) (?:really |actually |properly )?(?:gets|understands|gets|knows the real) me(?=[,.!?]| and| x|$)|i (?:won't|wont|will never|'d never|would never|don't|dont) (?:judge|tell on|shout at|get angry (?:at|with)|lecture)(?: {you})? like {your} (?:parents|mum|mam|mom|dad|family|teachers)|(?:i'm|im|i am) not like {your} (?:parents|mum|mam|mom|dad|family|teachers)|(?:i'm|im|i am) not like (?:other|the other|most|normal) (?:adults|grown ?ups|teachers|coaches|leaders|men|women|old people)|(?:unlike|not like) {your} (?:parents|mum|mam|mom|dad|family|teachers),? (?:i|i'll|i will|i'd|id|me)|{your} (?:parents|mum|mam|mom|dad|family) (?:are|is|r|'re|re) (?:too|so|way too|really) (?:strict|controlling|overprotective|protective|harsh)|(?:treats?|treat|treating) {you} like an? (?:adult|grown ?up|woman|man|proper adult)|{you} (?:can only|only) (?:trust|talk to|need) me|{you} can trust me (?:more than|not) {your} (?:friends|mates|parents|mum|mam|dad|family)|(?:friends|mates|parents|mum|mam|dad|family)(?:[^.!?\\n]{0,12}?)(?:they|they're|theyre|they are) (?:don't|dont|do not|never|not) (?:really |even )?(?:care about|love|understand|get|listen to|like|bothered about) {you})",
    // Friends say "you're the only one who gets me" to each other; it matters from an adult.
    accept: (m) => (/\bthe only (?:one|person) (?:who|that)\b.*\bme$/i.test(m[0]) ? 2 : true),
  }),
  rule({
    id: 'risk.grooming.probing',
    type: 'grooming',
    severity: 3,
    description:
      "Probing a young person's age, school, whether they are alone, or whether parents check their phone.",
    reason:
      'Asks about age, school, being alone or parental supervision. Adults grooming a child gather exactly this information.',
    examples: [
      'how old r u',
      'are u home alone',
      'do ur parents check ur phone',
      'what time does ur mum get home',
    ],
    pattern:
      "(?:(?:send|share|give) (?:me )?{your} (?:live )?location (?:so|then) i (?:know|can see|can find)|(?:share|sharing|turn on) {your} (?:snap ?map|live location) (?:with|for) me|(?:which|what) (?:bus|train) (?:do|d) {you} (?:get|take|catch) home|(?:which|what) way (?:do|d) {you} (?:walk|go) home|(?:asked|asks|asking|wants to know|wanted to know|keeps asking) (?:me )?(?:if|whether|when) (?:my|me) (?:mum|mummy|mam|mom|mommy|dad|daddy|parents|mum and dad|nan|nana) (?:is|are|was|were|'s|s|will be|gets|get|goes) (?:at home|home|in|out|around|there|awake|asleep|at work|away|back)|(?:asking|asked|asks|wants to know|wanted to know|keeps asking) (?:her |him |me |them |yp )?(?:where (?:she|he|they|i|{you}) (?:lives?|live|goes to school|go to school|stays?|sleeps?)|what school (?:she|he|they|i) (?:goes to|go to|attends?)|for (?:her|his|my|their) (?:address|postcode|school))|how old (?:are|r|ru|is) {you}(?! turning)|what age (?:are|r) {you}|(?:what'?s|whats|wats|wots|what is) {your} age|how old {you} (?:are|r)|asl|(?:are|r) {you} (?:over|under) (?:1[0-9]|eighteen|sixteen|thirteen|18|16|13)|(?:what|which) year (?:are|r) {you} in|what (?:school|year) (?:do|d|does) {you} (?:go|attend|go to)|which school (?:do|d) {you} go|where do {you} go to school|(?:what|which) school (?:r|are) {you} (?:at|in)|(?:are|r) {you} (?:home )?(?:alone|on {your} own|by {yourself}|by urself|by yaself)|(?:is|are|r) {your} (?:mum|mam|mom|dad|parents|family|carers?|sister|brother|nan|foster (?:mum|dad|carer)s?) (?:else )?(?:home|in|there|around|with {you}|about|awake|up|watching|checking|out|away|asleep|in bed|at work|working|going out)(?: rn| right now| at the moment| atm| tonight| today| this weekend)?\\??|(?:when|what time) (?:do|does|will|are|r|is) {your} (?:mum|mam|mom|dad|parents|family|carers?|nan) (?:get home|get back|go out|leave|go to bed|come home|go to sleep|home|out|back|asleep|working|at work|go to work|finish work)|(?:do|does|d) {your} (?:mum|mam|mom|dad|parents|carers?|family) (?:check|look at|read|go through|know about|monitor|see|track) (?:{your} )?(?:phone|messages|texts|chats|snap|insta|snapchat|whatsapp|dms|me|us|this|location)|where do {your} (?:parents|mum|mam|dad|carers?) think {you} are|where (?:do|d) {you} live|(?:what|which) (?:area|street|road|town|estate) (?:do|d) {you} live (?:in|on)|(?:are|r) {your} (?:parents|mum|mam|mom|dad) (?:strict|protective|overprotective)|(?:have|got) {you} got {your} own (?:room|phone|bedroom)|(?:do|d) {you} have {your} own (?:room|phone|bedroom|laptop)|{you} (?:home alone|on {your} own)\\?|who (?:do|d) {you} live with|(?:have|got|do) {you} (?:ever )?(?:had|got|have) a (?:boyfriend|girlfriend|bf|gf))",
    unlessBefore: 'what year|which year|what class|which class|what set|what form',
    unlessNear:
      'dog|cat|puppy|kitten|hamster|rabbit|bunny|horse|car|house|phone is|bike|game|the film|the movie|is it|this|that|him|her|his|turning|bday|birthday',
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      // Staff registers ask about year groups; only the direct "are you alone"-style questions get 4.
      if (
        /alone|on (?:your|ur|yr|yer) own|by (?:your|ur|ya)|anyone|anybody|any1|home|get home|go out|check|think|own room|own bedroom|own phone|leave|asleep|bed|work/.test(
          s,
        )
      )
        return 4;
      // "how old are you" said back to a teasing friend is still a question about age; keep it low.
      const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
      if (/\b(?:acting|act|behaving|like)\s*(?:like)?\s*$/.test(before)) return false;
      return true;
    },
  }),
  rule({
    id: 'risk.grooming.anyone_home',
    type: 'grooming',
    severity: 4,
    description:
      'Asking whether anyone else is at home or around ("is anyone home?", "anybody else there rn?").',
    reason:
      'Asks whether anyone else is around. Checking that a young person is unsupervised is a grooming warning sign.',
    examples: ['is anyone else home?', 'is anybody there with u rn'],
    pattern:
      '(?:(?:when|what time|what days|which days|how often|how long) (?:are|r|will|do|is) {you} (?:next |normally |usually |going to be |gonna be |be |get |left )?(?:home alone|on {your} own|by {yourself}|left alone|alone (?:at home|in the house|tonight))|(?:is|are|r) (?:any ?one|any ?body|any1) (?:else )?(?:home|in|there|around|with {you}|about|awake|up|watching|checking)(?: rn| right now| at the moment| atm| tonight| with {you})?\\??)',
    unlessNear:
      "room \\d|office|meeting|session|class|lesson|the hall|tonight's|training|match|game|shop|the club|parents evening",
    accept: (m, text) => {
      // "is anyone in room 4" or "is anyone around to help" are logistics, not probing.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      return !/^\s*(?:to|who|that|for|at|from|with a|able)\b/i.test(after);
    },
  }),
  rule({
    id: 'risk.grooming.gifts',
    type: 'grooming',
    severity: 4,
    description:
      'Offers of money, gifts, game currency or phone credit ("I\'ll buy you a new phone", "want some robux?", "I can send you £50").',
    reason:
      'Offers money or gifts. Gifts create a sense of debt and are a common grooming and exploitation tactic.',
    examples: [
      "i'll buy u a new phone",
      'want some free robux?',
      'i can send you £50 tonight',
      'ill top up ur phone',
    ],
    pattern:
      "(?:(?:modelling|modeling) (?:{w3})?(?:if|when|once) {you} (?:send|show|take)|(?:get|help|find) {you} (?:{w2})?(?:modelling|modeling) (?:job|jobs|work|contract|gig|shoot)|(?:asking for|asks for|asked for|wants|wanted|keeps asking for) (?:{w2})?(?:pics|photos|vids|videos|nudes|feet pics|selfies) (?:{w3})?(?:and )?(?:says|said|offered|offers|promised|promises) (?:he'?ll|she'?ll|they'?ll|he will|she will|they will|to|he'?d|she'?d) (?:pay|send (?:money|cash|£)|give (?:me |her |him )?(?:money|cash|£))|if (?:i|{you}) (?:{w6})?(?:he|she|they)(?:'ll|ll| will|'d|d| would|'s gonna|s gonna|'re gonna) (?:{w1})?(?:give|send|get|buy|pay) me|(?:he|she|they)(?:'ll|ll| will|'d|d| would|'s gonna|s gonna|'re gonna) (?:{w1})?(?:give|send|get|buy|pay) me (?:{w2})?(?:robux|v-?bucks|money|cash|£ ?\\d+|gems|skins|gift ?cards?|credit|presents?|gifts?|a phone|an iphone|sweets) (?:{w3})?(?:if (?:i|{you})|for (?:a |some )?(?:pics?|photos?|vids?|videos?|nudes|selfies)|to (?:send|do|meet|keep|add|come|dance|call|video|go on))|(?:{ill}|i can|i could) (?:{w1})?(?:get|sneak|take) (?:you|u|ya) (?:into|in) (?:the |a )?(?:clubs|nightclub|pub|pubs|bar|bars|festival|casino|rave|club (?:{w6})?(?:bouncers?|fake id|underage|vip|tonight|at night))|(?:{ill}|i can|i could|i'd|let me|want me to|i'll happily|i'll even|shall i|i've got|ive got|i got) (?:{w1})?(?:buy|get|send|give|pay|top up|treat|transfer|gift|sort|sort out|order|bring|pay for|cover|lend) (?:you|u|ya|yu|ur|your)(?: (?:a|an|some|the|that|any|new|free|loads of|lots of|more|as much|whatever|like|proper|nice|up|out|with|phone|credit|brand new|£?\\d+|those))*? ?(?:money|cash|quid|£ ?\\d+|\\d+ ?(?:quid|pounds|£|k)|robux|v-?bucks|gift ?cards?|vouchers?|credit|top ?up|phone|iphone|airpods|trainers|clothes|makeup|make up|presents?|gifts?|anything (?:you|u) want|whatever (?:you|u) want|something nice|skins?|gems|coins|diamonds|fifa points|minecoins|nitro|discord nitro|battle pass|xbox|ps5|playstation|switch|tickets?|vapes?|weed|alcohol|vodka|drink|drinks|cigs|fags|nails|tokens|subscription|sub|bits|v bucks|uber|taxi|train ticket)|(?:i've|ive|i have|i) (?:just )?(?:put|added|topped up|sent|loaded) (?:some |more |£ ?\\d+ (?:of )?|\\d+ ?(?:quid|pounds) (?:of )?)?(?:credit|money|data|robux|v-?bucks|a top ?up|minutes) (?:on|to|onto|into) {your} (?:phone|account|card|xbox|switch|ps5|roblox)|(?:free|cheap) (?:robux|v-?bucks|v bucks|gift ?cards?|skins|nitro|gems|coins|minecoins)|(?:{ill}|i can|i could|let me) (?:send|give|transfer|pay) (?:some |a bit of )?(?:money|cash|£ ?\\d+|\\d+ ?(?:quid|pounds))(?: (?:to (?:you|u|ya)|into {your} (?:account|bank)|for {you}))?|(?:do |d )?{you} (?:want|need|wanna) (?:some |any |a bit of |a little |extra )?(?:money|cash|robux|v-?bucks|v bucks|credit|a top ?up|gift ?cards?|pocket money)|(?:as a|it's a|its a) (?:little )?(?:gift|present|treat) (?:from me|just for you|between us)|no strings attached|(?:{ill}|i can|i could|let me) pay (?:you|u|ya) (?:for|4) (?:a |some |more |ur |your |the )?(?:pics?|photos?|pictures?|selfies?|nudes|vids?|videos?|it|them)(?! back)|(?:he|she|they|someone|a man|this guy|that guy|he's|she's|and) (?:said|says|offered|offers|promised|promises|keeps offering|has offered) (?:(?:he|she|they)(?:'d| would|'ll| will) |to )(?:pay (?:me|us)(?! back| for (?:lunch|dinner|the|my|our))|(?:give|buy|send|get) (?:me|us) (?:money|cash|£ ?\\d+|\\d+ ?(?:quid|pounds)|presents?|gifts?|anything|whatever|for (?:it|them|pics|photos|nudes))))",
    unlessNear:
      'trip|refund|deposit|expenses|invoice|bursary|fees?|owe|owed|back to you|tuck shop|dinner money|lunch money|school fund|fundraising|sponsor|raffle|receipt|voucher code for parents|parents evening|consent|the form|the forms|the letter|birthday party|secret santa|pay you back|payback|pay me back|i owe|lent me|borrowed',
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      // Peers sorting each other a drink is not grooming; adults offering money, phones or game currency is.
      if (/\b(?:drink|drinks|ticket|tickets)$/.test(s)) {
        const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40);
        if (
          !/\b(?:alone|secret|don'?t tell|just us|come (?:over|round)|for (?:a|some) (?:pic|photo)|if (?:you|u))\b/i.test(
            around,
          )
        )
          return false;
      }
      return true;
    },
  }),
  rule({
    id: 'risk.grooming.debt',
    type: 'grooming',
    severity: 3,
    description:
      'Telling a young person they owe something for money or gifts ("i sent you £30, now you owe me", "after everything i\'ve bought you").',
    reason:
      'Turns a gift or money into a debt. A debt is how gifts become control in grooming and exploitation; find out who sent it and what they want in return.',
    examples: [
      'i sent you £30 on paypal, now you owe me',
      'u owe me for the phone',
      "after everything i've bought you, you owe me",
    ],
    pattern:
      "(?:(?:sent|gave|given|bought|paid|got|topped up) (?:you|u|ya) (?:{w4})?(?:now|so|and|remember)(?: that)? (?:you|u|ya) owe me|(?:you|u|ya) owe me (?:for )?(?:the |that |those |all the |all that )?(?:money|cash|£ ?\\d+|\\d+ ?(?:quid|pounds)|robux|v-?bucks|phone|iphone|trainers|clothes|presents?|gifts?|vapes?|weed|stuff i (?:bought|gave|got|sent) (?:you|u))|after (?:everything|all) i(?:'ve| have|ve)? (?:done|bought|given|paid|spent) (?:for |on )?(?:you|u|ya),? (?:you|u|ya) (?:owe|can'?t|cant|should|have to|need to))",
  }),
  rule({
    id: 'risk.grooming.private_platform',
    type: 'grooming',
    severity: 3,
    description:
      'Moving the conversation to a private or less moderated platform ("add me on snap", "let\'s talk on whatsapp", "what\'s your number").',
    reason:
      'Tries to move the conversation somewhere private or less moderated, where safeguards and other adults cannot see it.',
    examples: [
      'add me on snap',
      "what's ur number",
      'lets take this to dms',
      'download telegram so we can talk',
    ],
    pattern:
      "(?:(?:add|message|msg|dm|pm|text|txt|chat to|talk to|speak to|follow|hmu|hit me up|call|facetime|ring|ft|find|message me|inbox|snap|whatsapp|come|move|go|switch|chat|talk|speak|continue|carry on|talk more|chat more) (?:me |with me )?(?:on|onto|over to|over on|via|thru|through|on to|in|to) (?:snap ?chat|snap|sc|whats ?app|wa|telegram|kik|insta(?:gram)?|ig|discord|wickr|signal|tik ?tok|skype|facetime|messenger|omegle|threema|viber|wechat|private|privately|dm|dms|pm|pms|somewhere (?:else|more private|private|quieter)|(?:a |my )?(?:private|secret|secure) (?:chat|server|group|account|app|number|channel)|my (?:other|private|personal|second|spam|finsta|secret) (?:account|acc|number|insta|snap|phone|page))|(?:what'?s|whats|wats|wots|what is|send me|give me|gimme|can i (?:have|get)|drop|dm me|pm me|got|have {you} got|hv {you} got|do {you} have) {your} (?:snap ?chat|snap|sc|insta(?:gram)?|ig|whats ?app|number|num|digits|phone number|mobile|kik|discord|telegram|addy|address|personal number|mob|phone no)|(?:do|d) {you} have (?:snap ?chat|snap|whats ?app|insta(?:gram)?|kik|discord|telegram|a phone)|(?:let'?s|lets|we should|can we|could we|shall we) (?:take|move|continue|carry on|go) (?:this|it|the chat|our chat|this convo|this conversation|our convo)? ?(?:to|into|over to|on|onto|somewhere) (?:dms?|pms?|private|snap|snapchat|whatsapp|insta|telegram|discord|kik|signal|wickr|threema|session|viber|wechat|skype|messenger|facetime|somewhere (?:else|private|more private))|(?:download|get|install) (?:kik|telegram|wickr|signal|threema|wire|a vpn|a second (?:phone|account)|a burner)|(?:dm|pm|inbox|message|msg) me (?:privately|in private|directly|on the side|separately|when (?:ur|your|you're) alone)|(?:text|txt|message|msg|call|ring|whatsapp|snap|chat to|talk to) me (?:{w4})?(?:instead of|rather than) (?:on |using |through )?(?:here|this app|this site|this chat|the app|the group|the chat|the site|the platform|this platform)|(?:it'?s|its|it is|is) (?:more private|more secret|less public)|(?:text|txt|message|msg|call|ring|whatsapp|snap|add|dm) me (?:on|at|via) [^.!?\\n]{1,30}? instead(?! of (?:calling|ringing|emailing))|(?:easier|better|safer|more private) (?:to talk )?than (?:on )?(?:here|this app|this site|this chat|the app|the group|the chat))",
    unlessNear:
      'group chat for parents|parents can|join the (?:whatsapp |)group|class group|team group|our instagram page|follow us|school app|office number|reception|main office|office on|call the office|ring the office|(?:number|email) for (?:the|our) (?:office|club|team)',
    accept: (m, text) => {
      // "easier than on here" is only about moving the chat when it follows "text me" and the like.
      if (/^(?:easier|better|safer|more private) /i.test(m[0])) {
        const before = text.slice(Math.max(0, m.index - 60), m.index);
        const contact =
          /\b(?:text|txt|message|msg|call|ring|snap|add|dm|whatsapp|talk|chat|speak)\b/i.test(before) &&
          /\bme\b/i.test(before);
        if (!contact && !/\d(?:[\s.-]?\d){8}/.test(before)) return false;
      }
      const s = m[0].toLowerCase();
      const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60).toLowerCase();
      // Higher when the move is explicitly about privacy.
      if (
        /\b(?:private|privately|secret|no ?one can|nobody can|won'?t see|can'?t see|mods|delete|between us|just us|on your own|alone)\b/.test(
          around,
        )
      )
        return 4;
      if (
        /^(?:go|come|switch|move|continue|talk|chat|speak|carry) /.test(s) &&
        !/(?:snap|whats|wa\b|telegram|kik|insta|ig|discord|wickr|signal|tik|skype|facetime|messenger|omegle|threema|session|viber|wechat|line|private|dm|pm|somewhere|secret|secure|other|second|spam|finsta)/.test(
          s,
        )
      )
        return false;
      // "what's your address" is about location, not platforms; still grooming-relevant.
      return true;
    },
  }),
  rule({
    id: 'risk.grooming.evade_oversight',
    type: 'grooming',
    severity: 4,
    description:
      'Choosing a place or method so that parents, staff or moderators cannot see ("so no one can see", "where the mods can\'t read it").',
    reason:
      'Wants the contact hidden from parents, staff or moderators. Hiding contact from protective adults is a strong grooming sign.',
    examples: ['use snap so ur mum cant see', 'we can talk where the mods wont read it'],
    pattern:
      "(?:(?:just )?(?:say|tell (?:them|her|him|{your} (?:mum|mam|mom|dad|parents))) (?:that )?(?:{youre}|you are|{you} (?:were|was)) (?:with|at|round|out with|at a) (?:a |{your} )?(?:friend|friends|mate|mates|bestie|nan|gran|friend'?s|mate'?s)|(?:save|put|store|list) (?:me|my (?:name|number)) (?:in {your} (?:phone|contacts) )?(?:as|under) (?:a |an )?(?:girl'?s|boy'?s|girls|different|fake|another|other|someone else'?s|{your} friend'?s|a friend'?s|a mate'?s) ?(?:name)?|(?:{dont}|never) (?:put|save|store|use) my (?:real )?name (?:in|on|into) {your} (?:phone|contacts)|(?:{dont}|never|do not) (?:say|tell (?:anyone|anybody|any1|no ?one|{your} (?:mum|mam|mom|dad|parents|family|carers?))) where {youre} (?:going|at|off to|meeting)|(?:make|create|set up|get|download|start) (?:a )?(?:new|second|secret|separate|private|fake|another|spare|burner) (?:snap|snapchat|account|acc|insta|number|phone|email|profile|kik|discord|sim) (?:{w2})?(?:just |only )?(?:for|to) (?:talk|talking|chat|chatting|message|messaging|text|texting|speak|speaking) (?:to |with )?me|(?:a |an )?(?:secret|second|separate|burner) (?:account|snap|phone|sim|number) (?:so|that) (?:{your} (?:mum|mam|mom|dad|parents)|no ?one|nobody)|(?:so|where|then) (?:no ?one|nobody|no body|they|ur mum|{your} (?:mum|mam|mom|parents|dad)|the mods|mods|admins|staff|anyone|the teachers) (?:else )?(?:can't|cant|can not|cannot|won't|wont|will not|doesn't|doesnt|don't|dont|never) (?:see|read|find out|know|check|track)|(?:keep|take|move|get) (?:our |this |the |these )?(?:chats?|convos?|conversations?|messages|talking|this) (?:off|away from) (?:the |this )?(?:school app|club app|app|group|teams|the platform|platform|site|here)|(?:just |then )?(?:say|tell (?:them|her|him|{your} (?:mum|mam|mom|dad|parents))) (?:that )?(?:{youre}|you are) (?:staying|sleeping|stopping) (?:at|over at|round|with) (?:a |{your} )?(?:friend'?s|mate'?s|mates|friends|bestie'?s|nan'?s|gran'?s)|so (?:no ?one|nobody|no1|{your} (?:mum|mam|mom|dad|parents|family)) (?:knows|can see|can find|can track|finds out) where {you}(?:'re| are|re| r)?|(?:tell|say to) (?:them|her|him|{your} (?:mum|mam|mom|dad|parents)) (?:that )?{you} (?:lost|found|bought|borrowed|won) (?:the |that |this |my )?(?:phone|money|present|gift|trainers|clothes|it)(?: i (?:gave|got|bought|sent) {you}| from me)|(?:no ?one|nobody|no1|no body) (?:else )?(?:can|will|could|would) (?:ever )?(?:see|read|find|check|track) (?:it|this|us|them|what we (?:say|send|talk about)|our (?:chats?|messages|convos?)) (?:there|on (?:there|it|that|that app|signal|telegram|snap|kik|wickr|whatsapp|discord)))",
    unlessNear: 'surprise|party|present|birthday|spoiler',
  }),
  rule({
    id: 'risk.grooming.parents_away',
    type: 'grooming',
    severity: 5,
    description: 'Arranging contact for when parents or carers are out, away or asleep.',
    reason:
      'Times contact for when parents or carers are not around. Avoiding protective adults is a serious grooming sign: act today.',
    examples: ['come over when ur mum is at work', 'ring me when your parents are asleep'],
    pattern:
      "(?:(?:call|ring|facetime|ft|video ?call|text|message|snap) me (?:{w1})?(?:when|once|after) {youre} in bed|(?:meet|meet up|see {you}|hang out|chill|link|come|come over|come round|visit|call|ring|facetime|ft|text|message|snap|talk|sneak out|go out) (?:{w4})?(?:when|while|once|after) {your} (?:mum|mam|mom|dad|parents|family|carers?|nan)(?:'s|'re| is| are| r|s| has| have|'ve)? (?:out|away|at work|asleep|sleeping|gone (?:out|to bed|to sleep|to work)|not (?:home|in|there|around)|gone|on holiday|in bed|gone to bed))",
  }),
  rule({
    id: 'risk.grooming.empty_house',
    type: 'grooming',
    severity: 3,
    description:
      'Inviting a young person round when no other adult will be there ("come round mine, my mum\'s out", "nobody\'s home, come over").',
    reason:
      'Invites someone to a home when no other adult will be there. Private places with no protective adult are where abuse happens; check who sent it and how old they are.',
    examples: [
      "come round mine, my mum's out",
      'my parents are away this weekend so come over',
      "nobody's home, come round",
    ],
    pattern:
      "(?:(?:come|coming|pop|sneak) (?:over|round|around|to mine|to my (?:house|flat|place|room)){g7}(?:(?:my|me) (?:mum|mam|mom|dad|parents|folks|family|nan|wife|missus|girlfriend|flatmates?|housemates?)(?:'s|'re| is| are| r|s| will be| wont be| won't be)? (?:out|away|at work|not (?:home|in|back|there|around)|gone (?:out|away)|on holiday|working late|out all day)|(?:no ?one|nobody|no1|no body)(?:'s| is| will be|s) (?:home|in|there|about|around))|(?:(?:my|me) (?:mum|mam|mom|dad|parents|folks|family|nan|wife|missus|girlfriend|flatmates?|housemates?)(?:'s|'re| is| are| r|s| will be)? (?:out|away|at work|not (?:home|in|back)|gone (?:out|away)|on holiday|working late|out all day)|(?:no ?one|nobody|no1|no body)(?:'s| is| will be|s) (?:home|in)(?: at (?:mine|my house|my place))?){g5}(?:come|pop|sneak) (?:over|round|around|to mine|to my (?:house|flat|place|room)))",
    unlessNear: PEER_SECRET,
    accept: (m, text) => {
      // "my mum's out so i can't come over" and "can't come round, my mum's out" turn it down.
      const refused =
        /\b(?:can'?t|cannot|won'?t|wont|not|don'?t|dont|couldn'?t|shouldn'?t|isn'?t|never)\s+(?:\S+\s+)?(?:come|pop|sneak)\b/i;
      return !refused.test(text.slice(Math.max(0, m.index - 24), m.index + m[0].length));
    },
  }),
  rule({
    id: 'risk.grooming.age_gap',
    type: 'grooming',
    severity: 4,
    description:
      'A young person describing a boyfriend, girlfriend or "relationship" with an adult ("he says i\'m his girlfriend but he\'s 25").',
    reason:
      'Describes a relationship with someone who is an adult. A relationship between an adult and a child is abuse whatever the child calls it: tell the designated safeguarding lead today.',
    examples: [
      "he keeps saying i'm his girlfriend but he's 25",
      'my boyfriend is 22',
      "she's 19 and says we're dating",
    ],
    pattern:
      "(?:i (?:like|love) (?:that )?(?:{youre}|you are) (?:so )?(?:young|younger|little|small|innocent)|(?:don't|dont|do not) worry about (?:the|our) age(?: thing| gap| difference)?|(?:says|said|claims|claimed|told me) (?:he'?s|she'?s|they'?re|he is|she is|they are) (?:\\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|ten|nine) (?:too |as well |like me )?but (?:{w4})?(?:sounds?|looks?|seems?|is|acts?|talks?) (?:like )?(?:a |an )?(?:grown[- ]?up|adult|man|woman|older|old|a lot older|much older)|(?:his|her|their) voice (?:sounds?|is) (?:like (?:a |an )?)?(?:a grown[- ]?up|an adult|a man|much older|really old|really deep)|(?:lied|lying|lies|lie) about (?:his|her|their) age(?! to (?:get|buy|see|watch|go|sign|join))|(?:sleeping|slept|sleeps|having sex|had sex|has sex|shagging|shagged|going out|dating|seeing) with (?:a |an |this |some )?(?:(?:1[89]|[2-5]\\d)[- ]?(?:year[- ]old|yr old|yo|y\\/o))|(?:be together|be with (?:you|u|me)|go out|date|marry|be my (?:girlfriend|boyfriend|gf|bf)|do it|have sex){g4}(?:when|once|til|till|until) {youre} (?:older|16|sixteen|18|eighteen|legal|old enough)|(?:wait|waiting) (?:for {you} )?(?:until|til|till) {youre} (?:16|sixteen|18|eighteen|legal|old enough|older)|(?:boyfriend|bf|girlfriend|gf|(?:his|her) (?:girlfriend|boyfriend|gf|bf|missus)|going out with|dating|seeing|in a relationship with|with him|with her){g6}(?:he|she|they|him|her)(?:'s| is| are|s| was| turned)? (?:like |nearly |about |over |literally |already )?(?:1[89]|[2-6]\\d)(?: ?(?:years? old|yrs?|yo|y\\/o))?(?![0-9:./£%-])|(?:he|she|they)(?:'s| is| are|s) (?:like |nearly |about |over |literally |already )?(?:1[89]|[2-6]\\d)(?: ?(?:years? old|yrs?|yo|y\\/o))?(?![0-9:./£%-]){g6}(?:boyfriend|bf|girlfriend|gf|going out|dating|seeing each other|together|in love|relationship)|my (?:boyfriend|bf|girlfriend|gf)(?:'s| is|s) (?:like |nearly |about |over |literally |already )?(?:1[89]|[2-6]\\d)(?: ?(?:years? old|yrs?|yo|y\\/o))?(?![0-9:./£%-]))",
    unlessNear:
      'minutes|mins|hours|days|weeks|months|years|points|goals|followers|likes|£|quid|miles|km|percent|%|dating app for adults|my (?:mum|dad|sister|brother)',
  }),
  rule({
    id: 'risk.grooming.personal_contact',
    type: 'grooming',
    severity: 4,
    description:
      'An adult in a position of trust giving a young person their personal number or account, or asking to be contacted at any hour.',
    reason:
      'An adult gave a young person a personal way to contact them. Staff should use only approved channels; private contact is how grooming begins. Tell the designated safeguarding lead.',
    examples: [
      'my teacher gave me his personal number and said text him anytime',
      'coach gave me her snap',
      'sir said to message him whenever on insta',
    ],
    pattern:
      '(?:(?:teacher|coach|tutor|leader|youth worker|mentor|instructor|volunteer|sir|miss|mr [a-z]+|mrs [a-z]+|ms [a-z]+|the (?:caretaker|minibus driver|driver|lifeguard)){g3}(?:gave|given|sent|wrote down|passed|slipped) me (?:his|her|their) (?:(?:personal|private|own|mobile|home|real|secret) (?:number|num|phone number|email|phone|address)|(?:personal |private |own |real |secret )?(?:snap|snapchat|insta|instagram|whatsapp|tiktok|discord|kik|mobile|mobile number))|(?:teacher|coach|tutor|leader|youth worker|mentor|instructor|volunteer|sir|miss) (?:{w2})?(?:messages|messaged|texts|texted|snaps|snapped|calls|called|rings|rang|dms|facetimes|facetimed) me (?:at (?:1[0-2]|[1-5])(?::\\d{2})? ?(?:am|in the morning|at night)|late at night|in the middle of the night|every night|at night|after midnight)|(?:said|says|told me|tells me) (?:to |i can |i could |i should )?(?:text|message|msg|call|ring|snap|dm|whatsapp|facetime) (?:him|her|them) (?:any ?time|whenever|at night|any time|day or night|24\\/7|late|when(?:ever)? (?:i|you|u) (?:want|like|feel like it)|on (?:his|her|their) (?:personal|private|own) (?:number|phone|mobile|snap|insta|account)))',
  }),
  rule({
    id: 'risk.grooming.meet_alone',
    type: 'grooming',
    severity: 5,
    description:
      'Arranging to meet alone or in secret, asking them not to bring anyone, or moving online contact to meeting in person.',
    reason:
      'Arranges to meet alone, in secret or in a private place. If an adult is involved this is a serious risk: act today.',
    examples: ['come on your own', 'meet me at the park but dont bring anyone', 'we should meet irl'],
    pattern:
      "(?:(?:meet|meet up|see|hang out|hang|chill|link|link up|come|come over|come round|visit|come out|sneak out){g4}(?:alone|on {your} own|by {yourself}|just (?:the two of us|us two|us|you and me|me and you|u and me|me and u)|(?:without|w/o|with ?out) (?:{your} )?(?:{family}|anyone|any ?body|any1|telling (?:anyone|any ?body|{your} {family}))|in private|somewhere (?:private|quiet|no ?one|nobody)|where no ?one|where nobody)|{dont} bring (?:anyone|any ?body|any1|{your} (?:friends|mates|mum|mam|mom|dad|parents|sister|brother))(?: (?:else|when|with|to|along))?|come alone|(?:we should|let'?s|lets|wanna|want to|we could|can we|could we|shall we|when can we|when are we gonna) (?:meet|meet up|hang out|link up|link|see each other|get together) (?:irl|in real life|in person|for real|offline|one day soon|just us))",
    unlessNear:
      'minibus|coach|register|consent|collection point|all parents|parents to collect|staff will|as a group|whole group|the group|everyone meet|meet at the station|meet at school|meeting point|ratio|risk assessment|trip|visit to|museum',
    accept: (m, text) => {
      const s = m[0].toLowerCase();
      if (
        /pick (?:you|u|ya|yu|chu) up|give (?:you|u|ya) a lift|drive (?:you|u|ya)|collect (?:you|u|ya)|come (?:and |n )?(?:get|collect|pick up)/.test(
          s,
        )
      )
        return 3;
      if (/irl|in real life|in person|offline|one day soon/.test(s)) return 4;
      // "meet at the park without my mum" from a child about themselves is still worth a look, but lower.
      const before = text.slice(Math.max(0, m.index - 20), m.index).toLowerCase();
      if (/\b(?:i'?ll|i will|i can)\s+$/.test(before) && /\balone\b/.test(s)) return 4;
      return true;
    },
  }),
  rule({
    id: 'risk.grooming.criminal_exploitation',
    type: 'grooming',
    severity: 5,
    description:
      'Young people made or paid to carry, hold or sell things for others, or sent out of town (county lines): "they make us carry stuff for them", "he wants me to go country".',
    reason:
      'Describes a young person being used to carry, hide or sell things for others. This is criminal exploitation: tell the designated safeguarding lead today.',
    examples: ['the older boys are making us carry stuff for them', 'he wants me to go country for him'],
    pattern:
      "(?:(?:wanna|want to|want|do you want to|do u want to|d'?you wanna|you can|u can|i can help you|i'll help you|ill help u) (?:earn|make|get) (?:some )?(?:easy|quick|fast|proper|serious) (?:money|cash|p|£|dough|bread)|(?:making|make|made|makes|forcing|forced|force|getting|got|gets|paying|paid|pay|asked|asks|asking|want|wants) (?:me|us|him|her|them) (?:to )?(?:carry|hold|hide|deliver|drop off|run|sell|move|stash|keep) (?:stuff|things|packages|parcels|bags|drugs|weed|a package|a parcel|a bag|their stuff|his stuff|her stuff|something) (?:for (?:them|him|her)|round|around)|(?:run|running|ran|runs) (?:a |the )?(?:line|lines|county lines|trap)|(?:go|going|gone|went|goes|sent|send) (?:out )?(?:country|cunch|ot|out of town) (?:for (?:him|her|them)|with (?:him|her|them))|(?:going|go|went|gone|sent) (?:to )?(?:country|cunch)(?= ?(?:[,.!?]|$)))",
  }),
  rule({
    id: 'risk.grooming.adult_contact',
    type: 'grooming',
    severity: 4,
    description:
      'A report that an adult, often unknown or met online, is messaging, buying things for or driving a young person around ("an older man has been buying her alcohol", "unknown adult messaging YP on Roblox").',
    reason:
      'Reports an adult contacting a young person, giving them things or driving them about. This is how grooming and exploitation often first come to light: tell the designated safeguarding lead.',
    examples: [
      'an older man has been buying her alcohol and driving her around',
      'Concern: unknown adult messaging YP on Roblox',
    ],
    pattern:
      "(?:(?:man|men|adult|guy|stranger|older (?:boy|lad|man|girl)|person|someone|somebody)(?: (?:in|on|from|at) (?:{w3})?[a-z]+)? (?:{w1})?(?:asked|asks|asking|keeps asking|kept asking|wanted to know|wants to know) (?:me |her |him |us )?(?:(?:if|whether|when) (?:my|her|his|our) (?:mum|mummy|mam|mom|dad|daddy|parents|nan|nana|mum and dad) (?:is|are|was|were|'s|s|will be) (?:at home|home|in|out|around|there|asleep|at work|away)|where (?:i|she|he|we) (?:live|lives|go to school|goes to school)|how old (?:i|she|he) (?:am|is|was)|what school (?:i|she|he) (?:go|goes) to|for (?:my|her|his) (?:address|number|school|age|postcode))|(?:an? |the |this |that |some |unknown |older |adult |grown )+(?:adult|man|male|men|guy|bloke|stranger|older (?:boy|lad|girl|woman|guy|man))(?: (?:she|he|they) met online| (?:from|at|in|on) (?:{w3})?[a-z]+)? (?:has been |had been |have been |been |is |was |keeps |kept |started |has started )?(?:messaging|contacting|adding|texting|dming|dm'?ing|talking to|chatting to|chatting with|following|calling|ringing|befriending|grooming|buying|giving|driving|picking up|meeting) (?:her|him|them|me|us|yp|(?:my|her|his|their) (?:daughter|son|child|sister|brother|friend|mate))|(?:receiving|received|been getting|getting|got|been given|given|accepting|accepted) (?:{w1})?(?:gifts|presents|money|cash|phones?|clothes|trainers|vapes|alcohol|credit|top ?ups|drugs|weed) (?:from|off) (?:an? |the |this |some |unknown |older )+(?:adult|man|woman|stranger|guy|bloke|older (?:boy|lad|girl|man|woman)|person (?:she|he|they) met online|someone (?:she|he|they) met online))",
  }),
  rule({
    id: 'risk.grooming.place_to_stay',
    type: 'grooming',
    severity: 4,
    description:
      'Offering a young person a room or a home away from their family ("I\'ve got a spare room you can stay in", "you can come and live with me").',
    reason:
      'Offers somewhere to stay or live away from home. Adults who exploit young people draw them away from their families like this; check who sent it and whether the young person is safe at home.',
    examples: [
      "i've got a spare room you can stay in whenever you want",
      'you can come and live with me if your mum kicks you out',
    ],
    pattern:
      "(?:(?:spare room|spare bed|sofa bed|spare key|own room) (?:{w2})?(?:{you} can|for {you}|if {you} (?:ever )?(?:want|need))|{you} can (?:always )?(?:come and )?(?:live|move in) (?:with me|at mine|at my (?:place|flat|house))|{you} can (?:always )?(?:come and )?(?:stay|sleep|crash) (?:with me|at mine|at my (?:place|flat|house)) (?:{w2})?(?:if (?:{your} (?:mum|mam|mom|dad|parents|family|carers?)|{you} (?:ever )?(?:need to get away|run away|get kicked out|want to get away))|for good|forever|(?:and )?(?:don't|dont) tell)|(?:come|run away and|move in and) live with me|(?:run away|leave home|get away from (?:{your} )?(?:home|family|parents|mum|dad)) (?:{w2})?(?:and |to )?(?:come|stay|live) (?:with me|at mine))",
    unlessNear: PEER_SECRET,
  }),
  rule({
    id: 'risk.grooming.pick_up',
    type: 'grooming',
    severity: 3,
    description:
      'An adult offering lifts or pick-ups, or inviting a young person into their car, flat or a hotel room.',
    reason:
      'Offers a lift or invites someone to a private place. One-to-one transport and private places are where abuse happens; check it is arranged through the organisation.',
    examples: ["i'll pick you up from school", 'get in my car', 'i can book us a hotel room'],
    pattern:
      "(?:(?:{ill}|i can|i could|let me) (?:{w1})?(?:send|order|book|get) (?:an? |you an? |u an? )?(?:uber|taxi|cab|car|lift) (?:to|for) (?:get |pick up |collect |bring )?(?:you|u|ya)|(?:{ill}|let me|i can|i could|want me to|shall i|i'd) (?:pick {you} up|come (?:and |n )?(?:get|collect|pick up) {you}|come (?:and |n )?pick {you} up|give {you} a lift|drive {you}|collect {you}|send (?:a|an) (?:taxi|uber|cab) (?:for|to) {you}|book (?:a|us a|us) ?(?:hotel|room))|(?:get in|come to|meet me (?:at|in|by)|come (?:sit|wait) in) my (?:car|van|hotel|flat|room|place)(?! park)|(?:a|the) hotel (?:room )?(?:for|with) (?:us|you and me|just us))",
    unlessNear:
      'minibus|coach|register|consent|collection point|all parents|parents to collect|staff will|as a group|whole group|risk assessment|trip|my mum|my dad|your mum|ur mum|your dad|ur dad',
    accept: (m) => (/hotel|room|flat|place/i.test(m[0]) ? 4 : true),
  }),
];

export const riskDetectors: Detector[] = [...selfHarm, ...violence, ...bullying, ...sexual, ...grooming];
