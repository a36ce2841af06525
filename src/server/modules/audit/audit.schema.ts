import { z } from 'zod';

export const AuditEntryResponse = z.object({
  seq: z.number().int(),
  occurredAt: z.string().datetime(),
  actorUserId: z.string().uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export const ListAuditQuery = z.strictObject({
  action: z.string().trim().max(100).optional(),
  actorUserId: z.string().uuid().optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.string().date('Use a date such as 2026-11-23.').optional(),
  to: z.string().date('Use a date such as 2026-11-23.').optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ListAuditResponse = z.object({
  items: z.array(AuditEntryResponse),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const VerifyAuditResponse = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
  headHash: z.string().nullable(),
});
