import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { forgetSession } from '../../lib/session.ts';
import { useSignOut } from './api.ts';

/** Signs out of this device and returns to the sign-in page. */
export function SignOutButton({ variant = 'default' }: { variant?: 'default' | 'subtle' }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useSignOut(async () => {
    // Leave first, then forget: the other way round, the signed-in pages would redirect on their own.
    await navigate('/sign-in', { replace: true });
    forgetSession(queryClient);
  });
  return (
    <Button variant={variant} loading={signOut.isPending} onClick={() => signOut.mutate()}>
      Sign out
    </Button>
  );
}
