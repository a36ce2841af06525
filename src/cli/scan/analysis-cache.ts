/**
 * Keeps the scanner's analysis of its rules' patterns (which words each needs) between runs, in
 * the project's node_modules/.cache like Node's compile cache: parsing and analysing every
 * pattern takes a few tenths of a second, which `haven scan` and each of its worker threads
 * would otherwise pay at every start.
 *
 * An analysis is only as good as the code that made it, so the cache file is named after a
 * fingerprint of that code (the analysis modules, the word lists and the regular-expression
 * parser's version): change any of them and the old file is simply never read again. A cache
 * that cannot be read or written is not used, and the scanner works the analysis out itself.
 * The built word-walk automaton is kept beside it in the same way (walk-cache.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PatternAnalysis, setPatternAnalysisStore } from '../../scanner/pattern-branches.ts';
import { setWordWalkStore } from '../../scanner/word-walk.ts';
import { walkFileStore } from './walk-cache.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ANALYSIS_CODE = ['required-words.ts', 'pattern-branches.ts', 'everyday-words.ts'].map((f) =>
  join(root, 'src', 'scanner', f),
);

const WALK_CODE = join(root, 'src', 'scanner', 'word-walk.ts');

function fingerprint(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 24);
}

export interface AnalysisCache {
  /** Writes out what was worked out afresh, if anything (it is also written soon by itself). */
  save(): void;
}

/** Installs the caches for the scanner about to be loaded in this thread. */
export function enableScannerCache(
  dir = join(root, 'node_modules', '.cache', 'haven-scanner'),
): AnalysisCache {
  let file: string;
  try {
    setWordWalkStore(walkFileStore(dir, fingerprint([WALK_CODE])));
    const parser = createRequire(import.meta.url).resolve('@eslint-community/regexpp/package.json');
    file = join(dir, `analysis-${fingerprint([...ANALYSIS_CODE, parser])}.json`);
  } catch {
    return { save() {} };
  }
  let entries: Record<string, PatternAnalysis> = {};
  try {
    entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, PatternAnalysis>;
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  let changed = false;
  const save = (): void => {
    if (!changed) return;
    changed = false;
    try {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed, so a worker starting at the same moment never reads half a file.
      const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(partial, JSON.stringify(entries));
      renameSync(partial, file);
      // Files made by earlier analysis code are never read again.
      for (const name of readdirSync(dir)) {
        if (/^analysis-[0-9a-f]+\.json$/.test(name) && join(dir, name) !== file)
          rmSync(join(dir, name), { force: true });
      }
    } catch {
      // A read-only install just goes without the cache.
    }
  };
  setPatternAnalysisStore({
    get: (key) => (Object.hasOwn(entries, key) ? entries[key] : undefined),
    set: (key, analysis) => {
      entries[key] = analysis;
      // The scanner analyses all its rules at once, so one write once it is built will do.
      if (!changed) setImmediate(save).unref();
      changed = true;
    },
  });
  return { save };
}
