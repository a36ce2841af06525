import { describe, expect, it } from 'vitest';
import { addPeriod, nextReviewDue, parsePeriod, reviewState } from './review-schedule.ts';

describe('review schedule (R-POL-3)', () => {
  it('reads ISO 8601 periods', () => {
    expect(parsePeriod('P1Y')).toEqual({ years: 1, months: 0, days: 0 });
    expect(parsePeriod('P3M')).toEqual({ years: 0, months: 3, days: 0 });
    expect(parsePeriod('P2W1D')).toEqual({ years: 0, months: 0, days: 15 });
    expect(() => parsePeriod('yearly')).toThrow(RangeError);
  });

  it('"reviewed annually or sooner if needed" (CAUK): a year after adoption', () => {
    const due = nextReviewDue(new Date('2026-02-19T10:00:00Z'), { interval: 'P1Y', month: null });
    expect(due.toISOString()).toBe('2027-02-19T10:00:00.000Z');
  });

  it('"This policy will be reviewed annually in August." (Solutions Not Sides): the next August', () => {
    expect(nextReviewDue(new Date('2026-11-24T12:00:00Z'), { interval: 'P1Y', month: 8 }).toISOString()).toBe(
      '2027-08-31T23:59:59.000Z',
    );
    // Adopted in July: the review is next month, in August of the same year.
    expect(nextReviewDue(new Date('2026-07-01T12:00:00Z'), { interval: 'P1Y', month: 8 }).toISOString()).toBe(
      '2026-08-31T23:59:59.000Z',
    );
    // Adopted during August: that was the review; the next is the following August.
    expect(nextReviewDue(new Date('2026-08-15T12:00:00Z'), { interval: 'P1Y', month: 8 }).toISOString()).toBe(
      '2027-08-31T23:59:59.000Z',
    );
  });

  it('adds months to the same day of the month', () => {
    expect(addPeriod(new Date('2026-01-15T00:00:00Z'), 'P3M').toISOString()).toBe('2026-04-15T00:00:00.000Z');
  });

  it('is due soon within 30 days and overdue after the date', () => {
    const due = new Date('2027-08-31T23:59:59Z');
    expect(reviewState(due, new Date('2027-07-01T00:00:00Z'))).toBe('not_due');
    expect(reviewState(due, new Date('2027-08-10T00:00:00Z'))).toBe('due_soon');
    expect(reviewState(due, new Date('2027-09-01T00:00:00Z'))).toBe('overdue');
  });
});
