import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { piiDetectors } from '../../scanner/pii.ts';
import { riskDetectors } from '../../scanner/risk.ts';
import { buildWakePlan } from '../../scanner/wake-plan.ts';
import {
  buildWordWalk,
  compileWordWalk,
  setWordWalkStore,
  tablesFit,
  type WalkWord,
  wordWalkKey,
} from '../../scanner/word-walk.ts';
import { decodeWalkTables, encodeWalkTables, walkFileStore } from './walk-cache.ts';

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-walk-cache-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  setWordWalkStore(null);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const words: WalkWord[] = [
  { stem: 'kill', exact: false },
  { stem: 'dont tell', exact: false },
  { stem: 'u', exact: true },
  { stem: '£', exact: false },
];
const encoder = new TextEncoder();
const texts = ['i will KILL u', 'dont  tell ur mum', 'skill', 'that costs £5 u know', 'nothing here'];

/** What a walk finds in each text: the words (by stem), flags and digit count. */
function marks(walk: ReturnType<typeof buildWordWalk>, list: readonly WalkWord[]): string[] {
  return texts.map((text) => {
    const bytes = encoder.encode(text);
    const flags = walk.mark(bytes, 0, bytes.length);
    const hits = list.flatMap((w, i) => (walk.has(i) ? [w.stem] : []));
    return `${hits.join('+')} flags=${flags} digits=${walk.digits}`;
  });
}

describe('word-walk cache', () => {
  it("reads back tables equal to those built, for Haven's own rules as for a few words", () => {
    const haven = buildWakePlan([...piiDetectors, ...riskDetectors]).words;
    for (const list of [words, haven]) {
      const built = compileWordWalk(list);
      const bytes = encodeWalkTables(built, list.length);
      const read = decodeWalkTables(bytes, list.length);
      if (read === undefined) throw new Error('tables not read back');
      expect(tablesFit(read, list.length)).toBe(true);
      expect(read.table.constructor).toBe(built.table.constructor);
      // Compared as bytes: Haven's tables hold millions of entries.
      expect(Buffer.from(encodeWalkTables(read, list.length)).equals(Buffer.from(bytes))).toBe(true);
      expect(read.outStart.length).toBe(built.outStart.length);
    }
  });

  it('keeps the automaton on disk and walks from it as from one built afresh', () => {
    const dir = freshDir();
    const fresh = marks(buildWordWalk(words), words);
    setWordWalkStore(walkFileStore(dir, 'abc123'));
    expect(marks(buildWordWalk(words), words)).toEqual(fresh);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^walk-abc123-[0-9a-f]{24}\.bin$/);
    // The second build reads the file: tables for other words, if the file held them, would be used.
    const other: WalkWord[] = [
      { stem: 'skill', exact: true },
      { stem: 'mum', exact: false },
      { stem: 'nothing', exact: false },
      // The same stem outside the automaton as `words` has, since such stems come from the words.
      { stem: '£', exact: false },
    ];
    writeFileSync(join(dir, files[0] as string), encodeWalkTables(compileWordWalk(other), other.length));
    expect(marks(buildWordWalk(words), other)).toEqual(marks(buildWordWalk(other), other));
  });

  it('builds afresh, and rewrites the file, when what it holds is damaged or for other words', () => {
    const dir = freshDir();
    const store = walkFileStore(dir, 'abc123');
    setWordWalkStore(store);
    const fresh = marks(buildWordWalk(words), words);
    const [name] = readdirSync(dir);
    const file = join(dir, name as string);
    const good = readFileSync(file);
    const key = wordWalkKey(words);

    writeFileSync(file, good.subarray(0, good.length - 8));
    expect(store.get(key, words.length)).toBeUndefined();
    // A state number past the end of the table would send the walk outside its arrays.
    const pointing = new Uint8Array(good);
    new DataView(pointing.buffer).setUint16(32 + 2, 0xffff, true);
    writeFileSync(file, pointing);
    const decoded = store.get(key, words.length);
    expect(decoded && tablesFit(decoded, words.length)).toBe(false);
    expect(marks(buildWordWalk(words), words)).toEqual(fresh);
    expect(readFileSync(file)).toEqual(good);
    // Tables for a different number of words are never used.
    expect(store.get(key, words.length + 1)).toBeUndefined();
  });

  it('removes files made by other code, and keeps only the newest few made by this code', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'walk-0dd-000000000000000000000000.bin'), 'old');
    for (let n = 0; n < 5; n++) {
      const file = join(dir, `walk-abc123-${String(n).padStart(24, '0')}.bin`);
      writeFileSync(file, 'x');
      utimesSync(file, 1_000_000 + n, 1_000_000 + n);
    }
    setWordWalkStore(walkFileStore(dir, 'abc123'));
    buildWordWalk(words);
    const older = (n: number): string => `walk-abc123-${String(n).padStart(24, '0')}.bin`;
    const left = readdirSync(dir);
    expect(left).toHaveLength(4);
    expect(left.filter((f) => f.startsWith('walk-abc123-0000')).sort()).toEqual([
      older(2),
      older(3),
      older(4),
    ]);
  });
});
