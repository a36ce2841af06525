/** General ways policies phrase numbers and periods: "ten", "twenty-four", "every two years", "quarterly". */

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const NUMBER_WORD = String.raw`(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

/** "ten" → 10, "twenty-four" → 24, "12" → 12; null if not a number. */
export function parseNumber(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const n = UNITS[p];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

const UNIT_CODE: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D' };

/** "one year" → P1Y, "six months" → P6M, "90 days" → P90D, "24 hours" → PT24H. */
export function durationFromPhrase(n: string, unit: string): string | null {
  const count = parseNumber(n);
  if (count === null || count <= 0) return null;
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'hour') return `PT${count}H`;
  if (u === 'working day') return `P${count}D`;
  const code = UNIT_CODE[u];
  return code ? `P${count}${code}` : null;
}

const PERIOD = String.raw`(${NUMBER_WORD})\s+(years?|months?|weeks?|days?|hours?|working days?)`;
export const PERIOD_RE = new RegExp(PERIOD, 'i');

/** Finds how often something happens in a sentence: "annually", "every two years", "at least every quarter". */
export function findFrequency(sentence: string): string | null {
  const s = sentence.toLowerCase();
  const every = new RegExp(String.raw`\bevery\s+${PERIOD}`, 'i').exec(s);
  if (every?.[1] && every[2]) return durationFromPhrase(every[1], every[2]);
  if (/\b(annually|every year|each year|yearly|once a year|every twelve months)\b/.test(s)) return 'P1Y';
  if (/\b(twice a year|biannually|half-yearly|every six months)\b/.test(s)) return 'P6M';
  if (/\b(quarterly|every quarter|each quarter|once a quarter)\b/.test(s)) return 'P3M';
  if (/\b(monthly|every month|each month|once a month)\b/.test(s)) return 'P1M';
  if (/\b(fortnightly|every fortnight)\b/.test(s)) return 'P2W';
  if (/\b(weekly|every week|each week|once a week)\b/.test(s)) return 'P1W';
  if (/\b(daily|every day|each day|on a daily basis)\b/.test(s)) return 'P1D';
  return null;
}

/** "for one year", "for 6 months", "for two years": how long something is kept. */
export function findKeptFor(sentence: string): string | null {
  const m = new RegExp(
    String.raw`\bfor\s+(?:a\s+(?:minimum|maximum)\s+of\s+|up\s+to\s+|at\s+least\s+)?${PERIOD}`,
    'i',
  ).exec(sentence);
  return m?.[1] && m[2] ? durationFromPhrase(m[1], m[2]) : null;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "in August", "each September": the month (1-12) or null. */
export function findMonth(sentence: string): number | null {
  const m = new RegExp(String.raw`\b(?:in|each|every|during)\s+(${MONTHS.join('|')})\b`, 'i').exec(sentence);
  return m?.[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : null;
}
