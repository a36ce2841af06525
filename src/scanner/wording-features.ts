/**
 * The words the wording model reads, taken from a message's UTF-8 bytes: lower-case runs of
 * a-z and 0-9, with apostrophes dropped so "don't" and "dont" are one word. Every other byte
 * (spaces, punctuation, emoji, accented letters) ends a word. Features are each word and each
 * pair of neighbouring words, counted once per segment.
 *
 * Training reads names ("w:secret", "b:our secret"); scanning reads 32-bit keys, so no string
 * is made for the nine messages in ten that hold nothing. `featureKey(name)` ties the two
 * together, and wording-model.test.ts checks that both paths see the same features.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Keeps a pair's key apart from either word's own. */
const PAIR_SALT = 0x9e3779b9;

/** Byte classes: 0 ends a word, 1 is a word byte (already lower-case), 2 is dropped (apostrophe). */
const WORD_BYTE = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) WORD_BYTE[b] = 1;
for (let b = 0x61; b <= 0x7a; b++) WORD_BYTE[b] = 1;
for (let b = 0x41; b <= 0x5a; b++) WORD_BYTE[b] = 1;
WORD_BYTE[0x27] = 2;

export function pairKey(first: number, second: number): number {
  return (Math.imul(first ^ PAIR_SALT, FNV_PRIME) ^ second) | 0;
}

function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** The key scanning computes for a feature name made by `featureNames`. */
export function featureKey(name: string): number {
  if (name.startsWith('w:')) return wordHash(name.slice(2));
  const [first = '', second = ''] = name.slice(2).split(' ');
  return pairKey(wordHash(first), wordHash(second));
}

/** Is `bytes[i]` the start of a right or left single quotation mark (E2 80 98/99)? */
function isCurlyApostrophe(bytes: Uint8Array, i: number, end: number): boolean {
  return (
    bytes[i] === 0xe2 &&
    i + 2 < end &&
    bytes[i + 1] === 0x80 &&
    (bytes[i + 2] === 0x99 || bytes[i + 2] === 0x98)
  );
}

/**
 * Calls `onWord(hash, startByte, endByte)` for each word of `bytes[start, end)`, in order, and
 * `onBreak()` where the text breaks into a new segment (see `segmentBreakAt`).
 */
export function walkWords(
  bytes: Uint8Array,
  start: number,
  end: number,
  onWord: (hash: number, wordStart: number, wordEnd: number) => void,
  onBreak: (at: number) => void,
): void {
  let h = FNV_OFFSET;
  let wordStart = -1;
  let segmentStart = start;
  for (let i = start; i < end; i++) {
    const b = bytes[i] as number;
    const cls = WORD_BYTE[b] as number;
    if (cls === 1) {
      if (wordStart < 0) {
        wordStart = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ (b <= 0x5a && b >= 0x41 ? b | 0x20 : b), FNV_PRIME);
      continue;
    }
    if (cls === 2) continue;
    if (isCurlyApostrophe(bytes, i, end)) {
      i += 2;
      continue;
    }
    if (wordStart >= 0) {
      onWord(h | 0, wordStart, i);
      wordStart = -1;
    }
    if (segmentBreakAt(bytes, i, end, segmentStart)) {
      onBreak(i);
      segmentStart = i + 1;
    }
  }
  if (wordStart >= 0) onWord(h | 0, wordStart, end);
}

/**
 * Longer texts (a post, a pasted log) are read a segment at a time, so that words from
 * unrelated lines do not add up: a new line always starts one, and a sentence end (. ! ?
 * before a space) does once the segment is past SEGMENT_BYTES. Chat messages are one segment.
 */
export const SEGMENT_BYTES = 240;

function segmentBreakAt(bytes: Uint8Array, i: number, end: number, segmentStart: number): boolean {
  const b = bytes[i];
  if (b === 0x0a) return true;
  if (b !== 0x2e && b !== 0x21 && b !== 0x3f) return false;
  return i - segmentStart >= SEGMENT_BYTES && i + 1 < end && bytes[i + 1] === 0x20;
}

const encoder = new TextEncoder();

/** Feature names of each segment of `text`, for training and for explaining a score. */
export function featureNames(text: string): string[][] {
  const bytes = encoder.encode(text);
  const segments: string[][] = [];
  let words: string[] = [];
  const flush = (): void => {
    const names = new Set<string>();
    for (let k = 0; k < words.length; k++) {
      names.add(`w:${words[k]}`);
      if (k + 1 < words.length) names.add(`b:${words[k]} ${words[k + 1]}`);
    }
    if (names.size > 0) segments.push([...names]);
    words = [];
  };
  walkWords(
    bytes,
    0,
    bytes.length,
    (_h, s, e) => {
      let w = '';
      for (let i = s; i < e; i++) {
        const b = bytes[i] as number;
        if (WORD_BYTE[b] === 1) w += String.fromCharCode(b >= 0x41 && b <= 0x5a ? b | 0x20 : b);
        else if (b === 0xe2) i += 2;
      }
      words.push(w);
    },
    flush,
  );
  flush();
  return segments;
}
