import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ListOutboxResponse, OutboxMessageResponse } from '../../../server/modules/mail/mail.schema.ts';
import { api } from '../../lib/api.ts';

export type OutboxMessage = z.infer<typeof OutboxMessageResponse>;

export function useOutbox() {
  return useQuery({
    queryKey: ['mail', 'outbox'],
    queryFn: () => api<z.infer<typeof ListOutboxResponse>>('GET', '/api/mail/outbox'),
  });
}
