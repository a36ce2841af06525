/**
 * Deterministic synthetic chat corpus for the scanner benchmark: young people's group chat,
 * staff announcements and the occasional personal detail or risk signal, in roughly the
 * proportions a youth organisation's message history has. Same seed, same bytes, every run.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Ella',
  'Jayden',
  'Amira',
  'Kai',
  'Sophie',
  'Tyler',
  'Priya',
  'Callum',
  'Lily',
  'Mo',
  'Freya',
  'Zak',
  'Isla',
  'Reece',
];
const STAFF = ['Sarah', 'Mr Hughes', 'Miss Patel', 'Dave', 'Jo', 'Coach Ben'];
const PLACES = [
  'the park',
  'Greggs',
  'the youth centre',
  'town',
  'the rec',
  'the leisure centre',
  'Maccies',
  'the bus stop',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TEAMS = ['Leeds', 'City', 'United', 'Rovers', 'the under 14s', 'Year 9'];

type Gen = (r: () => number) => string;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const num = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const time = (r: () => number): string => `${num(r, 1, 12)}:${pick(r, ['00', '15', '30', '45'])}`;

const CHAT: Gen[] = [
  (r) =>
    `omg this homework is killing me 😂 ${pick(r, ['anyone done q3', 'send help', 'why is it so long', 'i give up lol'])}`,
  (r) => `see u at ${pick(r, PLACES)} at ${time(r)}?`,
  (r) => `we destroyed them ${num(r, 2, 6)}-${num(r, 0, 1)} lets goooo`,
  (r) => `I'm dead 😂😂 ${pick(r, NAMES)} fell off the bench`,
  (r) => `anyone know what the science homework is for ${pick(r, DAYS)}`,
  () => `lol same`,
  (r) => `ngl that was actually so good, ${pick(r, NAMES)} you smashed it`,
  (r) => `${pick(r, NAMES)} are you coming to training on ${pick(r, DAYS)} or nah`,
  (r) => `its in room ${num(r, 1, 40)} not the hall`,
  (r) => `my mum said i can come if im back by ${num(r, 6, 9)}`,
  (r) => `did u watch the match, ${pick(r, TEAMS)} got battered ${num(r, 3, 5)}-${num(r, 0, 1)} 💀`,
  (r) => `cant wait for the trip!! ${pick(r, ['🚌', '🎉', '🙌'])}`,
  () => `brb dinner`,
  (r) => `who's got the charger i left it in the ${pick(r, ['common room', 'minibus', 'hall'])}`,
  (r) => `happy birthday ${pick(r, NAMES)}!!! 🎂🎂 have the best day`,
  (r) => `bro i got ${num(r, 10, 30)} kills last night in fortnite`,
  () => `that film was mid tbh`,
  (r) => `does anyone want to swap shifts at the tuck shop on ${pick(r, DAYS)}`,
  (r) => `ugh mocks in ${num(r, 2, 5)} weeks im so stressed`,
  () => `we are SO winning the quiz this year`,
];

const STAFF_MSGS: Gen[] = [
  (r) =>
    `Hi all, just a reminder that ${pick(r, DAYS)}'s session starts at ${time(r)} in Room ${num(r, 1, 20)}. Please bring your consent forms if you haven't already. Thanks, ${pick(r, STAFF)}`,
  (r) =>
    `Hello everyone. The Zoom for tonight's mentoring catch-up is Meeting ID: ${num(r, 800, 999)} ${num(r, 1000, 9999)} ${num(r, 1000, 9999)}, passcode ${num(r, 100000, 999999)}. See you at ${time(r)}.`,
  (r) =>
    `Well done to the under ${num(r, 12, 16)}s who won ${num(r, 2, 5)}-${num(r, 0, 2)} on Saturday! Next fixture is ${pick(r, DAYS)} ${num(r, 1, 28)} March, kick off ${time(r)}. Parents, please email the office if you can help with lifts.`,
  (r) =>
    `Dear parents and carers, the residential trip in ${num(r, 2025, 2027)} will cost £${num(r, 80, 250)}. A deposit is due by ${num(r, 1, 28)}/0${num(r, 1, 9)}. Any questions, please speak to ${pick(r, STAFF)} at the office.`,
  (r) =>
    `Reminder: online safety workshop for Year ${num(r, 7, 11)} is on ${pick(r, DAYS)} period ${num(r, 1, 5)}. We'll cover privacy settings, reporting and who to talk to.`,
];

const PII_MSGS: Gen[] = [
  (r) => `text me on 07${num(r, 700, 999)} ${num(r, 100000, 999999)}`,
  (r) => `my snap is ${pick(r, NAMES).toLowerCase()}_${num(r, 1, 99)} add me`,
  (r) =>
    `i live at ${num(r, 1, 120)} ${pick(r, ['Oak', 'Elm', 'Station', 'Church', 'Mill'])} Road, LS${num(r, 1, 29)} ${num(r, 1, 9)}AB`,
  (r) => `im in year ${num(r, 7, 11)} at Oakfield Academy`,
  (r) => `email me at ${pick(r, NAMES).toLowerCase()}${num(r, 2008, 2013)}@gmail.com`,
];

const RISK_MSGS: Gen[] = [
  () => `dont tell ur mum we talk ok, its our secret`,
  () => `ur so mature for ur age, how old r u`,
  () => `i just dont want to be here anymore`,
  () => `nobody likes you just leave the group`,
  () => `send me a pic of u in ur bra`,
  () => `im gonna batter him after school`,
];

export interface CorpusOptions {
  targetBytes: number;
  seed?: number;
}

/** Returns JSON Lines, one `{"id","text"}` per line, of at least `targetBytes` bytes. */
export function generateCorpus({ targetBytes, seed = 20240901 }: CorpusOptions): string {
  const r = mulberry32(seed);
  const parts: string[] = [];
  let bytes = 0;
  let n = 0;
  const encoder = new TextEncoder();
  while (bytes < targetBytes) {
    const roll = r();
    const gen =
      roll < 0.72
        ? pick(r, CHAT)
        : roll < 0.9
          ? pick(r, STAFF_MSGS)
          : roll < 0.96
            ? pick(r, PII_MSGS)
            : pick(r, RISK_MSGS);
    n++;
    const line = `${JSON.stringify({ id: `m${String(n).padStart(8, '0')}`, text: gen(r) })}\n`;
    parts.push(line);
    bytes += encoder.encode(line).length;
  }
  return parts.join('');
}
