/** The labelled evaluation sets in fixtures/, read and checked; shared by the evaluation and training. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FindingType } from '../index.ts';
import { FINDING_TYPES } from '../index.ts';

export interface Example {
  id: string;
  text: string;
  expected: Array<{ type: FindingType }>;
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const MAIN_SET = 'eval-set.jsonl';
/** Everyday talk written against the rules' words: never a finding (risk.test.ts checks). */
export const LOOK_ALIKES = 'look-alikes.jsonl';
/**
 * Everyday messages (announcements, chat) written without an eye on any rule, to count false
 * alarms: everyday.jsonl, then everyday-N.jsonl in the order written. Nothing is trained on
 * them, so they stay a fair measure of what a reader lives with.
 */
export function everydaySets(): string[] {
  return numberedSets('everyday').map((s) => s.file);
}

/**
 * Every held-out set in the folder, in the order written: eval-set-holdout.jsonl is the first,
 * eval-set-holdout-N.jsonl the Nth. Found rather than counted, so a new set is scored as soon
 * as it is saved.
 */
export function heldOutSets(): { n: number; file: string }[] {
  return numberedSets('eval-set-holdout');
}

/** `NAME.jsonl` (the first) and `NAME-N.jsonl` (the Nth) in the folder, in order. */
function numberedSets(name: string): { n: number; file: string }[] {
  const pattern = new RegExp(`^${name}(?:-(\\d+))?\\.jsonl$`);
  return readdirSync(fixtures)
    .flatMap((file) => {
      const m = pattern.exec(file);
      return m ? [{ n: m[1] === undefined ? 1 : Number(m[1]), file }] : [];
    })
    .sort((a, b) => a.n - b.n);
}

export function loadSet(file: string): Example[] {
  const lines = readFileSync(join(fixtures, file), 'utf8').split('\n');
  const examples: Example[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const ex = JSON.parse(line) as Example;
    if (typeof ex.text !== 'string' || !Array.isArray(ex.expected)) {
      throw new Error(`${file} line ${i + 1}: needs "text" and "expected"`);
    }
    for (const e of ex.expected) {
      if (!FINDING_TYPES.includes(e.type)) throw new Error(`${file} line ${i + 1}: unknown type ${e.type}`);
    }
    examples.push(ex);
  });
  return examples;
}

/** Every labelled message: the main set, the held-out sets in the order written, the look-alikes. */
export function allLabelledMessages(): Example[] {
  return [MAIN_SET, ...heldOutSets().map((s) => s.file), LOOK_ALIKES].flatMap(loadSet);
}
