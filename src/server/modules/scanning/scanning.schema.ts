import { z } from 'zod';
import { FINDING_TYPES } from '../../../scanner/index.ts';

export const FindingResponse = z.object({
  kind: z.enum(['pii', 'risk']),
  type: z.enum(FINDING_TYPES as unknown as [string, ...string[]]),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  severity: z.number().int().min(1).max(5),
  rule: z.string(),
  reason: z.string(),
});

export const ScanTextRequest = z.strictObject({
  text: z.string().min(1, 'Paste the text to scan.').max(200_000, 'Scan at most 200,000 characters at once.'),
});
export const ScanTextResponse = z.object({
  findings: z.array(FindingResponse),
  suppressed: z.number().int(),
});

export const SuppressionResponse = z.object({
  id: z.string().uuid(),
  rule: z.string(),
  excerpt: z.string().nullable(),
  reason: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string().datetime(),
  liftedAt: z.string().datetime().nullable(),
});
export const ListSuppressionsResponse = z.object({
  items: z.array(SuppressionResponse),
  rules: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      type: z.string(),
      severity: z.number(),
      description: z.string(),
    }),
  ),
});
export const AddSuppressionRequest = z.strictObject({
  rule: z.string().trim().min(1, 'Choose the rule to suppress.').max(200),
  excerpt: z.string().trim().max(500).nullish(),
  reason: z.string().trim().min(3, 'Say why this pattern is harmless here, for the record.').max(2000),
});
export const SuppressionIdParams = z.strictObject({
  suppressionId: z.string().uuid('That is not a valid id.'),
});
