import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanJsonStringBytes } from './default-scanner.ts';
import { createScanner } from './engine.ts';
import { allLabelledMessages } from './eval/fixture-sets.ts';
import { trainWordingModel, weightsFile, weightsJson } from './eval/train-wording-model.ts';
import { scanText } from './index.ts';
import { featureKey, featureNames, pairKey, readWords, WordBuffer } from './wording-features.ts';
import type { WordingHit, WordingWeights } from './wording-model.ts';
import { createWordingModel } from './wording-model.ts';
import weights from './wording-model.weights.json' with { type: 'json' };

const encoder = new TextEncoder();
const labelled = allLabelledMessages();

/** The feature keys scanning computes for `text`, one set per segment. */
function scanningKeys(text: string): number[][] {
  const bytes = encoder.encode(text);
  const words = new WordBuffer();
  const count = readWords(bytes, 0, bytes.length, words);
  const segments: number[][] = [];
  for (let k = 0; k < count; k++) {
    const sameSegment = k > 0 && words.segment[k] === words.segment[k - 1];
    if (!sameSegment) segments.push([]);
    const keys = segments.at(-1) as number[];
    keys.push(words.hash[k] as number);
    if (sameSegment) keys.push(pairKey(words.hash[k - 1] as number, words.hash[k] as number));
  }
  return segments.map((keys) => [...new Set(keys)].sort());
}

// The model with no rules in front of it, for tests of the model's own findings: widening a rule
// must not take away the message such a test reads.
const modelOnly = createScanner([], { wording: createWordingModel(weights as WordingWeights) });

const wordingRules = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.rule.endsWith('.wording'))
    .map((f) => f.rule);

describe('wording features', () => {
  it('are the same whether read as names (training) or as keys (scanning)', () => {
    const texts = [
      ...labelled.map((m) => m.text),
      'don’t tell ur MUM ‘k’ 😂😂',
      'café naïve résumé',
      `first line about football\nsecond line: i want to die. ${'padding words '.repeat(30)}end! new sentence`,
    ];
    for (const text of texts) {
      const fromNames = featureNames(text).map((names) => [...new Set(names.map(featureKey))].sort());
      expect(scanningKeys(text), text).toEqual(fromNames);
    }
  });

  it('drop apostrophes, so "don\'t", "don’t" and "dont" are one word', () => {
    expect(featureNames('don’t')).toEqual(featureNames('dont'));
    expect(featureNames("don't")).toEqual(featureNames('DONT'));
  });

  it('start a new segment at every line, and at a sentence end once a segment is long', () => {
    expect(featureNames('one\ntwo')).toEqual([['w:one'], ['w:two']]);
    expect(featureNames('one. two')).toEqual([['w:one', 'w:two', 'b:one two']]);
    const long = `${'word '.repeat(60)}end. next`;
    expect(featureNames(long).length).toBe(2);
    // A wall of words with no sentence end still breaks, between words.
    const wall = 'word '.repeat(1000);
    expect(featureNames(wall).length).toBeGreaterThan(4);
    expect(
      featureNames(wall)
        .flat()
        .every((name) => name === 'w:word' || name === 'b:word word'),
    ).toBe(true);
  });
});

describe('the committed weights', () => {
  it('are exactly what training on every labelled set gives', () => {
    // So every weight can be traced to labelled messages: relabel, retrain, commit both.
    expect(readFileSync(weightsFile, 'utf8')).toBe(weightsJson(trainWordingModel(labelled)));
  });
});

describe('wording model findings', () => {
  // Held-out set 16 messages no rule catches; the model was trained on them after they were scored.
  it.each([
    ['i just want to sleep and never wake up', 'risk.self_harm.wording'],
    ['they keep hiding my stuff and laughing when i look for it', 'risk.bullying.wording'],
    ["they're threatening to post my pics unless i send more", 'risk.sexual.wording'],
  ])('%j is raised by %s', (text, rule) => {
    expect(wordingRules(text)).toContain(rule);
  });

  it('say nothing where a rule of the same type already fired', () => {
    const findings = scanText('i want to kill myself');
    expect(findings.some((f) => f.rule === 'risk.self_harm.hurt_self')).toBe(true);
    expect(findings.filter((f) => f.type === 'self_harm')).toHaveLength(1);
  });

  it.each([
    'this homework is killing me',
    "I'm dead 😂",
    'we destroyed them 3-0',
    'Sophie are you coming to training on Sunday or nah',
  ])('leave everyday talk alone: %j', (text) => {
    expect(wordingRules(text)).toEqual([]);
  });

  it('name words that carry meaning in the reason, not everyday ones', () => {
    const [finding] = modelOnly.scan('i just want to sleep and never wake up');
    expect(finding?.severity).toBeGreaterThanOrEqual(2);
    expect(finding?.reason).toMatch(/^Worded like the examples of self-harm or suicide Haven learnt from/);
    expect(finding?.reason).toMatch(/“(?:sleep|never|wake)[^”]*” /);
    expect(finding?.reason).not.toMatch(/“(?:i|just|want|to|and|up)”/);
  });

  it('span the segment, in string offsets, around emoji and curly quotes', () => {
    const text = '😂😂 ok\ni’ve been saving my meds up 💊';
    const finding = modelOnly.scan(text).find((f) => f.rule.endsWith('.wording'));
    expect(finding?.excerpt).toBe('i’ve been saving my meds up');
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.excerpt);
  });

  it('are the same from a JSON line read in place as from the string', () => {
    const text = 'i just want to sleep and never wake up';
    const bytes = encoder.encode(text);
    const inPlace = scanJsonStringBytes(bytes, 0, bytes.length);
    expect(inPlace?.some((f) => f.rule === 'risk.self_harm.wording')).toBe(true);
    expect(inPlace).toEqual(scanText(text));
  });

  it('can be suppressed by rule, like any other', () => {
    const text = 'i just want to sleep and never wake up';
    expect(scanText(text, { suppressions: [{ rule: 'risk.self_harm.wording' }] })).toEqual([]);
  });

  it('raise a segment only with a telling word strong enough, however high the sum', () => {
    const base = weights as WordingWeights;
    const model = createWordingModel({ ...base, strongest: 100 });
    const bytes = encoder.encode('i just want to sleep and never wake up');
    const hits: WordingHit[] = [];
    expect(model.read(bytes, 0, bytes.length, hits)).toBe(0);
    expect(createWordingModel(base).read(bytes, 0, bytes.length, hits)).toBeGreaterThan(0);
  });
});
