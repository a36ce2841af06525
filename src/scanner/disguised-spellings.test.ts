import { describe, expect, it } from 'vitest';
import { scanJsonStringBytes } from './default-scanner.ts';
import { mayHoldStandIn, plainReadings } from './disguised-spellings.ts';
import { scanText } from './index.ts';

const encoder = new TextEncoder();

describe('disguised spellings', () => {
  it.each([
    ['thinking about k!lling myself', ['thinking about killing myself']],
    ['wanna do s3x stuff', ['wanna do sex stuff']],
    ['she got r@ped', ['she got raped']],
    ['ur so ug1y', ['ur so ugiy', 'ur so ugly']],
  ])('reads %j with its stand-ins as letters', (text, readings) => {
    expect(plainReadings(text)).toEqual(readings);
  });

  it('tries each vowel a * may hide, keeping the length of the message', () => {
    const readings = plainReadings('im gonna sh*nk him');
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
    'b4 gr8 l8r',
  ])('leaves %j alone: no word holds a stand-in between letters', (text) => {
    expect(plainReadings(text)).toEqual([]);
  });

  it.each([
    ['i want to k1ll mys3lf', 'risk.self_harm.hurt_self', 'k1ll mys3lf'],
    ['i think i was s*xually assaulted', 'risk.sexual.abuse_disclosure', 'i think i was s*xually assaulted'],
    ['im gonna st4b him after school', 'risk.violence.threat', 'im gonna st4b him'],
    ['i want to d!e', 'risk.self_harm.want_to_die', 'i want to d!e'],
  ])('lets the rules read %j, quoting it as written', (text, rule, excerpt) => {
    const finding = scanText(text).find((f) => f.rule === rule);
    expect(finding?.excerpt).toBe(excerpt);
    expect(text.slice(finding?.start, finding?.end)).toBe(excerpt);
    expect(finding?.reason).toMatch(/look-alike characters/);
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
