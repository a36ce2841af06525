import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PolicyPack } from '../../../server/modules/policies/pack/pack.schema.ts';
import type {
  ConfirmationsResponse,
  GetVersionResponse,
  ImportProposalResponse,
  ListVersionsResponse,
  ReviewsDueResponse,
  VersionSummary,
} from '../../../server/modules/policies/policies.schema.ts';
import { api } from '../../lib/api.ts';

export type PolicyVersion = z.infer<typeof GetVersionResponse>;
export type VersionListItem = z.infer<typeof VersionSummary>;
export type Confirmations = z.infer<typeof ConfirmationsResponse>;
export type ImportProposal = z.infer<typeof ImportProposalResponse>;
export type ReviewsDue = z.infer<typeof ReviewsDueResponse>;
export type { PolicyPack };

const key = ['policy'] as const;

export const documentUrl = (versionId: string, format: 'pdf' | 'docx' | 'html') =>
  `/api/policy/versions/${encodeURIComponent(versionId)}/document?format=${format}`;

export function useAdoptedPolicy() {
  return useQuery({
    queryKey: [...key, 'adopted'],
    queryFn: () => api<PolicyVersion>('GET', '/api/policy'),
    retry: false,
  });
}

export function useVersions() {
  return useQuery({
    queryKey: [...key, 'versions'],
    queryFn: () => api<z.infer<typeof ListVersionsResponse>>('GET', '/api/policy/versions'),
  });
}

export function useReviewsDue(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'reviews-due'],
    queryFn: () => api<ReviewsDue>('GET', '/api/policy/reviews-due'),
    enabled,
  });
}

export function useConfirmations() {
  return useQuery({
    queryKey: [...key, 'confirmations'],
    queryFn: () => api<Confirmations>('GET', '/api/policy/confirmations'),
    retry: false,
  });
}

export function useConfirmReading() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { versionId: string; document: 'online_safety_policy' | 'acceptable_use_policy' }) =>
      api<{ confirmed: string[] }>('POST', '/api/policy/confirmations', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useSendReminders() {
  return useMutation({
    mutationFn: () => api<{ reminded: number }>('POST', '/api/policy/confirmations/reminders'),
  });
}

export function useAdopt() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) =>
      api<VersionListItem>('POST', `/api/policy/versions/${encodeURIComponent(versionId)}/adopt`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useProposeImport() {
  return useMutation({
    mutationFn: (input: { fileName: string; contentBase64: string }) =>
      api<ImportProposal>('POST', '/api/policy/imports', input),
  });
}

export function useCreateDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { pack: PolicyPack; summaryOfChanges: string; source: 'editor' | 'import' }) =>
      api<{ id: string; versionNumber: number }>('POST', '/api/policy/versions', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useVersion(versionId: string) {
  return useQuery({
    queryKey: [...key, 'version', versionId],
    queryFn: () => api<PolicyVersion>('GET', `/api/policy/versions/${encodeURIComponent(versionId)}`),
  });
}
