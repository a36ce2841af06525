import { describe, expect, it } from 'vitest';
import { scanJsonStringBytes } from './default-scanner.ts';
import { hasStretchedLetter, LONG_MESSAGE, mayHoldStandIn, plainReadings } from './disguised-spellings.ts';
import { scanText } from './index.ts';

const encoder = new TextEncoder();

describe('disguised spellings', () => {
  it.each([
    ['thinking about k!lling myself', ['thinking about killing myself']],
    ['wanna do s3x stuff', ['wanna do sex stuff']],
    ['she got r@ped', ['she got raped']],
    ['ur so ug1y', ['ur so ugiy', 'ur so ugly']],
  ])('reads %j with its stand-ins as letters', (text, readings) => {
    expect(plainReadings(text).map((r) => r.text)).toEqual(readings);
  });

  it('reads a stretched letter once and twice, carrying positions back to the message', () => {
    const text = '😂 i want to diiie now';
    const [once, twice] = plainReadings(text);
    expect(once?.text).toBe('😂 i want to die now');
    expect(twice?.text).toBe('😂 i want to diie now');
    // "die" in the reading is "diiie" in the message; "now" is after it, shifted by two.
    const die = once?.text.indexOf('die') as number;
    expect(text.slice(once?.start(die), once?.end(die + 3))).toBe('diiie');
    expect(text.slice(once?.start(die + 1), once?.end(die + 2))).toBe('iii');
    const now = once?.text.indexOf('now') as number;
    expect(text.slice(once?.start(now), once?.end(now + 3))).toBe('now');
    expect(text.slice(twice?.start(die), twice?.end(die + 4))).toBe('diiie');
  });

  it('tries each vowel a * may hide, keeping the length of the message', () => {
    const readings = plainReadings('im gonna sh*nk him').map((r) => r.text);
    expect(readings).toContain('im gonna shank him');
    expect(readings).toHaveLength(5);
    for (const r of readings) expect(r).toHaveLength('im gonna sh*nk him'.length);
  });

  it.each([
    'meet at 4pm lol!!',
    'my snap is @kayla.m2010',
    'call 07700 900123',
    'we won 3-0',
    'postcode ls62ab',
    'year 10s are out at 3:15',
    '*hugs* see you soon',
    'so tired, see you soon',
    'b4 gr8 l8r',
  ])('leaves %j alone: no word holds a stand-in between letters', (text) => {
    expect(plainReadings(text)).toEqual([]);
    const bytes = encoder.encode(text);
    expect(mayHoldStandIn(bytes, 0, bytes.length) || hasStretchedLetter(bytes, 0, bytes.length)).toBe(false);
  });

  it.each([
    ['i want to k1ll mys3lf', 'risk.self_harm.hurt_self', 'k1ll mys3lf'],
    ['i think i was s*xually assaulted', 'risk.sexual.abuse_disclosure', 'i think i was s*xually assaulted'],
    ['im gonna st4b him after school', 'risk.violence.threat', 'im gonna st4b him'],
    ['i want to d!e', 'risk.self_harm.want_to_die', 'i want to d!e'],
    ['i want to diiie', 'risk.self_harm.want_to_die', 'i want to diiie'],
    ['😂😂 i hate myselfff', 'risk.self_harm.self_hatred', 'i hate myselfff'],
    ['i wanna kiiill myself', 'risk.self_harm.hurt_self', 'kiiill myself'],
  ])('lets the rules read %j, quoting it as written', (text, rule, excerpt) => {
    const finding = scanText(text).find((f) => f.rule === rule);
    expect(finding?.excerpt).toBe(excerpt);
    expect(text.slice(finding?.start, finding?.end)).toBe(excerpt);
    expect(finding?.reason).toMatch(/to get past filters/);
  });

  it('looks at the bytes first, so most messages are never read twice', () => {
    const bytesOf = (text: string): [Uint8Array, number, number] => {
      const bytes = encoder.encode(text);
      return [bytes, 0, bytes.length];
    };
    expect(mayHoldStandIn(...bytesOf('meet at 4pm lol!! @kayla'))).toBe(false);
    expect(mayHoldStandIn(...bytesOf('i want to k1ll'))).toBe(true);
    expect(mayHoldStandIn(...bytesOf('send n00ds'))).toBe(true);
    expect(mayHoldStandIn(...bytesOf('sh*nk'))).toBe(true);
    expect(hasStretchedLetter(...bytesOf('i want to diiie'))).toBe(true);
    expect(hasStretchedLetter(...bytesOf('sooo'))).toBe(true);
    expect(hasStretchedLetter(...bytesOf('all good, see you at 1000'))).toBe(false);
  });

  it('reads a long paste at most twice, however many stand-ins it holds', () => {
    const paste = 'k1ll s*x diiie '.repeat(Math.ceil(LONG_MESSAGE / 10));
    expect(plainReadings(paste).length).toBe(2);
    expect(plainReadings('k1ll s*x diiie').length).toBeGreaterThan(2);
  });

  it('finds the same from a JSON line read in place as from the string', () => {
    const text = 'thinking about k!lling myself tbh';
    const bytes = encoder.encode(text);
    expect(scanJsonStringBytes(bytes, 0, bytes.length)).toEqual(scanText(text));
  });

  it('can be suppressed by rule, like any other finding', () => {
    const text = 'i want to k1ll mys3lf';
    const suppressed = scanText(text, { suppressions: [{ rule: 'risk.self_harm.hurt_self' }] });
    expect(suppressed.some((f) => f.rule === 'risk.self_harm.hurt_self')).toBe(false);
  });
});
