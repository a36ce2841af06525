import { describe, expect, it } from 'vitest';
import { addDuration, addWorkingDay, formatReference, parseDuration } from './concerns.rules.ts';

describe('ISO 8601 durations', () => {
  it('reads the durations policy packs use', () => {
    expect(parseDuration('PT24H')).toMatchObject({ hours: 24, days: 0 });
    expect(parseDuration('P7D')).toMatchObject({ days: 7 });
    expect(parseDuration('P2W')).toMatchObject({ weeks: 2 });
    expect(parseDuration('P1Y2M3DT4H5M6S')).toEqual({
      years: 1,
      months: 2,
      weeks: 0,
      days: 3,
      hours: 4,
      minutes: 5,
      seconds: 6,
    });
  });

  it('refuses anything that is not a duration', () => {
    for (const bad of ['', 'P', 'PT', '24H', 'P1H', 'PT1D', 'p1d', 'P-1D', 'P1.5D']) {
      expect(() => parseDuration(bad), bad).toThrow(/ISO 8601/);
    }
  });

  it('adds clock time and calendar time', () => {
    const start = new Date('2026-11-23T09:30:00Z');
    expect(addDuration(start, 'PT24H').toISOString()).toBe('2026-11-24T09:30:00.000Z');
    expect(addDuration(start, 'PT90M').toISOString()).toBe('2026-11-23T11:00:00.000Z');
    expect(addDuration(start, 'P1W').toISOString()).toBe('2026-11-30T09:30:00.000Z');
    // A month after 31 January is the last day of February, not early March.
    expect(addDuration(new Date('2026-01-31T12:00:00Z'), 'P1M').toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    );
    expect(addDuration(new Date('2024-02-29T12:00:00Z'), 'P1Y').toISOString()).toBe(
      '2025-02-28T12:00:00.000Z',
    );
  });
});

describe('one working day for the LADO', () => {
  it('is the next day on a weekday and Monday after a Friday or the weekend', () => {
    expect(addWorkingDay(new Date('2026-11-24T10:00:00Z')).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(addWorkingDay(new Date('2026-11-27T10:00:00Z')).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(addWorkingDay(new Date('2026-11-28T10:00:00Z')).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(addWorkingDay(new Date('2026-11-29T10:00:00Z')).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });
});

it('formats reference numbers for reading over the phone', () => {
  expect(formatReference(7)).toBe('C-0007');
  expect(formatReference(12345)).toBe('C-12345');
});
