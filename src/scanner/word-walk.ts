/**
 * The scanner's one pass over a message: a byte-level automaton, built from every word and
 * phrase the rules need, that notes which of them begin a word of the text (or are whole words),
 * counts digits and flags '@', a digit followed by a letter, the symbols that stand in for
 * letters in disguised spellings, non-ASCII bytes and bytes JSON must escape. It runs once per
 * byte of every message, so the loop does one table look-up per byte and leaves everything else
 * to the rare states that need an action.
 */

export const HAS_AT_FLAG = 1;
export const HAS_DIGIT_THEN_LETTER_FLAG = 2;
export const HAS_JSON_ESCAPE_FLAG = 4;
export const HAS_NON_ASCII_FLAG = 8;
/** '!', '$', '|' or '*', which may stand for a letter inside a word (disguised-spellings.ts). */
export const HAS_STAND_IN_FLAG = 16;

/**
 * A word the walk looks for: `stem` begins a word, or with `exact` is the whole word. A stem of
 * words with single spaces between ("dont tell") is a phrase: those words side by side, all
 * but the last whole.
 */
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
   * The longest run of digits in the last message with at most two of space . ( ) - / between
   * neighbours; worked out on request, since only a message with many digits needs it.
   */
  digitChain(): number;
}

// Byte classes. Letters (either case) 0-25 and digits 26-35 make up word stems; '_' is a word
// character no stem holds; separators are plain, or flagged for the HAS_* bits. Every byte of
// a multi-byte UTF-8 character separates words, as `\b` treats non-ASCII in non-Unicode regexes.
const UNDERSCORE = 36;
const SEPARATOR = 37;
const FLAGGED_SEPARATOR = 38;
const STRIDE_SHIFT = 6;

/** The separators the walk notes, with the HAS_* bit each sets. */
const SEPARATOR_FLAG = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 0x20; c++) table[c] = HAS_JSON_ESCAPE_FLAG;
  table[0x22] = HAS_JSON_ESCAPE_FLAG;
  table[0x5c] = HAS_JSON_ESCAPE_FLAG;
  table[0x40] = HAS_AT_FLAG;
  for (const c of [0x21, 0x24, 0x7c, 0x2a]) table[c] = HAS_STAND_IN_FLAG;
  for (let c = 0x80; c < 0x100; c++) table[c] = HAS_NON_ASCII_FLAG;
  return table;
})();

const BYTE_CLASS = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = SEPARATOR_FLAG[c] === 0 ? SEPARATOR : FLAGGED_SEPARATOR;
  for (let c = 97; c <= 122; c++) table[c] = c - 97;
  for (let c = 65; c <= 90; c++) table[c] = c - 65;
  for (let c = 48; c <= 57; c++) table[c] = c - 22;
  table[95] = UNDERSCORE;
  return table;
})();

// Bytes that may stand between the digits of a phone number: whitespace, '.', '(', ')', '-', '/', and
// any byte of a multi-byte character (some Unicode spaces). Two such characters take at most six.
const CHAIN_GAP = (() => {
  const table = new Uint8Array(256);
  for (const c of [9, 10, 11, 12, 13, 32, 0x2e, 0x28, 0x29, 0x2d, 0x2f]) table[c] = 1;
  for (let c = 0x80; c < 0x100; c++) table[c] = 1;
  return table;
})();
const MAX_CHAIN_GAP_BYTES = 6;

const isLetterByte = (c: number): boolean => {
  const folded = (c | 0x20) - 97;
  return folded >= 0 && folded < 26;
};

/** Stems holding anything but ASCII letters, digits and single spaces ("£") are not in the automaton. */
const isAutomatonStem = (stem: string): boolean => /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(stem);

/**
 * The automaton as plain typed arrays, so that a Node entry point can keep it on disk: building
 * it for the twenty thousand words and phrases of Haven's rules takes about a fifth of a second,
 * which every `haven scan` and each of its worker threads would otherwise pay at start.
 */
export interface WordWalkTables {
  /** The next state, at (state << 6) | byte class. */
  readonly table: Uint16Array | Int32Array;
  /** Words a state begins or ends (all states have outStart[s] .. outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly outWords: Int32Array;
  /** Whole words a separator after the state ends. */
  readonly wholeStart: Int32Array;
  readonly wholeWords: Int32Array;
  /** Per state, its one word, -1 for none or SEVERAL. */
  readonly single: Int32Array;
  readonly singleWhole: Int32Array;
  /** The state the text begins in. */
  readonly start: number;
  /** States from this one on need an action. */
  readonly firstAction: number;
}

/** Somewhere to keep built automata between runs, keyed by wordWalkKey; see setWordWalkStore. */
export interface WordWalkStore {
  get(key: string, wordCount: number): WordWalkTables | undefined;
  set(key: string, tables: WordWalkTables, wordCount: number): void;
}

let store: WordWalkStore | null = null;

/**
 * Lets a Node entry point keep automata on disk. The store must forget everything whenever this
 * module changes, since tables built by other code could miss words.
 */
export function setWordWalkStore(next: WordWalkStore | null): void {
  store = next;
}

/** What an automaton is built from, as one string: equal keys build equal tables. */
export function wordWalkKey(words: readonly WalkWord[]): string {
  let key = '';
  for (const w of words) key += `${w.stem.toLowerCase()}${w.exact ? '\u0001' : '\u0002'}`;
  return key;
}

const SEVERAL = -2;

/**
 * Whether `t` is shaped like tables for `wordCount` words: a damaged file read back must not
 * send the walk outside its arrays.
 */
export function tablesFit(t: WordWalkTables, wordCount: number): boolean {
  const states = t.outStart.length - 1;
  const inRange = (a: ArrayLike<number>, low: number, high: number): boolean => {
    for (let i = 0; i < a.length; i++) if ((a[i] as number) < low || (a[i] as number) >= high) return false;
    return true;
  };
  const ascending = (starts: Int32Array, list: Int32Array): boolean => {
    if (starts[0] !== 0 || starts[states] !== list.length) return false;
    for (let i = 0; i < states; i++) if ((starts[i] as number) > (starts[i + 1] as number)) return false;
    return true;
  };
  return (
    states > 0 &&
    t.table.length === states << STRIDE_SHIFT &&
    t.wholeStart.length === states + 1 &&
    t.single.length === states &&
    t.singleWhole.length === states &&
    t.start >= 0 &&
    t.start < states &&
    t.firstAction >= 0 &&
    t.firstAction <= states &&
    ascending(t.outStart, t.outWords) &&
    ascending(t.wholeStart, t.wholeWords) &&
    inRange(t.table, 0, states) &&
    inRange(t.outWords, 0, wordCount) &&
    inRange(t.wholeWords, 0, wordCount) &&
    inRange(t.single, SEVERAL, wordCount) &&
    inRange(t.singleWhole, SEVERAL, wordCount)
  );
}

/** The walk for `words`, its automaton read from the store when one is set and holds it. */
export function buildWordWalk(words: readonly WalkWord[]): WordWalk {
  const key = store ? wordWalkKey(words) : '';
  let tables = store?.get(key, words.length);
  if (tables === undefined || !tablesFit(tables, words.length)) {
    tables = compileWordWalk(words);
    store?.set(key, tables, words.length);
  }
  return walkOver(words, tables);
}

/**
 * Builds the automaton: Aho-Corasick over words and separators, so that a phrase ("do it") is
 * found as readily as a word. Every pattern starts with a separator (the text is read as if one
 * came before it), ends with one when the last word must be whole, and has one between words;
 * a run of separators in the text counts as one. Stems holding anything but ASCII letters,
 * digits and single spaces are found with a plain byte search after the walk.
 */
export function compileWordWalk(words: readonly WalkWord[]): WordWalkTables {
  const SYMBOLS = 38;
  // Trie over symbols (0-35 letters and digits, 36 '_', 37 separator), as one flat table of
  // SYMBOLS entries per node, -1 for no child. Node 0 is the root.
  let goto = new Int32Array(SYMBOLS * 1024).fill(-1);
  let nodes = 1;
  const lastSymbol: number[] = [-1];
  const own = new Map<number, number[]>();
  // Whole-word patterns end where a separator follows: found on that transition, not in a state
  // of their own, so that after every separator the walk is back in one of a few hot states.
  const ownWhole = new Map<number, number[]>();
  const addNode = (from: number, symbol: number): number => {
    let next = goto[from * SYMBOLS + symbol] as number;
    if (next < 0) {
      next = nodes++;
      if (nodes * SYMBOLS > goto.length) {
        const grown = new Int32Array(goto.length * 2).fill(-1);
        grown.set(goto);
        goto = grown;
      }
      lastSymbol.push(symbol);
      goto[from * SYMBOLS + symbol] = next;
    }
    return next;
  };
  const addTo = (table: Map<number, number[]>, node: number, word: number): void => {
    const list = table.get(node);
    if (list) list.push(word);
    else table.set(node, [word]);
  };
  // Every pattern starts here, and the separator state must exist even with no words.
  addNode(0, SEPARATOR);
  words.forEach((w, index) => {
    const stem = w.stem.toLowerCase();
    if (!isAutomatonStem(stem)) return;
    let node = addNode(0, SEPARATOR);
    for (const ch of stem)
      node = addNode(node, ch === ' ' ? SEPARATOR : (BYTE_CLASS[ch.charCodeAt(0)] as number));
    addTo(w.exact ? ownWhole : own, node, index);
  });

  // Failure links and the complete transition function, breadth first.
  const fail = new Int32Array(nodes);
  const delta = new Int32Array(nodes * SYMBOLS);
  const order: number[] = [0];
  for (let a = 0; a < SYMBOLS; a++) {
    const child = goto[a] as number;
    delta[a] = Math.max(child, 0);
    if (child >= 0) order.push(child);
  }
  for (let k = 1; k < order.length; k++) {
    const u = order[k] as number;
    const f = (fail[u] as number) * SYMBOLS;
    for (let a = 0; a < SYMBOLS; a++) {
      const child = goto[u * SYMBOLS + a] as number;
      if (child >= 0) {
        fail[child] = u === 0 ? 0 : (delta[f + a] as number);
        delta[u * SYMBOLS + a] = child;
        order.push(child);
      } else {
        delta[u * SYMBOLS + a] = delta[f + a] as number;
      }
    }
  }
  // A run of separators is one: after a separator, another changes nothing. No pattern holds
  // two in a row, so this never hides one.
  for (let u = 1; u < nodes; u++) if (lastSymbol[u] === SEPARATOR) delta[u * SYMBOLS + SEPARATOR] = u;
  // A node's words are its own and those of the longest suffix that is also a node.
  const gather = (mine: Map<number, number[]>): Map<number, number[]> => {
    const all = new Map<number, number[]>();
    for (const u of order) {
      const inherited = u === 0 ? undefined : all.get(fail[u] as number);
      const ownHere = mine.get(u);
      if (ownHere === undefined && inherited === undefined) continue;
      all.set(u, [...new Set([...(ownHere ?? []), ...(inherited ?? [])])]);
    }
    return all;
  };
  const outputs = gather(own);
  const wholeOutputs = gather(ownWhole);
  const NONE: readonly number[] = [];

  // Automaton states: the trie's nodes; a twin of each node a separator leads to, reached when
  // that separator ends a whole word or is one the walk must note ('@', non-ASCII, what JSON
  // escapes); and the root as reached by a digit. States that need an action are numbered
  // last, so the loop tests one comparison per byte.
  const twinOf = new Int32Array(nodes).fill(-1);
  let stateCount = nodes;
  for (let u = 0; u < nodes; u++) if (lastSymbol[u] === SEPARATOR) twinOf[u] = stateCount++;
  const ROOT_DIGIT = stateCount++;
  const nodeOf = new Int32Array(stateCount);
  for (let u = 0; u < nodes; u++) {
    nodeOf[u] = u;
    if ((twinOf[u] as number) >= 0) nodeOf[twinOf[u] as number] = u;
  }
  nodeOf[ROOT_DIGIT] = 0;
  const needsAction = (s: number): boolean =>
    s >= nodes || outputs.has(s) || ((lastSymbol[s] as number) >= 26 && (lastSymbol[s] as number) < 36);
  const numbering: number[] = [];
  for (let s = 0; s < stateCount; s++) if (!needsAction(s)) numbering.push(s);
  const firstAction = numbering.length;
  for (let s = 0; s < stateCount; s++) if (needsAction(s)) numbering.push(s);
  const id = new Int32Array(stateCount);
  numbering.forEach((s, i) => {
    id[s] = i;
  });
  const table =
    stateCount < 0x10000
      ? new Uint16Array(stateCount << STRIDE_SHIFT)
      : new Int32Array(stateCount << STRIDE_SHIFT);
  const outStart = new Int32Array(stateCount + 1);
  const outList: number[] = [];
  const wholeStart = new Int32Array(stateCount + 1);
  const wholeList: number[] = [];
  for (let i = 0; i < stateCount; i++) {
    const s = numbering[i] as number;
    const u = nodeOf[s] as number;
    const row = u * SYMBOLS;
    for (let a = 0; a < SYMBOLS; a++) {
      let target = delta[row + a] as number;
      if (target === 0 && a >= 26 && a < 36) target = ROOT_DIGIT;
      table[(i << STRIDE_SHIFT) | a] = id[target] as number;
    }
    const afterSeparator = delta[row + SEPARATOR] as number;
    const endsWhole = s < nodes && wholeOutputs.has(u);
    table[(i << STRIDE_SHIFT) | SEPARATOR] = id[
      endsWhole ? (twinOf[afterSeparator] as number) : afterSeparator
    ] as number;
    table[(i << STRIDE_SHIFT) | FLAGGED_SEPARATOR] = id[twinOf[afterSeparator] as number] as number;
    outList.push(...(outputs.get(u) ?? NONE));
    outStart[i + 1] = outList.length;
    wholeList.push(...(s < nodes ? (wholeOutputs.get(u) ?? NONE) : NONE));
    wholeStart[i + 1] = wholeList.length;
  }
  const outWords = Int32Array.from(outList);
  const wholeWords = Int32Array.from(wholeList);
  // Most states end one word or none; the loop reads that straight from here.
  const singleOf = (starts: Int32Array, list: Int32Array): Int32Array =>
    Int32Array.from({ length: stateCount }, (_, i) => {
      const n = (starts[i + 1] as number) - (starts[i] as number);
      return n === 0 ? -1 : n === 1 ? (list[starts[i] as number] as number) : SEVERAL;
    });
  const single = singleOf(outStart, outWords);
  const singleWhole = singleOf(wholeStart, wholeWords);
  // The text is read as if a separator came before it.
  const start = id[delta[SEPARATOR] as number] as number;
  return { table, outStart, outWords, wholeStart, wholeWords, single, singleWhole, start, firstAction };
}

/** The walk itself, over tables compileWordWalk built for `words`. */
function walkOver(words: readonly WalkWord[], tables: WordWalkTables): WordWalk {
  const { table, outStart, outWords, wholeStart, wholeWords, single, singleWhole, start, firstAction } =
    tables;
  const encoder = new TextEncoder();
  const symbols: Array<[Uint8Array, number]> = [];
  words.forEach((w, index) => {
    const stem = w.stem.toLowerCase();
    if (!isAutomatonStem(stem)) symbols.push([encoder.encode(stem), index]);
  });

  // marks[w] === epoch when this walk found word w, so nothing needs clearing between messages.
  const marks = new Int32Array(words.length);
  let epoch = 0;
  const fired = new Int32Array(words.length);
  let firedCount = 0;
  let digits = 0;
  let lastBytes: Uint8Array = new Uint8Array(0);
  let lastStart = 0;
  let lastEnd = 0;

  /** Notes the words in list[starts[state] .. starts[state + 1]); returns the new length of `fired`. */
  const fire = (starts: Int32Array, list: Int32Array, state: number, now: number, count: number): number => {
    let n = count;
    const last = starts[state + 1] as number;
    for (let k = starts[state] as number; k < last; k++) {
      const word = list[k] as number;
      if (marks[word] !== now) {
        marks[word] = now;
        fired[n++] = word;
      }
    }
    return n;
  };

  const contains = (bytes: Uint8Array, from: number, end: number, needle: Uint8Array): boolean => {
    const first = needle[0] as number;
    outer: for (let i = from; i <= end - needle.length; i++) {
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
    mark(bytes, from, end) {
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
      lastStart = from;
      lastEnd = end;
      let state = start;
      for (let i = from; i < end; i++) {
        const c = bytes[i] as number;
        const cls = BYTE_CLASS[c] as number;
        const previous = state;
        state = table[(state << STRIDE_SHIFT) | cls] as number;
        if (state < firstAction) continue;
        let word: number;
        if (cls >= SEPARATOR) {
          flags |= SEPARATOR_FLAG[c] as number;
          word = singleWhole[previous] as number;
          if (word === SEVERAL) {
            count = fire(wholeStart, wholeWords, previous, now, count);
            continue;
          }
        } else {
          if (cls >= 26 && cls < 36) {
            digitCount++;
            if (i + 1 < end && isLetterByte(bytes[i + 1] as number)) flags |= HAS_DIGIT_THEN_LETTER_FLAG;
          }
          word = single[state] as number;
          if (word === SEVERAL) {
            count = fire(outStart, outWords, state, now, count);
            continue;
          }
        }
        if (word >= 0 && marks[word] !== now) {
          marks[word] = now;
          fired[count++] = word;
        }
      }
      // A word ending the text is whole.
      count = fire(wholeStart, wholeWords, state, now, count);
      for (let k = 0; k < symbols.length; k++) {
        const [needle, word] = symbols[k] as [Uint8Array, number];
        if (marks[word] === now) continue;
        // Non-ASCII needles can only be present when the walk saw a non-ASCII byte.
        if ((needle[0] as number) >= 0x80 && (flags & HAS_NON_ASCII_FLAG) === 0) continue;
        if (contains(bytes, from, end, needle)) {
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
