/**
 * Spellings that dodge filters: letters written as look-alike digits or symbols inside a word
 * ("k!ll myself", "s3lf h4rm", "r@ped", "r*ped"). Young people learn them precisely because
 * moderation misses them, so the scanner reads such a message a second time with the
 * stand-ins put back as letters, and the risk rules meet the words they were written for.
 *
 * A character counts as a stand-in only between two letters of one word: "4pm", "lol!!",
 * "@kayla", "£5" and "07700 900123" are left alone. Letters stretched for emphasis ("i want to
 * diiie", "i hate myselfff") are read as one letter and as two, since "kiiill" is "kill" and
 * "diiie" is "die"; such a reading is shorter, so it carries where each of its characters came
 * from.
 */

// '1' is read both ways ("k1ll", "ug1y"), through a placeholder the readings fill in.
const ONE = '\u0001';
const STAND_INS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': ONE,
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
/** A '*' hides a letter without saying which, so each vowel is tried in turn. */
const MASK = '*';
const MASKED_VOWELS = ['a', 'e', 'i', 'o', 'u'] as const;
const MASKED = /[a-z]\*+[a-z]/i;
const MASKED_RUNS = /(?<=[a-z])\*+(?=[a-z])/gi;

const WORD = /[a-z0-9@$!|*]{3,}/gi;
const isLetterByte = (b: number): boolean => ((b | 0x20) - 97) >>> 0 < 26;
const isLetter = (c: string): boolean => isLetterByte(c.charCodeAt(0));

/** 1 for every byte that may stand in for a letter: the keys of STAND_INS, and the mask. */
const STAND_IN_BYTE = (() => {
  const table = new Uint8Array(256);
  for (const c of [...Object.keys(STAND_INS), MASK]) table[c.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Whether UTF-8 `bytes[start, end)` may hold a stand-in between letters: a cheap look before
 * decoding, so "4pm", "@kayla" and "lol!!" cost no second reading.
 */
export function mayHoldStandIn(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    if (STAND_IN_BYTE[bytes[i] as number] === 0 || !isLetterByte(bytes[i - 1] as number)) continue;
    let j = i + 1;
    while (j < end && STAND_IN_BYTE[bytes[j] as number] === 1) j++;
    if (j < end && isLetterByte(bytes[j] as number)) return true;
  }
  return false;
}

/** Whether UTF-8 `bytes[start, end)` holds a letter three times over ("diiie"). */
export function hasStretchedLetter(bytes: Uint8Array, start: number, end: number): boolean {
  // Comparing two apart first fails fast on almost every byte of ordinary text.
  for (let i = start; i < end - 2; i++) {
    const b = bytes[i] as number;
    if (b === bytes[i + 2] && b === bytes[i + 1] && isLetterByte(b)) return true;
  }
  return false;
}

/**
 * One way of reading a message: `text`, and where in the message a position of it falls
 * (`start` for where a span begins, `end` for where one ends). A reading with stretched
 * letters shortened is shorter than the message; every other reading has its length.
 */
export interface PlainReading {
  readonly text: string;
  start(position: number): number;
  end(position: number): number;
}

/**
 * Past this length a message is a paste, not a chat line: it gets two readings at most (the
 * likeliest stand-ins, then stretched letters as one), so a hostile one cannot make the scanner
 * read it thirty times over.
 */
export const LONG_MESSAGE = 4096;

// A letter three times or more.
const STRETCHED = /([a-z])\1{2,}/gi;
const same = (position: number): number => position;

/** `reading` with every stretched letter cut to `keep` of it. */
function shorten(reading: string, keep: number): PlainReading {
  // Pairs of where each run begins in `reading` and how long it is; looked at only if a rule
  // finds something, which in most readings none does.
  const runs: number[] = [];
  let text = '';
  let last = 0;
  STRETCHED.lastIndex = 0;
  for (let m = STRETCHED.exec(reading); m !== null; m = STRETCHED.exec(reading)) {
    text += reading.slice(last, m.index) + m[0].slice(0, keep);
    runs.push(m.index, m[0].length);
    last = m.index + m[0].length;
  }
  text += reading.slice(last);
  const toMessage = (position: number, isEnd: boolean): number => {
    let shift = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const runStart = runs[r] as number;
      const runLength = runs[r + 1] as number;
      const shortStart = runStart - shift;
      if (position <= shortStart) break;
      // A span ending just after a shortened run ends after the whole run.
      if (position < shortStart + keep || (isEnd && position === shortStart + keep)) {
        return isEnd && position === shortStart + keep
          ? runStart + runLength
          : runStart + position - shortStart;
      }
      shift += runLength - keep;
    }
    return position + shift;
  };
  return { text, start: (p) => toMessage(p, false), end: (p) => toMessage(p, true) };
}

/**
 * The message read with its stand-ins as letters and its stretched letters shortened: one
 * reading for each way of reading a '1' (i or l), a '*' (each vowel) and a stretched letter
 * (once or twice); none when nothing is disguised. `standIns` false skips looking for
 * stand-ins, when a look at the bytes has found none.
 */
export function plainReadings(text: string, standIns = true): PlainReading[] {
  const long = text.length > LONG_MESSAGE;
  const asIs = standIns ? standInReadings(text, long) : [];
  const readings: PlainReading[] = asIs.map((reading) => ({ text: reading, start: same, end: same }));
  STRETCHED.lastIndex = 0;
  if (!STRETCHED.test(text)) return readings;
  for (const base of asIs.length > 0 ? asIs : [text]) {
    readings.push(shorten(base, 1));
    if (!long) readings.push(shorten(base, 2));
  }
  return readings;
}

/** The readings with stand-ins as letters, all of the message's length; none without stand-ins. */
function standInReadings(text: string, long: boolean): string[] {
  let out = '';
  let last = 0;
  let changed = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    let first = -1;
    let final = -1;
    for (let i = 0; i < word.length; i++) {
      if (!isLetter(word[i] as string)) continue;
      if (first < 0) first = i;
      final = i;
    }
    if (final - first < 2) continue;
    let plain = '';
    for (let i = 0; i < word.length; i++) {
      const c = word[i] as string;
      const letter = i > first && i < final && c !== MASK ? STAND_INS[c] : undefined;
      if (letter !== undefined || (c === MASK && i > first && i < final)) changed = true;
      plain += letter ?? c;
    }
    out += text.slice(last, m.index) + plain;
    last = m.index + word.length;
  }
  if (!changed) return [];
  const reading = out + text.slice(last);
  // A long paste gets the likeliest reading only: '1' as i, '*' as a.
  const ones = reading.includes(ONE) ? (long ? ['i'] : ['i', 'l']) : [''];
  const readings: string[] = [];
  for (const one of ones) {
    const withOnes = one === '' ? reading : reading.replaceAll(ONE, one);
    if (!MASKED.test(withOnes)) {
      readings.push(withOnes);
      continue;
    }
    for (const vowel of long ? MASKED_VOWELS.slice(0, 1) : MASKED_VOWELS) {
      readings.push(withOnes.replace(MASKED_RUNS, (stars) => vowel.repeat(stars.length)));
    }
  }
  return readings;
}
