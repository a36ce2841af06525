import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  EnableTwoFactorResponse,
  InspectInvitationResponse,
  SetUpTwoFactorResponse,
  SignInResponse,
} from '../../../server/modules/auth/auth.schema.ts';
import { api } from '../../lib/api.ts';
import { reloadSession } from '../../lib/session.ts';

export type SignInResult = z.infer<typeof SignInResponse>;
export type TwoFactorSetup = z.infer<typeof SetUpTwoFactorResponse>;
export type InvitationDetails = z.infer<typeof InspectInvitationResponse>;

function useRefreshSession() {
  const queryClient = useQueryClient();
  return async () => {
    await reloadSession(queryClient);
  };
}

export function useSignIn() {
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api<SignInResult>('POST', '/api/auth/sign-in', body),
    onSuccess: refresh,
  });
}

export function useVerifyTwoFactor() {
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (code: string) => api<SignInResult>('POST', '/api/auth/two-factor/verify', { code }),
    onSuccess: refresh,
  });
}

const setupQueryKey = ['two-factor-setup'] as const;

/**
 * Starts enrolment: the server makes a new secret each time it is asked, so this is a query
 * (one request, even when React renders twice) rather than a mutation, and is never refetched.
 */
export function useTwoFactorSetup() {
  return useQuery({
    queryKey: setupQueryKey,
    queryFn: () => api<TwoFactorSetup>('POST', '/api/auth/two-factor/setup'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10 * 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api<z.infer<typeof EnableTwoFactorResponse>>('POST', '/api/auth/two-factor/enable', { code }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: setupQueryKey });
    },
  });
}

/** `onSignedOut` runs even if the request failed (offline, say) and even if the page has moved on. */
export function useSignOut(onSignedOut: () => Promise<void>) {
  return useMutation({ mutationFn: () => api<void>('POST', '/api/auth/sign-out'), onSettled: onSignedOut });
}

export function useSwitchOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string) =>
      api<void>('POST', '/api/auth/switch-organisation', { organisationId }),
    onSuccess: async () => {
      await reloadSession(queryClient);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => api<void>('POST', '/api/auth/password-reset/request', { email }),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<void>('POST', '/api/auth/password-reset/complete', body),
  });
}

export function useInspectInvitation(token: string | null) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<InvitationDetails>('POST', '/api/auth/invitations/inspect', { token }),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: { token: string; name: string; password?: string }) =>
      api<void>('POST', '/api/auth/invitations/accept', body),
  });
}
