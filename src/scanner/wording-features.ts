/**
 * The words the wording model reads, taken from a message's UTF-8 bytes: lower-case runs of
 * a-z and 0-9, with apostrophes dropped so "don't" and "dont" are one word. Every other byte
 * (spaces, punctuation, emoji, accented letters) ends a word. Features are each word and each
 * pair of neighbouring words, counted once per segment.
 *
 * Training reads names ("w:secret", "b:our secret"); scanning reads 32-bit keys, so no string
 * is made for a message the model does not raise. `featureKey(name)` ties the two
 * together, and wording-model.test.ts checks that both paths see the same features.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Keeps a pair's key apart from either word's own. */
const PAIR_SALT = 0x9e3779b9;

/**
 * Byte classes: 0 ends a word, 1 is a word byte, 2 is dropped (an apostrophe), 3 ends a word and
 * may end a segment (new line, full stop, ! and ?). `| 0x20` lower-cases every word byte, since
 * it leaves digits and small letters as they are.
 */
const WORD_BYTE = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) WORD_BYTE[b] = 1;
for (let b = 0x61; b <= 0x7a; b++) WORD_BYTE[b] = 1;
for (let b = 0x41; b <= 0x5a; b++) WORD_BYTE[b] = 1;
WORD_BYTE[0x27] = 2;
for (const b of [0x0a, 0x2e, 0x21, 0x3f]) WORD_BYTE[b] = 3;

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

/** The words of one text, reused from message to message so scanning allocates nothing. */
export class WordBuffer {
  count = 0;
  hash = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Which segment each word is in, counting from 0. */
  segment = new Int32Array(64);

  grow(): void {
    const twice = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.hash = twice(this.hash);
    this.start = twice(this.start);
    this.end = twice(this.end);
    this.segment = twice(this.segment);
  }
}

/** Fills `words` with the words of `bytes[start, end)`, in order; returns how many. */
export function readWords(bytes: Uint8Array, start: number, end: number, words: WordBuffer): number {
  let { hash, start: starts, end: ends, segment: segments } = words;
  let count = 0;
  let h = FNV_OFFSET;
  let wordStart = -1;
  let segment = 0;
  let segmentStart = start;
  // One step past the end, read as a space, so the last word ends like any other.
  for (let i = start; i <= end; i++) {
    const b = i < end ? (bytes[i] as number) : 0x20;
    const cls = WORD_BYTE[b] as number;
    if (cls === 1) {
      if (wordStart < 0) {
        wordStart = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ (b | 0x20), FNV_PRIME);
      continue;
    }
    if (cls === 2) continue;
    if (b === 0xe2 && isCurlyApostrophe(bytes, i, end)) {
      i += 2;
      continue;
    }
    if (wordStart >= 0) {
      if (count === hash.length) {
        words.grow();
        ({ hash, start: starts, end: ends, segment: segments } = words);
      }
      hash[count] = h;
      starts[count] = wordStart;
      ends[count] = i;
      segments[count++] = segment;
      wordStart = -1;
    }
    if (
      (cls === 3 && segmentBreakAt(bytes, i, end, segmentStart)) ||
      i - segmentStart >= LONGEST_SEGMENT_BYTES
    ) {
      segment++;
      segmentStart = i + 1;
    }
  }
  words.count = count;
  return count;
}

/**
 * Longer texts (a post, a pasted log) are read a segment at a time, so that words from
 * unrelated lines do not add up: a new line always starts one, and a sentence end (. ! ?
 * before a space) does once the segment is past SEGMENT_BYTES. Text with neither (a pasted
 * wall of words) breaks between words at LONGEST_SEGMENT_BYTES, so that no segment's sum runs
 * on without end. Chat messages are one segment.
 */
export const SEGMENT_BYTES = 240;
const LONGEST_SEGMENT_BYTES = 4 * SEGMENT_BYTES;

function segmentBreakAt(bytes: Uint8Array, i: number, end: number, segmentStart: number): boolean {
  const b = bytes[i];
  if (b === 0x0a) return true;
  if (b !== 0x2e && b !== 0x21 && b !== 0x3f) return false;
  return i - segmentStart >= SEGMENT_BYTES && i + 1 < end && bytes[i + 1] === 0x20;
}

const encoder = new TextEncoder();

const decoder = new TextDecoder();

/** A segment's features: each name, with the words as the text wrote them ("I've", "your mum"). */
export type SegmentFeatures = Map<string, string>;

/** The features of each segment of `text`, for training and for explaining a score. */
export function segmentFeatures(text: string): SegmentFeatures[] {
  const bytes = encoder.encode(text);
  const words = new WordBuffer();
  readWords(bytes, 0, bytes.length, words);
  const segments: SegmentFeatures[] = [];
  let features: SegmentFeatures = new Map();
  let previous = '';
  const written = (from: number, to: number): string =>
    decoder.decode(bytes.subarray(words.start[from], words.end[to]));
  for (let k = 0; k < words.count; k++) {
    const pairs = k > 0 && words.segment[k] === words.segment[k - 1];
    if (k > 0 && !pairs) {
      segments.push(features);
      features = new Map();
    }
    let word = '';
    for (let i = words.start[k] as number; i < (words.end[k] as number); i++) {
      const b = bytes[i] as number;
      if (WORD_BYTE[b] === 1) word += String.fromCharCode(b | 0x20);
      else if (b === 0xe2) i += 2;
    }
    if (!features.has(`w:${word}`)) features.set(`w:${word}`, written(k, k));
    if (pairs && !features.has(`b:${previous} ${word}`))
      features.set(`b:${previous} ${word}`, written(k - 1, k));
    previous = word;
  }
  if (features.size > 0) segments.push(features);
  return segments;
}

/** Feature names of each segment of `text`, as training reads them. */
export function featureNames(text: string): string[][] {
  return segmentFeatures(text).map((features) => [...features.keys()]);
}
