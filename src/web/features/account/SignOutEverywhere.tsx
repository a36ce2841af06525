import { Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { describeError } from '../../lib/api-error.ts';
import { forgetSession } from '../../lib/session.ts';
import { useSignOutEverywhere } from './api.ts';

export function SignOutEverywhere() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const signOutEverywhere = useSignOutEverywhere(async () => {
    // Leave first, then forget: the other way round, the signed-in pages would redirect on their own
    // and this page's notice would be lost.
    await navigate('/sign-in', {
      replace: true,
      state: {
        notice: 'You have been signed out on every device, including this one. Sign in again to continue.',
      },
    });
    forgetSession(queryClient);
  });

  function run() {
    setError(null);
    signOutEverywhere.mutate(undefined, { onError: (e) => setError(describeError(e)) });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="sign-out-everywhere-heading">
      <Title order={2} size="h3" id="sign-out-everywhere-heading">
        Sign out everywhere
      </Title>
      <Text maw="42rem">
        If you signed in on a shared or lost device, or think someone else knows your password, sign out of
        Haven on every device at once, including this one. Then change your password.
      </Text>
      <FormAlert message={error} />
      <Button
        color="red.9"
        variant="outline"
        onClick={run}
        loading={signOutEverywhere.isPending}
        w="fit-content"
      >
        Sign out everywhere
      </Button>
    </Stack>
  );
}
