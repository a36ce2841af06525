import { z } from 'zod';

export const OutboxMessageResponse = z.object({
  id: z.string().uuid(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  kind: z.string(),
  createdAt: z.string().datetime(),
  sentAt: z.string().datetime().nullable(),
});
export const ListOutboxResponse = z.object({
  items: z.array(OutboxMessageResponse),
  delivery: z.enum(['smtp', 'outbox']),
});
