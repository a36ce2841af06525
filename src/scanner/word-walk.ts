/**
 * The scanner's one pass over a message: a byte-level automaton, built from every word the
 * rules need, that notes which of those words begin a word of the text (or are the whole word),
 * counts digits and flags '@', a digit followed by a letter, non-ASCII bytes and bytes JSON
 * must escape. It runs once per byte of every message, so the loop does one table look-up per
 * byte and leaves everything else to the rare states that need an action.
 */

export const HAS_AT_FLAG = 1;
export const HAS_DIGIT_THEN_LETTER_FLAG = 2;
export const HAS_JSON_ESCAPE_FLAG = 4;
export const HAS_NON_ASCII_FLAG = 8;

/** A word the walk looks for: `stem` begins a word, or with `exact` is the whole word. */
export interface WalkWord {
  readonly stem: string;
  readonly exact: boolean;
}

export interface WordWalk {
  /**
   * Walks `bytes[start, end)` (UTF-8), listing in `fired` the index of each word found (once),
   * counting digits into `digits`; returns the HAS_* flags. Each walk forgets the last.
   */
  mark(bytes: Uint8Array, start: number, end: number): number;
  readonly fired: Int32Array;
  readonly firedCount: number;
  /** Whether the last walk found word `w`. */
  has(w: number): boolean;
  readonly digits: number;
  /**
   * The longest run of digits in the last message with at most two of space . ( ) - between
   * neighbours; worked out on request, since only a message with many digits needs it.
   */
  digitChain(): number;
}

// Byte classes. Letters (either case) 0-25 and digits 26-35 are the trie's alphabet; '_' is a
// word character outside it; separators are plain, or flagged for the HAS_* bits. Every byte of
// a multi-byte UTF-8 character separates words, as `\b` treats non-ASCII in non-Unicode regexes.
const LETTERS = 36;
const UNDERSCORE = 36;
const SEPARATOR = 37;
const FLAGGED_SEPARATOR = 38;
const STRIDE_SHIFT = 6;

const BYTE_CLASS = (() => {
  const table = new Uint8Array(256).fill(SEPARATOR);
  for (let c = 97; c <= 122; c++) table[c] = c - 97;
  for (let c = 65; c <= 90; c++) table[c] = c - 65;
  for (let c = 48; c <= 57; c++) table[c] = c - 22;
  table[95] = UNDERSCORE;
  for (let c = 0; c < 0x20; c++) table[c] = FLAGGED_SEPARATOR;
  table[0x22] = FLAGGED_SEPARATOR;
  table[0x5c] = FLAGGED_SEPARATOR;
  table[0x40] = FLAGGED_SEPARATOR;
  for (let c = 0x80; c < 0x100; c++) table[c] = FLAGGED_SEPARATOR;
  return table;
})();

const SEPARATOR_FLAG = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 0x20; c++) table[c] = HAS_JSON_ESCAPE_FLAG;
  table[0x22] = HAS_JSON_ESCAPE_FLAG;
  table[0x5c] = HAS_JSON_ESCAPE_FLAG;
  table[0x40] = HAS_AT_FLAG;
  for (let c = 0x80; c < 0x100; c++) table[c] = HAS_NON_ASCII_FLAG;
  return table;
})();

// Bytes that may stand between the digits of a phone number: whitespace, '.', '(', ')', '-', and
// any byte of a multi-byte character (some Unicode spaces). Two such characters take at most six.
const CHAIN_GAP = (() => {
  const table = new Uint8Array(256);
  for (const c of [9, 10, 11, 12, 13, 32, 0x2e, 0x28, 0x29, 0x2d]) table[c] = 1;
  for (let c = 0x80; c < 0x100; c++) table[c] = 1;
  return table;
})();
const MAX_CHAIN_GAP_BYTES = 6;

const isLetterByte = (c: number): boolean => {
  const folded = (c | 0x20) - 97;
  return folded >= 0 && folded < 26;
};

/**
 * Builds the automaton. Words whose stems hold anything but ASCII letters and digits ("£")
 * are found with a plain byte search after the walk.
 */
export function buildWordWalk(words: readonly WalkWord[]): WordWalk {
  // A trie over the stems: node 0 is the root.
  const children: Int32Array[] = [new Int32Array(LETTERS).fill(-1)];
  const prefixWord: number[] = [-1];
  const exactWord: number[] = [-1];
  const byDigit: boolean[] = [false];
  const symbols: Array<[Uint8Array, number]> = [];
  const encoder = new TextEncoder();
  words.forEach((w, index) => {
    const stem = w.stem.toLowerCase();
    if (!/^[a-z0-9]+$/.test(stem)) {
      symbols.push([encoder.encode(stem), index]);
      return;
    }
    let node = 0;
    for (const ch of stem) {
      const cls = BYTE_CLASS[ch.charCodeAt(0)] as number;
      const row = children[node] as Int32Array;
      let next = row[cls] as number;
      if (next < 0) {
        next = children.length;
        children.push(new Int32Array(LETTERS).fill(-1));
        prefixWord.push(-1);
        exactWord.push(-1);
        byDigit.push(cls >= 26);
        row[cls] = next;
      }
      node = next;
    }
    if (w.exact) exactWord[node] = index;
    else prefixWord[node] = index;
  });

  // Automaton states: the trie's nodes, then "in a word no stem starts" (reached by a letter or
  // a digit), then the root again as reached by a separator that needs an action. States that
  // need an action are numbered last, so the loop tests one comparison.
  const trieNodes = children.length;
  const DEAD = trieNodes;
  const DEAD_DIGIT = trieNodes + 1;
  const ROOT_ACTION = trieNodes + 2;
  const stateCount = trieNodes + 3;
  const needsAction = (s: number): boolean =>
    s === DEAD_DIGIT ||
    s === ROOT_ACTION ||
    (s < trieNodes && ((prefixWord[s] as number) >= 0 || (byDigit[s] as boolean)));
  const order: number[] = [];
  for (let s = 0; s < stateCount; s++) if (!needsAction(s)) order.push(s);
  const firstAction = order.length;
  for (let s = 0; s < stateCount; s++) if (needsAction(s)) order.push(s);
  const id = new Int32Array(stateCount);
  order.forEach((s, i) => {
    id[s] = i;
  });

  const table =
    stateCount < 0x10000
      ? new Uint16Array(stateCount << STRIDE_SHIFT)
      : new Int32Array(stateCount << STRIDE_SHIFT);
  const exactOf = new Int32Array(stateCount).fill(-1);
  const prefixOf = new Int32Array(stateCount).fill(-1);
  for (let s = 0; s < stateCount; s++) {
    const from = id[s] as number;
    const row =
      s < trieNodes ? (children[s] as Int32Array) : s === ROOT_ACTION ? (children[0] as Int32Array) : null;
    for (let cls = 0; cls < LETTERS; cls++) {
      const child = row ? (row[cls] as number) : -1;
      table[(from << STRIDE_SHIFT) | cls] = id[child >= 0 ? child : cls >= 26 ? DEAD_DIGIT : DEAD] as number;
    }
    table[(from << STRIDE_SHIFT) | UNDERSCORE] = id[DEAD] as number;
    const endsExact = s < trieNodes && (exactWord[s] as number) >= 0;
    table[(from << STRIDE_SHIFT) | SEPARATOR] = id[endsExact ? ROOT_ACTION : 0] as number;
    table[(from << STRIDE_SHIFT) | FLAGGED_SEPARATOR] = id[ROOT_ACTION] as number;
    if (s < trieNodes) {
      exactOf[from] = exactWord[s] as number;
      prefixOf[from] = prefixWord[s] as number;
    }
  }
  const root = id[0] as number;
  const rootAction = id[ROOT_ACTION] as number;

  // marks[w] === epoch when this walk found word w, so nothing needs clearing between messages.
  const marks = new Int32Array(words.length);
  let epoch = 0;
  const fired = new Int32Array(words.length);
  let firedCount = 0;
  let digits = 0;
  let lastBytes: Uint8Array = new Uint8Array(0);
  let lastStart = 0;
  let lastEnd = 0;

  const contains = (bytes: Uint8Array, start: number, end: number, needle: Uint8Array): boolean => {
    const first = needle[0] as number;
    outer: for (let i = start; i <= end - needle.length; i++) {
      if (bytes[i] !== first) continue;
      for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  };

  return {
    fired,
    has: (w) => marks[w] === epoch,
    get firedCount() {
      return firedCount;
    },
    get digits() {
      return digits;
    },
    digitChain() {
      let chain = 0;
      let longest = 0;
      let lastDigit = lastStart - MAX_CHAIN_GAP_BYTES - 2;
      for (let i = lastStart; i < lastEnd; i++) {
        const c = lastBytes[i] as number;
        if (c < 48 || c > 57) continue;
        let linked = i - lastDigit - 1 <= MAX_CHAIN_GAP_BYTES;
        for (let g = lastDigit + 1; linked && g < i; g++) linked = CHAIN_GAP[lastBytes[g] as number] === 1;
        chain = linked ? chain + 1 : 1;
        if (chain > longest) longest = chain;
        lastDigit = i;
      }
      return longest;
    },
    mark(bytes, start, end) {
      // Locals rather than the closure's variables: this loop runs once per byte of input.
      let count = 0;
      let digitCount = 0;
      let flags = 0;
      if (epoch === 0x7fffffff) {
        marks.fill(0);
        epoch = 0;
      }
      const now = ++epoch;
      lastBytes = bytes;
      lastStart = start;
      lastEnd = end;
      let state = root;
      for (let i = start; i < end; i++) {
        const c = bytes[i] as number;
        const previous = state;
        state = table[(state << STRIDE_SHIFT) | (BYTE_CLASS[c] as number)] as number;
        if (state < firstAction) continue;
        let word: number;
        if (state === rootAction) {
          flags |= SEPARATOR_FLAG[c] as number;
          word = exactOf[previous] as number;
        } else {
          if (c - 48 < 10 && c >= 48) {
            digitCount++;
            if (i + 1 < end && isLetterByte(bytes[i + 1] as number)) flags |= HAS_DIGIT_THEN_LETTER_FLAG;
          }
          word = prefixOf[state] as number;
        }
        if (word >= 0 && marks[word] !== now) {
          marks[word] = now;
          fired[count++] = word;
        }
      }
      const last = exactOf[state] as number;
      if (last >= 0 && marks[last] !== now) {
        marks[last] = now;
        fired[count++] = last;
      }
      for (let k = 0; k < symbols.length; k++) {
        const [needle, word] = symbols[k] as [Uint8Array, number];
        if (marks[word] === now) continue;
        // Non-ASCII needles can only be present when the walk saw a non-ASCII byte.
        if ((needle[0] as number) >= 0x80 && (flags & HAS_NON_ASCII_FLAG) === 0) continue;
        if (contains(bytes, start, end, needle)) {
          marks[word] = now;
          fired[count++] = word;
        }
      }
      firedCount = count;
      digits = digitCount;
      return flags;
    },
  };
}
