import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  InvitationResponse,
  ListInvitationsResponse,
  ListMembersResponse,
  MemberResponse,
} from '../../../server/modules/users/users.schema.ts';
import type { ImportReport } from '../../components/CsvImport.tsx';
import { api } from '../../lib/api.ts';
import type { Role } from '../../lib/roles.ts';

export type Member = z.infer<typeof MemberResponse>;
export type Invitation = z.infer<typeof InvitationResponse>;

const usersKey = ['users'] as const;

export function useMembers() {
  return useQuery({
    queryKey: [...usersKey, 'members'],
    queryFn: () => api<z.infer<typeof ListMembersResponse>>('GET', '/api/users'),
  });
}

export function useInvitations() {
  return useQuery({
    queryKey: [...usersKey, 'invitations'],
    queryFn: () => api<z.infer<typeof ListInvitationsResponse>>('GET', '/api/users/invitations'),
  });
}

export function useUpdateMember(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { roles?: Role[]; disabled?: boolean }) =>
      api<Member>('PATCH', `/api/users/${encodeURIComponent(userId)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; name: string; roles: Role[] }) =>
      api<Invitation>('POST', '/api/users/invitations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useImportUsers() {
  const queryClient = useQueryClient();
  return async (csv: string, dryRun: boolean) => {
    const report = await api<ImportReport>('POST', '/api/users/import', { csv, dryRun });
    if (!dryRun) await queryClient.invalidateQueries({ queryKey: usersKey });
    return report;
  };
}
