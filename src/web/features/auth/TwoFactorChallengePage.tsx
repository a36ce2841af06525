import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { pathForStatus, useSession } from '../../lib/session.ts';
import { useVerifyTwoFactor } from './api.ts';
import { SignOutButton } from './SignOutButton.tsx';

export function TwoFactorChallengePage() {
  const session = useSession();
  const verify = useVerifyTwoFactor();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (v) =>
        v.replace(/\s/g, '').length >= 6
          ? null
          : 'Enter the 6-digit code from your authenticator app, or a recovery code.',
    },
  });

  if (session.isPending) return null;
  if (!session.data) return <Navigate to="/sign-in" replace />;
  if (session.data.status !== 'awaiting_2fa')
    return <Navigate to={pathForStatus(session.data.status)} replace />;

  const submit = form.onSubmit((values) => {
    setAlert(null);
    verify.mutate(values.code.replace(/\s/g, ''), {
      onSuccess: () => navigate(from ?? '/', { replace: true }),
      onError: (error) => setAlert(applyApiErrors(form, error, ['code'])),
    });
  });

  return (
    <Page
      title="Enter your code"
      intro={`Signed in as ${session.data.user.email}. Open your authenticator app and enter the 6-digit code it shows for Haven.`}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw="26rem">
          <FormAlert message={alert} />
          <TextInput
            label="Code"
            description="If you do not have your phone, enter one of your recovery codes instead."
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="off"
            required
            {...form.getInputProps('code')}
          />
          <Group>
            <Button type="submit" loading={verify.isPending}>
              Continue
            </Button>
            <SignOutButton />
          </Group>
          <Text size="sm">
            Lost your phone and your recovery codes? Ask your Haven administrator to reset your two-factor
            authentication.
          </Text>
        </Stack>
      </form>
    </Page>
  );
}
