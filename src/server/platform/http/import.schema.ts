import { z } from 'zod';

/** Shared by every CSV import: the file travels as text, and the report names each rejected row. */
export const ImportCsvRequest = z.strictObject({
  csv: z
    .string()
    .min(1, 'The file is empty.')
    .max(2_000_000, 'The file is larger than 2 MB; split it into parts.'),
  dryRun: z.boolean().default(false),
});
export const ImportReportResponse = z.object({
  created: z.number().int(),
  rejected: z.array(z.object({ row: z.number().int(), errors: z.array(z.string()) })),
  dryRun: z.boolean(),
});
