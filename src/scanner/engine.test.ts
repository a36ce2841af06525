import { describe, expect, it } from 'vitest';
import type { Detector } from './engine.ts';
import {
  applySuppressions,
  createScanner,
  defineRegexRule,
  normaliseExcerpt,
  resolveOverlaps,
} from './engine.ts';
import type { Finding } from './types.ts';

function finding(partial: Partial<Finding>): Finding {
  return {
    kind: 'risk',
    type: 'bullying',
    start: 0,
    end: 1,
    excerpt: 'x',
    severity: 3,
    rule: 'r',
    reason: 'because',
    ...partial,
  };
}

const spy = (
  id: string,
  triggers: string[],
  extra: Partial<Detector> = {},
): Detector & { calls: string[] } => {
  const calls: string[] = [];
  return {
    info: { id, kind: 'risk', type: 'bullying', severity: 3, description: id, examples: [] },
    reason: id,
    triggers,
    calls,
    detect(ctx, emit) {
      calls.push(ctx.text);
      emit(0, 1);
    },
    ...extra,
  };
};

describe('trigger prefilter', () => {
  it('runs a detector only when a word starts with one of its stems', () => {
    const d = spy('a', ['kill']);
    const scanner = createScanner([d]);
    scanner.scan('nothing here');
    scanner.scan('skill issue');
    expect(d.calls).toEqual([]);
    scanner.scan('this is killing me');
    expect(d.calls).toEqual(['this is killing me']);
  });

  it('honours whole-word stems', () => {
    const d = spy('a', ['sh$']);
    const scanner = createScanner([d]);
    scanner.scan('she should shop');
    expect(d.calls).toEqual([]);
    scanner.scan('relapsed on sh');
    expect(d.calls).toHaveLength(1);
  });

  it('needs a word from each list when alsoTriggers is given', () => {
    const d = spy('a', ['kill'], { alsoTriggers: ['ll$', 'gonna'] });
    const scanner = createScanner([d]);
    scanner.scan('this homework is killing me');
    expect(d.calls).toEqual([]);
    scanner.scan("i'll kill you");
    scanner.scan('im gonna kill him');
    expect(d.calls).toHaveLength(2);
  });

  it('gates on digits and @ without trigger words', () => {
    const digits = spy('d', [], { needsDigit: true });
    const at = spy('at', [], { needsAt: true });
    const scanner = createScanner([digits, at]);
    scanner.scan('no numbers');
    expect(digits.calls).toEqual([]);
    scanner.scan('room 12');
    scanner.scan('hi @sam');
    expect(digits.calls).toEqual(['room 12']);
    expect(at.calls).toEqual(['hi @sam']);
  });

  it('gates on a count of digits, and on a digit followed by a letter', () => {
    const phoneLike = spy('p', [], { minDigits: 9 });
    const postcodeLike = spy('pc', [], { needsDigitThenLetter: true });
    const scanner = createScanner([phoneLike, postcodeLike]);
    scanner.scan('see you at 10:30, we won 3-1');
    expect(phoneLike.calls).toEqual([]);
    expect(postcodeLike.calls).toEqual([]);
    scanner.scan('call 07700 900123');
    scanner.scan('im in LS6 2AB');
    expect(phoneLike.calls).toEqual(['call 07700 900123']);
    expect(postcodeLike.calls).toEqual(['im in LS6 2AB']);
  });

  it('handles symbol triggers such as £', () => {
    const d = spy('money', ['£']);
    const scanner = createScanner([d]);
    scanner.scan('here is 50p');
    scanner.scan('here is £50');
    expect(d.calls).toEqual(['here is £50']);
  });

  it('rejects duplicate rule ids', () => {
    expect(() => createScanner([spy('same', ['a']), spy('same', ['b'])])).toThrow(/Duplicate/);
  });

  it('refuses non-string input with a clear error', () => {
    const scanner = createScanner([spy('a', ['a'])]);
    expect(() => scanner.scan(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('regex rules', () => {
  it('reports the span of a capture group and applies unless-context', () => {
    const rule = defineRegexRule({
      id: 'test.rule',
      type: 'grooming',
      severity: 4,
      description: 'd',
      reason: 'r',
      examples: [],
      pattern: 'our (secret)',
      group: 1,
      unlessNear: 'surprise',
    });
    const scanner = createScanner([rule]);
    expect(scanner.scan("it's our secret")).toEqual([
      expect.objectContaining({
        start: 9,
        end: 15,
        excerpt: 'secret',
        rule: 'test.rule',
        kind: 'risk',
        severity: 4,
      }),
    ]);
    expect(scanner.scan("it's our secret, the surprise party")).toEqual([]);
  });

  it('lowers severity for joking messages when asked to', () => {
    const rule = defineRegexRule({
      id: 'test.joke',
      type: 'violence',
      severity: 4,
      description: 'd',
      reason: 'r',
      examples: [],
      pattern: 'batter you',
      jokeDowngrade: 2,
    });
    const scanner = createScanner([rule]);
    expect(scanner.scan('ill batter you')[0]?.severity).toBe(4);
    expect(scanner.scan('ill batter you lol')[0]?.severity).toBe(2);
  });
});

describe('overlaps and suppressions', () => {
  it('keeps one finding per overlapping span of the same type, preferring severity then length', () => {
    const kept = resolveOverlaps([
      finding({ start: 0, end: 5, severity: 3, rule: 'a' }),
      finding({ start: 2, end: 9, severity: 4, rule: 'b' }),
      finding({ start: 3, end: 4, type: 'violence', rule: 'c' }),
      finding({ start: 20, end: 25, rule: 'd' }),
    ]);
    expect(kept.map((f) => f.rule)).toEqual(['b', 'c', 'd']);
  });

  it('normalises excerpts for comparison', () => {
    expect(normaliseExcerpt('  Kiss\u00a0 CHASE ')).toBe('kiss chase');
    expect(normaliseExcerpt('Don’t')).toBe("don't");
  });

  it('suppresses a whole rule, or only a normalised excerpt of it', () => {
    const fs = [
      finding({ rule: 'risk.sexual.explicit', excerpt: 'Kiss Chase' }),
      finding({ rule: 'risk.sexual.explicit', excerpt: 'nudes' }),
      finding({ rule: 'risk.bullying.insult', excerpt: 'loser' }),
    ];
    expect(
      applySuppressions(fs, [{ rule: 'risk.sexual.explicit', excerpt: 'kiss  chase' }]).map((f) => f.excerpt),
    ).toEqual(['nudes', 'loser']);
    expect(applySuppressions(fs, [{ rule: 'risk.sexual.explicit' }]).map((f) => f.excerpt)).toEqual([
      'loser',
    ]);
  });

  it('caps the number of findings per message', () => {
    const rule = defineRegexRule({
      id: 'test.many',
      type: 'bullying',
      severity: 3,
      description: 'd',
      reason: 'r',
      examples: [],
      pattern: 'loser',
    });
    const scanner = createScanner([rule]);
    const text = 'loser '.repeat(50);
    expect(scanner.scan(text)).toHaveLength(50);
    expect(scanner.scan(text, { maxFindings: 7 })).toHaveLength(7);
  });
});
