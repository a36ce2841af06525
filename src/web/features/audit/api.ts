import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AuditEntryResponse,
  ListAuditResponse,
  VerifyAuditResponse,
} from '../../../server/modules/audit/audit.schema.ts';
import { api, withQuery } from '../../lib/api.ts';

export type AuditEntry = z.infer<typeof AuditEntryResponse>;
export type AuditVerification = z.infer<typeof VerifyAuditResponse>;

export type AuditFilter = {
  action?: string;
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

export function useAuditEntries(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api<z.infer<typeof ListAuditResponse>>('GET', withQuery('/api/audit', filter)),
    placeholderData: keepPreviousData,
  });
}

/** Checks every entry's hash against the one before it. A mutation because it is asked for, not kept. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api<AuditVerification>('GET', '/api/audit/verify') });
}
