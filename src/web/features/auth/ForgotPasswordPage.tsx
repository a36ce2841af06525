import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { useRequestPasswordReset } from './api.ts';

export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (v) =>
        /^\S+@\S+$/.test(v.trim()) ? null : 'Enter your email address, such as name@example.org.',
    },
  });

  const submit = form.onSubmit((values) => {
    setAlert(null);
    request.mutate(values.email.trim(), {
      onError: (error) => setAlert(applyApiErrors(form, error, ['email'])),
    });
  });

  return (
    <Page
      title="Reset your password"
      intro="Enter the email address you use for Haven. We will send you a link to choose a new password."
    >
      {request.isSuccess ? (
        <Alert color="teal" title="Check your email" role="status">
          If an account exists for that address, we have sent a link. It may take a few minutes to arrive;
          check your junk folder too.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw="26rem">
            <FormAlert message={alert} />
            <TextInput
              label="Email address"
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending}>
              Send the link
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in">
        Back to sign in
      </Anchor>
    </Page>
  );
}
