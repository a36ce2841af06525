import { describe, expect, it } from 'vitest';
import {
  buildWordWalk,
  HAS_AT_FLAG,
  HAS_DIGIT_THEN_LETTER_FLAG,
  HAS_JSON_ESCAPE_FLAG,
  HAS_NON_ASCII_FLAG,
  type WalkWord,
} from './word-walk.ts';

const words: WalkWord[] = [
  { stem: 'kill', exact: false },
  { stem: 'u', exact: true },
  { stem: 'any1', exact: true },
  { stem: 'killer', exact: true },
  { stem: '£', exact: false },
];
const walk = buildWordWalk(words);
const encoder = new TextEncoder();

function found(text: string): { words: string[]; flags: number; digits: number; chain: number } {
  const bytes = encoder.encode(text);
  const flags = walk.mark(bytes, 0, bytes.length);
  const hits = words.flatMap((w, i) => (walk.has(i) ? [`${w.stem}${w.exact ? '$' : ''}`] : []));
  return { words: hits.sort(), flags, digits: walk.digits, chain: walk.digitChain() };
}

describe('word walk', () => {
  it('finds stems at the start of a word, and whole-word stems only as the whole word', () => {
    expect(found('this is KILLING me').words).toEqual(['kill']);
    expect(found('skill u').words).toEqual(['u$']);
    expect(found('ur mum').words).toEqual([]);
    expect(found('killer').words).toEqual(['kill', 'killer$']);
    expect(found('u').words).toEqual(['u$']);
    expect(found('any1 there?').words).toEqual(['any1$']);
  });

  it("counts '_' as part of a word, so 'x_kill' and 'u_2' hold no stem's word", () => {
    expect(found('x_kill u_2').words).toEqual([]);
    expect(found('kill_bill').words).toEqual(['kill']);
  });

  it('separates words at punctuation and at every non-ASCII character', () => {
    expect(found('u’kill').words).toEqual(['kill', 'u$']);
    expect(found('é_kill').words).toEqual([]);
    expect(found('ékill').words).toEqual(['kill']);
  });

  it('finds symbol stems by searching the bytes', () => {
    expect(found('give u £20').words).toEqual(['u$', '£']);
  });

  it('flags @, a digit followed by a letter, non-ASCII and what JSON must escape', () => {
    expect(found('me@x.com').flags & HAS_AT_FLAG).toBe(HAS_AT_FLAG);
    expect(found('LS6 2AB').flags & HAS_DIGIT_THEN_LETTER_FLAG).toBe(HAS_DIGIT_THEN_LETTER_FLAG);
    expect(found('q3 and 3 a').flags & HAS_DIGIT_THEN_LETTER_FLAG).toBe(0);
    expect(found('café').flags & HAS_NON_ASCII_FLAG).toBe(HAS_NON_ASCII_FLAG);
    for (const text of ['say "hi"', 'a\\b', 'tab\there']) {
      expect(found(text).flags & HAS_JSON_ESCAPE_FLAG, text).toBe(HAS_JSON_ESCAPE_FLAG);
    }
    expect(found('plain text').flags).toBe(0);
  });

  it('counts digits, and the longest run linked as phone numbers are written', () => {
    expect(found('ring 07700 900123').chain).toBe(11);
    expect(found('+44 (0)7700-900-123').chain).toBe(13);
    expect(found('0 7 7 0 0 9 0 0 1 2 3').chain).toBe(11);
    const dated = found('the trip in 2026 costs £120, deposit by 12/03');
    expect(dated.digits).toBe(11);
    expect(dated.chain).toBe(4);
    expect(found('10:30 at 11:45').chain).toBe(2);
  });

  it('forgets one message before the next', () => {
    expect(found('kill').words).toEqual(['kill']);
    expect(found('nothing here').words).toEqual([]);
  });
});
