import { Alert, Button, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { PASSWORD_RULES } from '../../components/PasswordRules.ts';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { useChangePassword } from './api.ts';

export function ChangePasswordForm({ email }: { email: string }) {
  const change = useChangePassword();
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password.'),
      newPassword: (v) => (v.length >= 12 ? null : 'Use at least 12 characters.'),
    },
  });

  const submit = form.onSubmit((values) => {
    setAlert(null);
    setDone(false);
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
      onError: (error) => setAlert(applyApiErrors(form, error, ['currentPassword', 'newPassword'])),
    });
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="change-password-heading">
      <Title order={2} size="h3" id="change-password-heading">
        Change your password
      </Title>
      <form onSubmit={submit} noValidate>
        {/* Tells password managers whose password this is; hidden from everyone else. */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <Stack gap="md" maw="26rem">
          {done ? (
            <Alert color="teal" title="Password changed" role="status">
              Use your new password next time you sign in.
            </Alert>
          ) : null}
          <FormAlert message={alert} />
          <PasswordField
            label="Current password"
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label="New password"
            description={PASSWORD_RULES}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <Button type="submit" loading={change.isPending} w="fit-content">
            Change password
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
