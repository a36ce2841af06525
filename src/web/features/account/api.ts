import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('POST', '/api/auth/change-password', body),
  });
}

export function useSignOutEverywhere() {
  return useMutation({ mutationFn: () => api<void>('POST', '/api/auth/sign-out-everywhere') });
}
