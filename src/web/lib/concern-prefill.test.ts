import { describe, expect, it } from 'vitest';
import { isConcernPrefill, mergePrefill } from './concern-prefill.ts';

const empty = { whatHappened: '', platform: '', types: [] as string[], riskAreas: [] as string[] };
const prefill = {
  whatHappened: 'Scanner found: “dont tell your mum”',
  types: ['grooming'],
  riskAreas: ['contact'],
};

describe('prefilling a concern from a finding', () => {
  it('fills an empty form', () => {
    expect(mergePrefill(empty, prefill)).toEqual({
      ...empty,
      whatHappened: prefill.whatHappened,
      types: ['grooming'],
      riskAreas: ['contact'],
    });
  });

  it('never replaces what the reporter had already typed, and adds the finding only once', () => {
    const draft = { ...empty, whatHappened: 'Amira showed me her phone.', types: ['bullying'] };
    const once = mergePrefill(draft, prefill);
    expect(once.whatHappened).toBe(`Amira showed me her phone.\n\n${prefill.whatHappened}`);
    expect(once.types).toEqual(['bullying', 'grooming']);
    expect(mergePrefill(once, prefill)).toEqual(once);
  });

  it('ignores router state that is not a prefill', () => {
    expect(isConcernPrefill(undefined)).toBe(false);
    expect(isConcernPrefill({ whatHappened: 'x' })).toBe(false);
    expect(isConcernPrefill(prefill)).toBe(true);
  });
});
