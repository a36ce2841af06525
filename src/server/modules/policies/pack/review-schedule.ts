/**
 * When the next review of an adopted policy falls due (R-POL-3), from `rules.review`:
 * `interval` after adoption, or, where the policy names a month ("reviewed annually in August"),
 * the end of the first such month after the month of adoption.
 */
import type { Rules } from './pack.schema.ts';

export type Period = { years: number; months: number; days: number };

/** Parses the date part of an ISO 8601 period (P1Y, P3M, P2W, P1D); time parts are ignored. */
export function parsePeriod(iso: string): Period {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO 8601 period: ${iso}`);
  const [, y, mo, w, d] = m;
  return { years: Number(y ?? 0), months: Number(mo ?? 0), days: Number(w ?? 0) * 7 + Number(d ?? 0) };
}

export function addPeriod(from: Date, iso: string): Date {
  const p = parsePeriod(iso);
  const out = new Date(from);
  out.setUTCFullYear(out.getUTCFullYear() + p.years, out.getUTCMonth() + p.months);
  out.setUTCDate(out.getUTCDate() + p.days);
  return out;
}

/** The last moment of a UTC calendar month (month 1–12); close enough to the UK day for a review date. */
const endOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0, 23, 59, 59));

export function nextReviewDue(adoptedAt: Date, review: Rules['review']): Date {
  if (review.month === null) return addPeriod(adoptedAt, review.interval);
  const year = adoptedAt.getUTCFullYear();
  const adoptedMonth = adoptedAt.getUTCMonth() + 1;
  return endOfMonth(review.month > adoptedMonth ? year : year + 1, review.month);
}

export type ReviewState = 'not_due' | 'due_soon' | 'overdue';

/** A review is due soon within 30 days of its date, and overdue after it. */
export function reviewState(due: Date, now: Date, withinDays = 30): ReviewState {
  if (due.getTime() < now.getTime()) return 'overdue';
  if (due.getTime() - now.getTime() <= withinDays * 86_400_000) return 'due_soon';
  return 'not_due';
}
