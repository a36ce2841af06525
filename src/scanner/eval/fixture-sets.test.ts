import { describe, expect, it } from 'vitest';
import { everydaySets, heldOutSets } from './fixture-sets.ts';

describe('fixture sets', () => {
  it('finds every held-out set, numbered in the order written, with none missing', () => {
    const sets = heldOutSets();
    expect(sets[0]).toEqual({ n: 1, file: 'eval-set-holdout.jsonl' });
    expect(sets.map((s) => s.n)).toEqual(sets.map((_, i) => i + 1));
  });

  it('finds the everyday sets the same way, first to last', () => {
    const sets = everydaySets();
    expect(sets[0]).toBe('everyday.jsonl');
    expect(sets.slice(1)).toEqual(sets.slice(1).map((_, i) => `everyday-${i + 2}.jsonl`));
  });
});
