import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSignOut } from './api.ts';

/** Signs out of this device and returns to the sign-in page. */
export function SignOutButton({ variant = 'default' }: { variant?: 'default' | 'subtle' }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Button
      variant={variant}
      loading={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
    >
      Sign out
    </Button>
  );
}
