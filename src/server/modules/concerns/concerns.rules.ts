/**
 * Pure rules for concerns: ISO 8601 durations (rules.concerns.triageWithin, reviewEvery), the
 * LADO's one working day, and reference numbers. No database, no clock of its own.
 */

export type IsoDuration = {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
};

const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses the ISO 8601 durations policy packs use (PT24H, P7D, P1M, P1Y2M3DT4H); throws on anything else. */
export function parseDuration(iso: string): IsoDuration {
  const m = DURATION.exec(iso);
  if (!m) throw new Error(`Not an ISO 8601 duration: ${iso}`);
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** Adds a duration: calendar parts (years, months, weeks, days) in UTC dates, then clock time. */
export function addDuration(from: Date, iso: string): Date {
  const d = parseDuration(iso);
  const out = new Date(from.getTime());
  if (d.years || d.months) {
    const day = out.getUTCDate();
    out.setUTCDate(1);
    out.setUTCMonth(out.getUTCMonth() + d.years * 12 + d.months);
    const lastDay = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
    out.setUTCDate(Math.min(day, lastDay));
  }
  out.setUTCDate(out.getUTCDate() + d.weeks * 7 + d.days);
  return new Date(out.getTime() + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000);
}

/**
 * One working day later (R-INC-10: a LADO referral within one working day): Friday and weekend
 * reports fall due at the same time on the next Monday. Bank holidays are not known to Haven.
 */
export function addWorkingDay(from: Date): Date {
  const out = new Date(from.getTime() + 24 * 3600 * 1000);
  while (out.getUTCDay() === 0 || out.getUTCDay() === 6) out.setUTCDate(out.getUTCDate() + 1);
  return out;
}

/** C-0042: short enough to read over the phone; unique within the organisation. */
export const formatReference = (n: number): string => `C-${String(n).padStart(4, '0')}`;

export type ConcernRules = { triageWithin: string; reviewEvery: string | null };
export const DEFAULT_CONCERN_RULES: ConcernRules = { triageWithin: 'PT24H', reviewEvery: null };
