/**
 * Spellings that dodge filters: letters written as look-alike digits or symbols inside a word
 * ("k!ll myself", "s3lf h4rm", "r@ped", "r*ped"). Young people learn them precisely because
 * moderation misses them, so the scanner reads such a message a second time with the
 * stand-ins put back as letters, and the risk rules meet the words they were written for.
 *
 * A character counts as a stand-in only between two letters of one word: "4pm", "lol!!",
 * "@kayla", "£5" and "07700 900123" are left alone. Every stand-in is one ASCII character
 * replaced by one letter, so a reading has the message's length and every span fits both.
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
const isLetter = (c: string): boolean => ((c.charCodeAt(0) | 0x20) - 97) >>> 0 < 26;

const STAND_IN_BYTE = (() => {
  const table = new Uint8Array(256);
  for (const c of '0134578@$!|*') table[c.charCodeAt(0)] = 1;
  return table;
})();
const isLetterByte = (b: number): boolean => ((b | 0x20) - 97) >>> 0 < 26;

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

/**
 * The message read with its stand-ins as letters: one reading, or one per way of reading a '1'
 * (i or l) and a '*' (each vowel); none when no word holds a stand-in.
 */
export function plainReadings(text: string): string[] {
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
  const ones = reading.includes(ONE) ? ['i', 'l'] : [''];
  const readings: string[] = [];
  for (const one of ones) {
    const withOnes = one === '' ? reading : reading.replaceAll(ONE, one);
    if (!MASKED.test(withOnes)) {
      readings.push(withOnes);
      continue;
    }
    for (const vowel of MASKED_VOWELS) {
      readings.push(withOnes.replace(MASKED_RUNS, (stars) => vowel.repeat(stars.length)));
    }
  }
  return readings;
}
