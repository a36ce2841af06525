import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddSuppressionRequest,
  ListSuppressionsResponse,
  ScanTextResponse,
} from '../../../server/modules/scanning/scanning.schema.ts';
import { api } from '../../lib/api.ts';

export type ScanResult = z.infer<typeof ScanTextResponse>;
export type Finding = ScanResult['findings'][number];
export type Suppressions = z.infer<typeof ListSuppressionsResponse>;

const suppressionsKey = ['scanner', 'suppressions'] as const;

export const useScanText = () =>
  useMutation({ mutationFn: (text: string) => api<ScanResult>('POST', '/api/scanner/scan', { text }) });

export const useSuppressions = () =>
  useQuery({
    queryKey: suppressionsKey,
    queryFn: () => api<Suppressions>('GET', '/api/scanner/suppressions'),
  });

export function useAddSuppression() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof AddSuppressionRequest>) =>
      api<{ id: string }>('POST', '/api/scanner/suppressions', body),
    onSuccess: () => client.invalidateQueries({ queryKey: suppressionsKey }),
  });
}

export function useLiftSuppression() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('POST', `/api/scanner/suppressions/${id}/lift`),
    onSuccess: () => client.invalidateQueries({ queryKey: suppressionsKey }),
  });
}
