import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('POST', '/api/auth/change-password', body),
  });
}

/** `onSignedOut` runs even if the page has already moved on (a 401 elsewhere can unmount it first). */
export function useSignOutEverywhere(onSignedOut: () => Promise<void>) {
  return useMutation({
    mutationFn: () => api<void>('POST', '/api/auth/sign-out-everywhere'),
    onSuccess: onSignedOut,
  });
}
