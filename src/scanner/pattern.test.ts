import { describe, expect, it } from 'vitest';
import { compileContext, compilePattern, expandPattern } from './pattern.ts';

describe('pattern notation', () => {
  it('makes apostrophes optional and accepts curly ones', () => {
    const re = compilePattern("don't tell");
    for (const text of ["don't tell", 'dont tell', 'don’t tell', 'DON`T  TELL']) {
      re.lastIndex = 0;
      expect(re.test(text), text).toBe(true);
    }
  });

  it('treats a space as any run of whitespace and " ?" as optional whitespace', () => {
    const re = compilePattern('snap ?chat is');
    expect(re.test('snapchat is')).toBe(true);
    re.lastIndex = 0;
    expect(re.test('snap chat\n  is')).toBe(true);
  });

  it('expands text-speak macros', () => {
    const re = compilePattern('how old (?:are|r) {you}');
    for (const text of ['how old are you', 'how old r u', 'How old are ya']) {
      re.lastIndex = 0;
      expect(re.test(text), text).toBe(true);
    }
  });

  it('bounds word gaps', () => {
    const re = compilePattern('meet {w2}alone');
    expect(re.test('meet me there alone')).toBe(true);
    re.lastIndex = 0;
    expect(re.test('meet me over there by the shop alone')).toBe(false);
  });

  it('bounds gaps across punctuation', () => {
    const re = compilePattern("come round{g3}my mum's out");
    expect(re.test("come round mine, my mum's out")).toBe(true);
    re.lastIndex = 0;
    expect(re.test("come round. its fine. my mum's out")).toBe(true);
    re.lastIndex = 0;
    expect(re.test("come round after school on friday if you like my mum's out")).toBe(false);
  });

  it('leaves character classes alone', () => {
    expect(expandPattern("[a-z' -]+")).toBe("[a-z' -]+");
    expect(expandPattern("it's [^'x]")).toBe("it['’‘`]?s\\s+[^'x]");
  });

  it('keeps regex quantifiers that look like macros', () => {
    expect(expandPattern('\\d{4}')).toBe('\\d{4}');
    expect(expandPattern('a{1,3}')).toBe('a{1,3}');
  });

  it('rejects unknown macros rather than silently matching nothing', () => {
    expect(() => expandPattern('{nonsense}')).toThrow(/Unknown pattern macro/);
  });

  it('adds word boundaries so stems do not match inside words', () => {
    expect(compilePattern('sex').test('Essex')).toBe(false);
    expect(compileContext('party').test('the party was fun')).toBe(true);
  });
});
