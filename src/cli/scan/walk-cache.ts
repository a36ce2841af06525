/**
 * Keeps the scanner's word-walk automaton (word-walk.ts) between runs, as one binary file per
 * set of words: building it takes about a fifth of a second, reading it back a few
 * milliseconds. The file's name holds a fingerprint of word-walk.ts, so tables built by other
 * code are never read, and a hash of the words; what is read back is checked for shape before
 * use (tablesFit), and anything unreadable is simply built afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordWalkStore, WordWalkTables } from '../../scanner/word-walk.ts';

const VERSION = 1;
const HEADER_INTS = 8;
/** The scanner, message check and tests each build their own word sets; a few are kept. */
const FILES_KEPT = 4;

/** The tables as bytes: a header of eight 32-bit integers, then each array in turn. */
export function encodeWalkTables(t: WordWalkTables, wordCount: number): Uint8Array {
  const states = t.outStart.length - 1;
  const wide = t.table instanceof Int32Array ? 1 : 0;
  const header = Int32Array.of(
    VERSION,
    wide,
    states,
    t.outWords.length,
    t.wholeWords.length,
    t.start,
    t.firstAction,
    wordCount,
  );
  // A 16-bit table of states << 6 entries is always a whole number of 32-bit words.
  const parts = [
    header,
    t.table,
    t.outStart,
    t.outWords,
    t.wholeStart,
    t.wholeWords,
    t.single,
    t.singleWhole,
  ];
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return bytes;
}

/** The tables in `bytes`, or undefined if they are not tables for `wordCount` words. */
export function decodeWalkTables(bytes: Uint8Array, wordCount: number): WordWalkTables | undefined {
  if (bytes.byteLength < HEADER_INTS * 4 || bytes.byteLength % 4 !== 0) return undefined;
  // A copy, so that every array starts on a 4-byte boundary whatever buffer the bytes came in
  // (a Buffer's slice() would share Node's pool instead).
  const buffer = new Uint8Array(bytes).buffer;
  const header = Array.from(new Int32Array(buffer, 0, HEADER_INTS));
  const [version, wide, states, outWords, wholeWords, start, firstAction, words] = header as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (version !== VERSION || words !== wordCount || (wide !== 0 && wide !== 1)) return undefined;
  const sizes = [states << 6, states + 1, outWords, states + 1, wholeWords, states, states] as number[];
  if (sizes.some((n) => !Number.isInteger(n) || n < 0)) return undefined;
  const tableBytes = (sizes[0] as number) * (wide ? 4 : 2);
  const total = HEADER_INTS * 4 + tableBytes + sizes.slice(1).reduce((n, s) => n + s * 4, 0);
  if (total !== bytes.byteLength) return undefined;
  let at = HEADER_INTS * 4;
  const table = wide
    ? new Int32Array(buffer, at, sizes[0] as number)
    : new Uint16Array(buffer, at, sizes[0] as number);
  at += tableBytes;
  const next = (n: number): Int32Array => {
    const a = new Int32Array(buffer, at, n);
    at += n * 4;
    return a;
  };
  const [outStartA, outWordsA, wholeStartA, wholeWordsA, singleA, singleWholeA] = sizes
    .slice(1)
    .map(next) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  return {
    table,
    outStart: outStartA,
    outWords: outWordsA,
    wholeStart: wholeStartA,
    wholeWords: wholeWordsA,
    single: singleA,
    singleWhole: singleWholeA,
    start,
    firstAction,
  };
}

/** A store keeping automata in `dir`, in files named after `codeFingerprint` and their words. */
export function walkFileStore(dir: string, codeFingerprint: string): WordWalkStore {
  const fileFor = (key: string): string =>
    join(dir, `walk-${codeFingerprint}-${createHash('sha256').update(key).digest('hex').slice(0, 24)}.bin`);
  return {
    get(key, wordCount) {
      try {
        return decodeWalkTables(readFileSync(fileFor(key)), wordCount);
      } catch {
        return undefined;
      }
    },
    set(key, tables, wordCount) {
      const file = fileFor(key);
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed, so a worker starting at the same moment never reads half a file.
        const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(partial, encodeWalkTables(tables, wordCount));
        renameSync(partial, file);
        prune(dir, codeFingerprint, file);
      } catch {
        // A read-only install just goes without the cache.
      }
    },
  };
}

/** Removes files made by other code, and all but the newest few made by this code. */
function prune(dir: string, codeFingerprint: string, written: string): void {
  const ours: Array<{ file: string; time: number }> = [];
  for (const name of readdirSync(dir)) {
    const match = /^walk-([0-9a-f]+)-[0-9a-f]+\.bin$/.exec(name);
    if (!match) continue;
    const file = join(dir, name);
    if (match[1] !== codeFingerprint) rmSync(file, { force: true });
    else if (file !== written) ours.push({ file, time: statSync(file).mtimeMs });
  }
  ours.sort((a, b) => b.time - a.time);
  for (const { file } of ours.slice(FILES_KEPT - 1)) rmSync(file, { force: true });
}
