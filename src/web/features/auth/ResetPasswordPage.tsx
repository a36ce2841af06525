import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { PASSWORD_RULES } from '../../components/PasswordRules.ts';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { useFragmentToken } from '../../lib/fragment-token.ts';
import { useCompletePasswordReset } from './api.ts';

export function ResetPasswordPage() {
  const token = useFragmentToken();
  const complete = useCompletePasswordReset();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v.length >= 12 ? null : 'Use at least 12 characters.') },
  });

  if (!token) {
    return (
      <Page title="Choose a new password">
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the link from your email again, or ask for a new one.
        </Alert>
        <Anchor component={Link} to="/forgot-password">
          Ask for a new link
        </Anchor>
      </Page>
    );
  }

  if (complete.isSuccess) {
    return (
      <Page title="Password changed">
        <Text>
          Your password has been changed. Sign in with your new password, and with the code from your
          authenticator app if you use two-factor authentication.
        </Text>
        <Button component={Link} to="/sign-in" w="fit-content">
          Sign in
        </Button>
      </Page>
    );
  }

  const submit = form.onSubmit((values) => {
    setAlert(null);
    complete.mutate(
      { token, password: values.password },
      { onError: (error) => setAlert(applyApiErrors(form, error, ['password'])) },
    );
  });

  return (
    <Page title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw="26rem">
          <FormAlert message={alert} />
          <PasswordField
            label="New password"
            description={PASSWORD_RULES}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={complete.isPending}>
            Change password
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/forgot-password">
        Ask for a new link
      </Anchor>
    </Page>
  );
}
