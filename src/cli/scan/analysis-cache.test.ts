import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePattern } from '../../scanner/pattern.ts';
import { analysePattern, patternBranches, setPatternAnalysisStore } from '../../scanner/pattern-branches.ts';
import { setWordWalkStore } from '../../scanner/word-walk.ts';
import { enableScannerCache } from './analysis-cache.ts';

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-analysis-cache-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  setPatternAnalysisStore(null);
  setWordWalkStore(null);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('pattern analysis cache', () => {
  it('keeps analyses worked out in one run for the next, in a file named after the analysis code', () => {
    const dir = freshDir();
    const re = compilePattern('hate {you}');
    enableScannerCache(dir).save();
    expect(readdirSync(dir)).toEqual([]);

    // A file left by earlier analysis code goes when the current one is written.
    writeFileSync(join(dir, 'analysis-000000000000000000000000.json'), '{}');
    const first = enableScannerCache(dir);
    patternBranches(re);
    first.save();
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^analysis-[0-9a-f]{24}\.json$/);
    const stored = JSON.parse(readFileSync(join(dir, files[0] as string), 'utf8')) as Record<string, unknown>;
    expect(Object.values(stored)).toEqual([analysePattern(re)]);

    // A later run reads it back instead of analysing again.
    writeFileSync(
      join(dir, files[0] as string),
      JSON.stringify({
        [Object.keys(stored)[0] as string]: { ...analysePattern(re), branches: [[['loathe$']]] },
      }),
    );
    enableScannerCache(dir);
    expect(patternBranches(re).branches[0]?.[0]).toEqual([{ stem: 'loathe', exact: true }]);
  });

  it('works the analysis out afresh when the cache file is unreadable', () => {
    const dir = freshDir();
    const cache = enableScannerCache(dir);
    cache.save();
    const re = compilePattern('hate {you}');
    patternBranches(re);
    cache.save();
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file as string), '{ not json');
    enableScannerCache(dir);
    expect(patternBranches(re).branches[0]?.[0]).toContainEqual({ stem: 'hate you', exact: true });
  });
});
