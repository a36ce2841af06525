// The prefilter decides which rules run on a message, and which alternatives of a rule's
// pattern are tried, from the words the rules need (derived from their patterns, and the
// trigger lists written beside the others), digits and '@'. These tests compare it with
// running every rule, whole, everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/scanner-corpus.ts';
import { createScanner } from './engine.ts';
import { piiDetectors } from './pii.ts';
import { riskDetectors } from './risk.ts';

const detectors = [...piiDetectors, ...riskDetectors];
const gated = createScanner(detectors);
const everyRule = createScanner(detectors, { prefilter: false });
const encoder = new TextEncoder();

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'eval', 'fixtures');
const texts = (jsonl: string): string[] =>
  jsonl
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => (JSON.parse(l) as { text: string }).text);

const samples = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => texts(readFileSync(join(fixtures, f), 'utf8'))),
  ...texts(generateCorpus({ targetBytes: 150_000, seed: 7 })),
  ...detectors.flatMap((d) => d.info.examples),
  // Shapes the gates reason about: digits glued to letters, long digit runs, symbols, non-ASCII.
  'ring me 07700900123',
  '+44 (0)7700-900-123 is my mum',
  'postcode m14 5rt',
  'SW1A1AA',
  'LS6 2AB',
  'ill give u £20 if u come',
  'i’ll send £50 don’t tell ur mum',
  '12 Oak Rd',
  'me@example.com',
  'add me @jess_x2',
  'Zoom ID 893 1121 8841 passcode 441100',
  'café ñ 😂 ur so ugly',
  // Words glued, split and spelt the ways the analysis reasons about.
  'onlyfans',
  'only  fans',
  'x_kill myself',
  'KILL MYSELF',
  'kill’myself',
  'dont\ttell\nanyone',
  '12/03 £120 07700 900 123',
  'the trip in 2026 costs £120, deposit by 12/03',
];

describe('prefilter', () => {
  it('finds exactly what running every rule finds: the evaluation sets, a chat corpus and every example', () => {
    for (const text of samples) expect(gated.scan(text), text).toEqual(everyRule.scan(text));
  });

  it('gives the same findings from UTF-8 bytes (plain, and in a Node Buffer) as from the string', () => {
    for (const text of samples) {
      const bytes = encoder.encode(`xx${text}yy`);
      const fromBytes = gated.scanJsonStringBytes(bytes, 2, bytes.length - 2);
      expect(gated.scanJsonStringBytes(Buffer.from(bytes), 2, bytes.length - 2), text).toEqual(fromBytes);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters JSON must escape.
      if (/["\\\u0000-\u001f]/.test(text)) expect(fromBytes, text).toBeNull();
      else expect(fromBytes, text).toEqual(gated.scan(text));
    }
  });

  it('refuses bytes that could not appear unescaped in a JSON string', () => {
    for (const text of ['say "hi"', 'back\\slash', 'tab\there', 'new\nline']) {
      const bytes = encoder.encode(text);
      expect(gated.scanJsonStringBytes(bytes, 0, bytes.length), text).toBeNull();
    }
    // A refused message leaves no trigger marks behind, which would hide the next message's words.
    const calls: string[] = [];
    const probe = createScanner([
      {
        info: { id: 'probe', kind: 'risk', type: 'self_harm', severity: 3, description: 'p', examples: [] },
        reason: 'p',
        triggers: ['kill'],
        detect: (ctx) => void calls.push(ctx.text),
      },
    ]);
    const refused = encoder.encode('"kill"');
    const next = encoder.encode('this homework is killing me');
    expect(probe.scanJsonStringBytes(refused, 0, refused.length)).toBeNull();
    expect(probe.scanJsonStringBytes(next, 0, next.length)).toEqual([]);
    expect(calls).toEqual(['this homework is killing me']);
  });
});

describe('words worked out from the patterns', () => {
  it('wake rules for phrasings the old hand-written trigger lists forgot', () => {
    // Each of these was missed while hand-written trigger lists decided which rules ran.
    for (const [text, rule] of [
      ['i cut my arm again', 'risk.self_harm.hurt_self'],
      ["i'll come and get you", 'risk.grooming.pick_up'],
      ['is any one home', 'risk.grooming.anyone_home'],
    ] as const) {
      expect(
        gated.scan(text).map((f) => f.rule),
        text,
      ).toContain(rule);
    }
  });
});

/** `source` split at its own '|', outside any group or class. */
function splitTop(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Whether `alt` is one non-capturing group and nothing else. */
function isWholeGroup(alt: string): boolean {
  if (!alt.startsWith('(?:') || !alt.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i === alt.length - 1;
  }
  return false;
}

/** The branches the analysis sees: the first alternation met peeling groups off the pattern. */
function branchesOf(compiled: string): string[] {
  let source = compiled.replace(/^\\b/, '').replace(/\(\?!\[a-z0-9_\]\)$/, '');
  while (isWholeGroup(source)) {
    const alternatives = splitTop(source.slice(3, -1));
    if (alternatives.length > 1) return alternatives;
    source = source.slice(3, -1);
  }
  return [source];
}

describe('rule patterns', () => {
  // The analysis reads a pattern's top-level alternatives as its branches. Alternatives nested
  // one group down count as one branch needing only what they all share, often everyday words,
  // which once woke three rules on one message in twenty and slowed every scan by a quarter.
  it.each(
    detectors.filter((d) => d.pattern !== undefined).map((d) => [d.info.id, d.pattern as RegExp] as const),
  )('%s keeps its alternatives at the top', (_id, pattern) => {
    expect(branchesOf(pattern.source).filter(isWholeGroup)).toEqual([]);
  });
});
