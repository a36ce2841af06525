import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { badRequest } from './errors.ts';

/** Spreadsheet programs run a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null>>): string {
  return stringify([header, ...rows.map((r) => r.map((v) => neutraliseFormula(v ?? '')))], {
    record_delimiter: 'windows',
  });
}

export type CsvRow = { row: number; values: Record<string, string> };

/** Parses a CSV with a header row; header names are matched case- and space-insensitively. */
export function parseCsv(
  text: string,
  known: readonly string[],
): { rows: CsvRow[]; unknownColumns: string[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw badRequest(`The file could not be read as CSV: ${(error as Error).message}`, [
      { path: 'csv', message: 'This is not a readable CSV file.' },
    ]);
  }
  const [header, ...body] = records;
  if (!header)
    throw badRequest('The file has no header row.', [{ path: 'csv', message: 'The file is empty.' }]);
  const keys = header.map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const missing = known.filter((k) => !keys.includes(k) && k === known[0]);
  if (missing.length) {
    throw badRequest(`The header row must name the columns: ${known.join(', ')}.`, [
      { path: 'csv', message: `The column “${missing[0]}” is missing from the header row.` },
    ]);
  }
  const unknownColumns = keys.filter((k) => !known.includes(k));
  return {
    unknownColumns,
    rows: body.map((cells, i) => ({
      row: i + 2,
      values: Object.fromEntries(keys.map((k, j) => [k, cells[j] ?? ''])),
    })),
  };
}
