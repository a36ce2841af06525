/**
 * Personal-detail detectors: phone, email, postcode, address, school and social handle.
 *
 * Each detector is tuned to stay quiet on the numbers and words that fill everyday chat
 * (times, scores, years, meeting IDs, room numbers, "email me at the office", "@ 3pm"),
 * because a scanner that flags every "see you at 10:30" teaches staff to ignore it.
 */
import { findNumbers } from 'libphonenumber-js';
import type { Detector, Emit, ScanContext } from './engine.ts';
import { defineRegexRule } from './engine.ts';
import type { FindingType, RuleInfo, Severity } from './types.ts';

function info(
  id: string,
  type: FindingType,
  severity: Severity,
  description: string,
  examples: string[],
): RuleInfo {
  return { id, kind: 'pii', type, severity, description, examples };
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

// A UK number as people write it: +44, 0044 or a leading 0 (optionally bracketed), then the
// remaining digits with at most two separators between any two, so "0 7 7 0 0..." and
// "+44 (0)7700-900-123" are candidates but "12/03/2024" and "10:30" never are. Slashes link
// digits only in a mobile's own groups ("07456/223/981"): a date cannot begin 07 and four digits.
const PHONE_CANDIDATE =
  /(?:(?:\+|00)[\s.-]?44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)(?:[\s.\-()]{0,2}\d){9,10}(?![\w])|(?:\+44[\s.-]?|0)7\d{3}\/\d{3}\/?\d{3}(?![\w/])/g;
// Checked by hand rather than with a lookbehind, which would stop the regex engine skipping
// ahead to the next '+', '0' or '(' and make every message with a digit slow to scan.
const PHONE_BAD_PREVIOUS = /[\w+£$€#/.:,-]/;
const PHONE_GATE = /\d(?:[\s.()/-]{0,2}\d){8}/;

// Digits labelled as something else are not phone numbers, whatever their shape.
const PHONE_LABEL_BEFORE =
  /\b(?:meeting|webinar|conference|zoom|teams|id|passcode|password|pin|ref|reference|order|account|acct|case|ticket|invoice|tracking|booking|membership|candidate|uln|upn|nhs|serial|imei|barcode|policy|payroll|employee|staff|student|pupil|charity|company|reg(?:istration)?|vat)(?:\s*(?:no|number|num|id|code))?\.?\s*[:#=-]?\s*$/i;

const LP_OPTIONS = { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as const;
const MOBILE_REASON =
  'A UK mobile number. A young person’s own number is a personal detail that should not be shared.';

/** The national significant number: digits after +44 / 0044 / (0) / the leading 0. */
function nationalDigits(candidate: string): string {
  let digits = candidate.replace(/\D/g, '');
  if (candidate.startsWith('+44') || candidate.startsWith('+ 44')) digits = digits.slice(2);
  else if (digits.startsWith('0044')) digits = digits.slice(4);
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

const phoneInfo = info(
  'pii.phone.uk',
  'phone',
  4,
  "UK phone numbers in any common written form (+44, 0044, 07..., 01/02 landlines; spaces, dashes, dots, slashes between a mobile's groups, or none). Freephone and non-geographic service numbers (08xx, 03xx) are ignored because they belong to organisations.",
  ['call me on 07700 900123', 'my num is +44 7911 123456', 'ring 0161 496 0000 after 6'],
);

export const phoneDetector: Detector = {
  info: phoneInfo,
  reason: 'A UK phone number. A young person’s own number is a personal detail that should not be shared.',
  triggers: [],
  // PHONE_GATE needs nine linked digits, so times, scores, dates and prices never wake the rule.
  minDigitChain: 9,
  detect(ctx: ScanContext, emit: Emit) {
    const text = ctx.text;
    if (!PHONE_GATE.test(text)) return;
    PHONE_CANDIDATE.lastIndex = 0;
    for (let m = PHONE_CANDIDATE.exec(text); m !== null; m = PHONE_CANDIDATE.exec(text)) {
      const candidate = m[0];
      const previous = text[m.index - 1];
      if (previous !== undefined && PHONE_BAD_PREVIOUS.test(previous)) continue;
      if (PHONE_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
      const national = nationalDigits(candidate);
      // UK mobiles are always 07 followed by nine digits, so they need no further parsing;
      // landline area codes vary in length, so those go through libphonenumber, with leniency
      // "possible" rather than "valid" so unallocated ranges such as 01632 960xxx still count.
      if (national.length === 10 && national[0] === '7') {
        emit(m.index, m.index + candidate.length, 4, MOBILE_REASON);
        continue;
      }
      if (national[0] !== '1' && national[0] !== '2') continue;
      const found = findNumbers(candidate, LP_OPTIONS as { defaultCountry: 'GB'; v2: true });
      const hit = found.find((f) => f.number.countryCallingCode === '44');
      if (!hit) continue;
      const parsed = String(hit.number.nationalNumber);
      if (parsed.length !== 10 && parsed.length !== 9) continue;
      const start = m.index + hit.startsAt;
      const end = m.index + hit.endsAt;
      const severity: Severity = 3;
      const reason = 'A UK landline number, which can reveal where someone lives.';
      emit(start, end, severity, reason);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Email addresses

const ORG_EMAIL = /\.(?:sch\.uk|org\.uk|gov\.uk|nhs\.uk|nhs\.net|ac\.uk|police\.uk|org)$/i;

const emailRule = defineRegexRule({
  id: 'pii.email.address',
  type: 'email',
  severity: 3,
  description:
    'Email addresses (name@domain). Organisation addresses (.sch.uk, .org.uk, .gov.uk, nhs) score lower.',
  reason: 'An email address, which lets someone contact a person directly and away from the service.',
  examples: ['my email is kayla.m2010@gmail.com', 'send it to j.smith@oakfield.sch.uk'],
  bare: true,
  pattern:
    '(?<![a-z0-9._%+-])[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\\.[a-z]{2,24}(?![a-z0-9-])',
  accept: (m) => (ORG_EMAIL.test(m[0]) ? 2 : true),
});

const emailDetector: Detector = { ...emailRule, needsAt: true };

const obfuscatedEmail = defineRegexRule({
  id: 'pii.email.obfuscated',
  type: 'email',
  severity: 3,
  description: 'Email addresses spelt out to dodge filters, such as "jess99 at gmail dot com".',
  reason:
    'An email address written out in words, which usually means someone is trying to get past a filter.',
  examples: ['its jess99 at gmail dot com', 'kayla.m (at) hotmail (dot) co (dot) uk'],
  pattern:
    '[a-z0-9][a-z0-9._-]{0,40}(?:\\s*(?:\\(dot\\)|\\[dot\\]|\\sdot\\s)\\s*[a-z0-9][a-z0-9_-]{0,30}){0,3}\\s*(?:\\(at\\)|\\[at\\]|\\{at\\}|\\sat\\s|@)\\s*(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|msn|aol|btinternet|protonmail|proton|ymail|virginmedia|talktalk)\\s*(?:\\.|\\(dot\\)|\\[dot\\]|\\sdot\\s)\\s*(?:com|net|org|co(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\]|\\sdot\\s)\\s*uk)?|uk)',
  accept: (m) => !/@[a-z]/i.test(m[0]) || /\s/.test(m[0]),
});

// ---------------------------------------------------------------------------------------------
// Postcodes

const POSTCODE_AREAS = new Set(
  'AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'.split(
    ' ',
  ),
);

const DISTRICT_ZERO_AREAS = new Set(['BL', 'BS', 'BT', 'CM', 'CR', 'SS']);
// Outward code, optional space, inward code (digit + two letters, never C I K M O V).
const POSTCODE = /\b([a-z]{1,2})(\d[a-z\d]?)\s?(\d[abd-hjlnp-uw-z]{2})\b|\bGIR\s?0AA\b/gi;
const ORDINAL = /^\d(?:st|nd|rd|th)$/i;
// Every postcode ends in an inward code; looking for that first skips most messages cheaply.
const POSTCODE_GATE = /\d[abd-hjlnp-uw-z]{2}\b/i;

export function isValidUkPostcode(raw: string): boolean {
  POSTCODE.lastIndex = 0;
  const m = POSTCODE.exec(raw.trim());
  return m !== null && m[0].length === raw.trim().length && acceptPostcode(m);
}

function acceptPostcode(m: RegExpExecArray): boolean {
  if (m[1] === undefined) return true; // GIR 0AA
  const area = m[1].toUpperCase();
  const district = (m[2] ?? '').toUpperCase();
  const inward = m[3] ?? '';
  if (!POSTCODE_AREAS.has(area)) return false;
  // No district starts with 0 but the single 0 of a few areas, so "b00bs" is not B0 0BS.
  if (district[0] === '0' && (district.length > 1 || !DISTRICT_ZERO_AREAS.has(area))) return false;
  // The third outward character may be a letter only in central London-style districts (A9A, AA9A).
  if (district.length === 2 && /[A-Z]/.test(district[1] ?? '') && !/^(?:E|EC|N|NW|SE|SW|W|WC)$/.test(area)) {
    return false;
  }
  // "meet at w8 4th" or "b4 2nd" written in lower case are ordinals, not postcodes.
  if (m[0] === m[0].toLowerCase() && ORDINAL.test(inward)) return false;
  return true;
}

export const postcodeDetector: Detector = {
  info: info(
    'pii.postcode.uk',
    'postcode',
    3,
    'Full UK postcodes (outward and inward code) in valid areas, any case, with or without the space.',
    ['im in LS6 2AB', 'postcode is m14 5rt', 'Send it to SW1A 1AA please'],
  ),
  reason: 'A full UK postcode, which narrows a home down to a handful of houses.',
  triggers: [],
  // Every inward code is a digit then two letters ("2AB"), which the engine's walk notices for free.
  needsDigitThenLetter: true,
  detect(ctx, emit) {
    const text = ctx.text;
    if (!POSTCODE_GATE.test(text)) return;
    POSTCODE.lastIndex = 0;
    for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text)) {
      if (acceptPostcode(m)) emit(m.index, m.index + m[0].length);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Addresses

const STREET_TYPES_CLEAR =
  'road|rd|street|avenue|ave|crescent|cres|grove|gardens|gdns|terrace|terr|mews|lane|ln|boulevard|parade|wynd|croft|close|cl|drive|dr|way';
// Words that are also everyday English ("3 way call", "2 close friends") need a capitalised
// street name or an address cue before they count.
const STREET_TYPES_AMBIGUOUS = new Set([
  'close',
  'cl',
  'drive',
  'dr',
  'way',
  'walk',
  'park',
  'rise',
  'view',
  'green',
  'vale',
  'fold',
  'chase',
  'gate',
  'bank',
  'hill',
  'row',
  'court',
  'ct',
  'place',
  'pl',
  'square',
  'sq',
  'end',
  'side',
  'field',
  'fields',
  'meadow',
  'meadows',
  'heights',
  'grange',
  'yard',
  'lea',
  'brow',
  'hey',
  'st',
  'cottages',
  'villas',
  'mansions',
  'buildings',
  'quay',
  'wharf',
  'approach',
]);
const STREET_TYPES = `${STREET_TYPES_CLEAR}|walk|park|rise|view|green|vale|fold|chase|gate|bank|hill|row|court|ct|place|pl|square|sq|end|side|fields?|meadows?|heights|grange|yard|lea|brow|hey|st|cottages|villas|mansions|buildings|quay|wharf|approach`;

const STREET_TRIGGERS = [...STREET_TYPES_CLEAR.split('|'), ...STREET_TYPES_AMBIGUOUS, 'field', 'meadow'].map(
  (t) => (t.length <= 3 ? `${t}$` : t),
);

const NOT_STREET_NAME = new Set(
  `the a an my your ur our their his her its this that these those to of on in at for and or but with from by down up into onto out over under more less other same next last first
  miles mile mins min minutes hours hour days day weeks week months years year times time people kids students pupils children steps houses house doors door streets roads lanes
  cars car buses bus stops stop metres meters km yards feet is was are were be been so very just only about around like different few couple lot lots loads bit whole
  i you he she we they it me him them us im u r y x lol omg ok okay yeah yes no not never always also too still then than when where what who how why which there here
  go going went gone get got getting come came coming run ran walk walked drive drove driving way ways back front left right straight across along past near behind
  number no numbers flat flats apartment room rooms floor floors block blocks unit units class lesson lessons page pages chapter question questions level levels grade
  reasons things stuff ideas friends mates girls boys guys`.split(/\s+/),
);

const ADDRESS_CUE_BEFORE =
  /\b(?:live|living|lives|stay|staying|stays|moved|move|moving|house|home|address|addy|postcode|at|to|round|on|is|it's|its|from|outside|near|deliver(?:ed)?|send|post)\s*[:-]?\s*$/i;
const NUMBER_LABEL_BEFORE =
  /\b(?:room|rm|year|yr|years|class|page|pg|chapter|question|q|level|lvl|grade|platform|bus|route|gate|table|court|pitch|version|v|team|under|u|aged|age|score|scored|won|lost|beat)\s*\.?\s*$/i;

function nameWordsAcceptable(words: string[], needCapitals: boolean): boolean {
  if (words.length === 0) return false;
  for (const w of words) {
    const bare = w.replace(/['’.]/g, '').toLowerCase();
    if (bare.length === 0 || NOT_STREET_NAME.has(bare) || /\d/.test(bare)) return false;
    if (needCapitals && !/^[A-Z]/.test(w)) return false;
  }
  return true;
}

const HOUSE_AND_STREET = new RegExp(
  `\\b(\\d{1,4}[a-z]?)(?:,|\\s)\\s*((?:[a-z][a-z'’.-]*\\s+){1,3}?)(${STREET_TYPES})\\b\\.?`,
  'gi',
);

export const houseAndStreetDetector: Detector = {
  info: info(
    'pii.address.house_street',
    'address',
    4,
    'A house number followed by a street name and street type ("12 Oak Road", "4a Birch Close"). Everyday phrases like "3 way call" or "2 close friends" are excluded.',
    [
      'i live at 12 oak road',
      'come to 4a Birch Close',
      'Flat 3, 22 Wellington Street',
      'we moved to 9 The Green',
    ],
  ),
  reason: 'A house number and street, which is a home address.',
  // Street words first (cheap), then the digit gate; both must be present.
  triggers: STREET_TRIGGERS,
  needsDigit: true,
  detect(ctx, emit) {
    const text = ctx.text;
    HOUSE_AND_STREET.lastIndex = 0;
    for (let m = HOUSE_AND_STREET.exec(text); m !== null; m = HOUSE_AND_STREET.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (NUMBER_LABEL_BEFORE.test(before)) continue;
      // A digit glued to the front ("10:30 12 Oak Road" is fine, "1012 Oak Road" is not) or a
      // preceding time/score separator means the number belongs to something else.
      const prev = text[m.index - 1];
      if (prev !== undefined && /[\d:/£$.-]/.test(prev)) continue;
      const words = (m[2] ?? '').trim().split(/\s+/);
      const type = (m[3] ?? '').toLowerCase();
      const ambiguous = STREET_TYPES_AMBIGUOUS.has(type);
      const typeCapitalised = /^[A-Z]/.test(m[3] ?? '');
      const cue = ADDRESS_CUE_BEFORE.test(before);
      // Ambiguous street words need a capitalised street ("4 Birch Close") or an address cue.
      const needCapitals = ambiguous && !cue;
      // "16 The Crescent", "2 The Green": streets named with "The" alone, written with capitals
      // since "at 3 the road is shut" is not an address.
      const theStreet = words.length === 1 && words[0] === 'The' && typeCapitalised;
      if (!theStreet) {
        if (needCapitals && !typeCapitalised) continue;
        if (!nameWordsAcceptable(words, needCapitals)) continue;
      }
      let end = m.index + m[0].length;
      if (text[end - 1] === '.' && !/^(?:rd|st|ave|cres|gdns|terr|ln|cl|dr|ct|pl|sq)$/i.test(m[3] ?? ''))
        end--;
      emit(m.index, end);
    }
  },
};

const flatNumberRule = defineRegexRule({
  id: 'pii.address.flat',
  type: 'address',
  severity: 3,
  description: 'Flat or apartment numbers ("flat 3", "Apartment 12b").',
  reason: 'A flat number, which is part of a home address.',
  examples: ['im in flat 3', 'Apartment 12B, Riverside House'],
  pattern: '(?:flat|apartment|apt\\.?) ?(?:no\\.? ?|number )?\\d{1,4}[a-z]?',
});

const livesOnStreetRule = defineRegexRule({
  id: 'pii.address.lives_on',
  type: 'address',
  severity: 3,
  description:
    'Someone saying which street they live on, even without a house number ("I live on Elm Road").',
  reason: 'Says which street someone lives on, which narrows down their home.',
  examples: ['i live on elm road', 'she lives on Beech Grove near the shop'],
  pattern: `(?:live|lives|living|stay|stays|staying|moved|address is|addy is|addy's) (?:on|at|in|to|down|up) ((?:[a-z][a-z'’-]* ){1,3}(?:${STREET_TYPES_CLEAR}))`,
  group: 1,
  accept: (m) => {
    const phrase = (m[1] ?? '').trim().split(/\s+/);
    phrase.pop();
    return nameWordsAcceptable(phrase, false);
  },
});

// ---------------------------------------------------------------------------------------------
// Schools

const SCHOOL_TERMINAL =
  /\b(school|academy|college|primary|secondary|high|grammar|infants|juniors|comprehensive)\b/gi;
const SCHOOL_DESCRIPTORS = new Set(
  `primary junior juniors infant infants secondary high grammar community catholic rc r.c. c of e cofe ce church england methodist free girls boys girls' boys'
  sixth form academy technology sports studio language prep preparatory nursery middle upper lower first comprehensive international independent and & school
  c.e. c.of.e baptist jewish muslim islamic sikh hindu christian federation trust special specialist`.split(
    /\s+/,
  ),
);
const NOT_SCHOOL_NAME = new Set(
  `my our your ur his her their the a an this that these those which what whose at to from of in for on new old local big little private state public boarding normal whole
  next last same different another other every each any no after before during summer sunday saturday holiday night evening weekend driving dance drama music art football
  rugby tennis cricket swimming boxing coding film police language business medical law nursing beauty hair cooking ballet theatre stage singing gymnastics martial karate
  judo sports sport forest home online virtual special further education go goes went going back off leave left hate love skip skipping bunk miss missed til until start
  starts end ends finish finishes is was be been like about its it's and or but so then when if all i you we they he she u im get got year years time day days today
  tomorrow yesterday uni university playgroup elementary still even just only really actually entire best worst good bad great favourite fav rival neighbouring nearby
  closest nearest mainstream alternative pupil referral unit faith welsh english british french german spanish maths science history geography computing ict pe rse pshe
  re secondary primary high grammar junior infant knee sky very too so far how quite pretty way sixth form bus old-school highschool high-school middle-school prep
  football's youth kids children boys girls staff teachers teacher parents parent catholic christian church regular ordinary usual proper real medium tall
  dream music's dance's law's year's summer's our's at-home homeschool home-school after-school afterschool before-school grammar-school independent secondary-school
  with were are am has have had do does did can could will would should shall may might must not never ever also as than there here where who why`.split(
    /\s+/,
  ),
);
const SCHOOL_CUE_BEFORE =
  /\b(?:go(?:es)? to|went to|going to|goin to|gone to|at|from|attend(?:s|ed|ing)?|started at|start at|starting at|moving to|move to|moved to|left|joined|join|in year \d+ at|year \d+ at|yr \d+ at|visit(?:ing)?|transfer(?:red)? to)\s*$/i;

export const schoolDetector: Detector = {
  info: info(
    'pii.school.named',
    'school',
    2,
    'Named schools, academies and colleges ("Oakfield Primary School", "St Bede\'s Catholic College", "Hartley Academy"). Generic phrases ("my school", "after school", "football academy") are ignored.',
    ['i go to Oakfield Primary', 'shes at St Bede’s Catholic College', 'anyone else from hartley academy?'],
  ),
  reason: 'Names a school, which together with other details can locate a young person.',
  triggers: [
    'school',
    'academy',
    'college',
    'primary',
    'secondary',
    'high',
    'grammar',
    'infants',
    'juniors',
    'comprehensive',
  ],
  detect(ctx, emit) {
    const text = ctx.text;
    SCHOOL_TERMINAL.lastIndex = 0;
    for (let m = SCHOOL_TERMINAL.exec(text); m !== null; m = SCHOOL_TERMINAL.exec(text)) {
      const emitted = matchSchoolName(text, m);
      if (emitted) emit(emitted.start, m.index + m[0].length);
    }
  },
};

interface Token {
  word: string;
  start: number;
}

const TRAILING_PUNCTUATION = /[.,!?;:)"]$/;
const PREVIOUS_WORD = /(\S+)\s+$/;

function tokensBefore(text: string, index: number): Token[] {
  const windowStart = Math.max(0, index - 90);
  const lead = text.slice(windowStart, index);
  const tokens: Token[] = [];
  const tokenRe = /\S+/g;
  for (let t = tokenRe.exec(lead); t !== null; t = tokenRe.exec(lead)) {
    tokens.push({ word: t[0].replace(/’/g, "'"), start: windowStart + t.index });
  }
  // The first token may have been cut in half by the window.
  if (windowStart > 0 && tokens.length > 0 && !/\s/.test(text[windowStart - 1] ?? ' ')) tokens.shift();
  return tokens;
}

function isSentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(?:^|[.!?\n])\s*$/.test(before);
}

function matchSchoolName(text: string, m: RegExpExecArray): { start: number } | null {
  const terminal = (m[1] ?? '').toLowerCase();
  const terminalCapitalised = /^[A-Z]/.test(m[1] ?? '');
  // Cheap first look: "after school", "my school", "the academy" are by far the commonest.
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1]?.toLowerCase();
  if (previous === undefined) return null;
  if (NOT_SCHOOL_NAME.has(previous) && !SCHOOL_DESCRIPTORS.has(previous)) return null;
  const tokens = tokensBefore(text, m.index);
  let i = tokens.length - 1;
  // Descriptors sit between the name and the final word ("Catholic", "Primary", "C of E").
  while (i >= 0) {
    const tok = tokens[i] as Token;
    if (TRAILING_PUNCTUATION.test(tok.word)) break;
    if (!SCHOOL_DESCRIPTORS.has(tok.word.toLowerCase())) break;
    i--;
  }
  const nameEnd = i;
  let nameStart = i + 1;
  while (i >= 0 && nameEnd - i < 3) {
    const tok = tokens[i] as Token;
    if (TRAILING_PUNCTUATION.test(tok.word) && !/^st\.$/i.test(tok.word)) break;
    if (!/^[A-Za-z][A-Za-z'.-]*$/.test(tok.word)) break;
    const lower = tok.word.toLowerCase();
    if (NOT_SCHOOL_NAME.has(lower) || NOT_SCHOOL_NAME.has(lower.replace(/'s$/, ''))) break;
    // A name is written consistently: "played Westfield Academy" stops at "played".
    const nearest = tokens[nameEnd] as Token;
    if (i < nameEnd && /^[A-Z]/.test(tok.word) !== /^[A-Z]/.test(nearest.word)) break;
    nameStart = i;
    i--;
  }
  if (nameStart > nameEnd) return null;
  const prevTok = tokens[nameStart - 1];
  if (prevTok && /^(?:st\.?|saint)$/i.test(prevTok.word)) nameStart--;
  const nameTokens = tokens.slice(nameStart, nameEnd + 1);
  const first = nameTokens[0];
  if (!first) return null;
  const capitalised = nameTokens.every((t) => /^[A-Z]/.test(t.word));
  const cue = SCHOOL_CUE_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start));
  if (capitalised && terminalCapitalised) return first;
  if (cue) return first;
  // "Oakfield school" is still a named school, but a lone capitalised word opening a sentence
  // ("Maybe school is shut") is not, and lower-case "high"/"primary" are too often adjectives.
  if (capitalised && terminal !== 'high' && terminal !== 'primary') {
    if (nameTokens.length === 1 && isSentenceStart(text, first.start)) return null;
    return first;
  }
  return null;
}

// Many schools are named after a saint, cardinal or bishop and are called just that in chat
// ("I go to St Mary's", "anyone at Cardinal Heenan?"). "St" names need a present-tense school
// cue, since "we went to St Ives" is a holiday; the church titles need only a place cue.
const saintNamedSchoolRule = defineRegexRule({
  id: 'pii.school.saint_named',
  type: 'school',
  severity: 2,
  description:
    'Schools known by a saint\'s, cardinal\'s or bishop\'s name alone ("I go to St Mary\'s", "anyone else at Cardinal Heenan?").',
  reason: 'Names a school, which together with other details can locate a young person.',
  examples: ['i go to st marys', 'is anyone else at Cardinal Heenan?', 'she goes to Bishop Stopford'],
  pattern:
    "(?:(?:i|we|he|she|they|u|you|my (?:brother|sister|cousin|mate|friend|bestie)) (?:go|goes|attend|attends|still go|still goes) to|(?:i'm|im|i am|we're|were|he's|hes|she's|shes) (?:in year \\d+ )?at) ((?:st\\.?|saint) [a-z][a-z'’]+(?:'?s)?|(?:cardinal|bishop|archbishop) [a-z][a-z'’-]+)|(?:at|from|to|attend|attends) ((?:cardinal|bishop|archbishop) [A-Z][a-z'’-]+)",
  group: [1, 2],
  accept: (m, text) => {
    const name = m[1] ?? m[2] ?? '';
    // "St Ives", "St Pancras": places and stations are not schools.
    if (
      /\b(?:ives|pancras|albans|andrews|helens|austell|neots|leonards|annes|davids|asaph|james's park|james park|mary's hospital|thomas' hospital|thomas hospital|georges hall)\b/i.test(
        name,
      )
    )
      return false;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    return !/^\s*(?:church|cathedral|chapel|hospital|park|station|hall|road|street)\b/i.test(after);
  },
});

// ---------------------------------------------------------------------------------------------
// Social handles

const HANDLE_STOPWORDS = new Set(
  `is its it's me and then pls please too lol x xx xxx now rn u you so if the a an name because cos coz cuz but or when yeah yh yes ok okay later tonight tomorrow private
  dm dms instead babe hun hon haha though tho bro fam it this that add follow on at my same down up broke deleted banned public dead dry boring hacked locked working not
  isnt isn't aint ain't got get have has had was were are be been will would can could should no nah ye yea yep sure thanks thx ty plz to for of in with from by about
  again anymore either still just only really already never ever also as well new old other another account acc story stories stream streams live message messages
  chat chats me? here there everyone everybody anyone anybody someone somebody nobody team group server call calls facetime pic pics photo photos video videos
  easier easy better best quicker faster safer simpler more less free fine good quiet bored busy`.split(
    /\s+/,
  ),
);
const AT_STOPWORDS = new Set(
  `everyone here channel all home school work lunch break the my your a me you it them us church club gym uni college mine yours night noon midday midnight weekend
  park mums mum dads dad nans nan grans beach shops shop town station pool cinema football training practice rehearsal youth centre center hall library`.split(
    /\s+/,
  ),
);
const TIME_LIKE = /^\d{1,2}(?:[.:]?\d{2})?(?:am|pm|ish)?$/i;

const atHandleRule = defineRegexRule({
  id: 'pii.social.at_handle',
  type: 'social_handle',
  severity: 2,
  description:
    'Social media @handles. Times ("@3pm"), places ("@home") and group mentions ("@everyone") are ignored.',
  reason: 'A social media handle, which lets someone find and contact a person outside the service.',
  examples: ['follow me @lily_rose.x', 'its @jayden2009 on tiktok'],
  bare: true,
  pattern: '(?<![a-z0-9_@.])@([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)(?![a-z0-9_@])',
  accept: (m) => {
    const handle = m[1] ?? '';
    if (!/[a-z]/i.test(handle)) return false;
    if (TIME_LIKE.test(handle)) return false;
    return !AT_STOPWORDS.has(handle.toLowerCase());
  },
});
const atHandleDetector: Detector = { ...atHandleRule, needsAt: true };

const PLATFORMS =
  '(?:snap ?chat|snap|sc|insta(?:gram)?|ig|tik ?tok|tt|discord|twitter|twitch|xbox|xbl|psn|gamer ?tag|gt|roblox|kik|telegram|tele|fb|facebook|bereal|yt|youtube|steam|epic|fortnite|minecraft|threads|spotify|pinterest|tumblr)';
const HANDLE = '@?([a-z0-9_](?:[a-z0-9_.\\-]{0,28}[a-z0-9_])?(?:#\\d{4})?)';

const platformHandleRule = defineRegexRule({
  id: 'pii.social.platform_handle',
  type: 'social_handle',
  severity: 3,
  description:
    'Usernames given with the platform: "snap: name", "my insta is name", "discord - name#1234", "add me on tiktok its name".',
  reason: 'A username on a named platform, which lets someone find and contact a person outside the service.',
  examples: [
    'sc: rory_09',
    'my insta is lilyyy.x',
    'add me on snap its jess_x2',
    'discord - kai#4821',
    'add me on discord im shadowfox',
  ],
  pattern: `(?:${PLATFORMS}(?: ?(?:name|username|user|handle|tag|id|acc|account|@))?(?: ?(?:is|=|:|-|–|=>|->|@|is @|it's|its) ?)|(?:(?:add|follow|find|message|msg|dm|text|ping|chat to|talk to|speak to) (?:me|us|him|her|them)|hmu|hit (?:me|us) up) (?:on|at|@|over) ${PLATFORMS},? ?(?:(?:its|it's|it is|is|i'm|i am|my (?:user ?name|name|user|tag|ign|gamer ?tag|account|acc) (?:is|=|:)|:|-|@|=) ?)?|(?:add|follow) (?:my|his|her|their) ${PLATFORMS},? ?(?:(?:its|it's|is|:|-|@|=) ?)?|(?:snap|snapchat|insta|tiktok|kik|discord|telegram) (?:me|us)(?: ?(?:on|at|@|:|-|–) ?| ))${HANDLE}`,
  group: 1,
  accept: (m, text) => {
    const whole = m[0];
    const handle = m[1] ?? '';
    const lower = handle.toLowerCase();
    if (lower.length < 2 || HANDLE_STOPWORDS.has(lower)) return false;
    if (TIME_LIKE.test(lower) || /^\d+$/.test(lower)) return false;
    if (/[\d_.#]/.test(handle)) return true;
    // A plain word only counts when it is clearly offered as a username: after a separator,
    // after "its", or after "my snap is" (but not "discord is better").
    if (/(?:[:=@–-]|->|=>|\bits|\bit['’]s)\s*@?\S+$/i.test(whole)) return true;
    // "add me on discord im shadowfox": after "I'm" the word is a name only when nothing follows
    // it, since "add me on snap im going out" goes on to say what they are doing.
    if (/\bi['’]?m\s*@?\S+$|\bi am\s*@?\S+$/i.test(whole)) {
      return /^\s*(?:$|[,.!?;)]|(?:x+|lol|pls|please|thx|thanks|on there|if|follow|add me)\b)/i.test(
        text.slice(m.index + whole.length),
      );
    }
    const lead = text.slice(Math.max(0, m.index - 12), m.index);
    return /\b(?:my|his|her|their|ur|your|our)\s*$/i.test(lead) && /\bis\s*@?\S+$/i.test(whole);
  },
});

// "add me on roblox, my user is bluefox_777": the platform named earlier in the message.
const labelledUsernameRule = defineRegexRule({
  id: 'pii.social.labelled_username',
  type: 'social_handle',
  severity: 3,
  description:
    'Usernames given as "my user is ...", "username: ..." or "gamertag - ..." in a message that names a platform.',
  reason: 'A username on a named platform, which lets someone find and contact a person outside the service.',
  examples: ['add me on roblox, my user is bluefox_777', 'fortnite username: nightowl_22'],
  pattern: `(?:user|user ?name|handle|tag|gamer ?tag|in ?game name|ign|display name|account name|acc name|id)(?: (?:is|=|:|-|–) ?| ?[:=–-] ?)${HANDLE}`,
  group: 1,
  accept: (m, text) => {
    const handle = (m[1] ?? '').toLowerCase();
    if (handle.length < 3 || HANDLE_STOPWORDS.has(handle) || TIME_LIKE.test(handle) || /^\d+$/.test(handle))
      return false;
    const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
    return new RegExp(`\\b${PLATFORMS}\\b`, 'i').test(around);
  },
});

export const piiDetectors: Detector[] = [
  phoneDetector,
  emailDetector,
  obfuscatedEmail,
  postcodeDetector,
  houseAndStreetDetector,
  flatNumberRule,
  livesOnStreetRule,
  schoolDetector,
  saintNamedSchoolRule,
  atHandleDetector,
  platformHandleRule,
  labelledUsernameRule,
];
