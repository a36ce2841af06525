import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { pathForStatus, useSession } from '../../lib/session.ts';
import { useSignIn } from './api.ts';

export type SignInState = { from?: string; notice?: string; email?: string } | null;

export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as SignInState;
  const session = useSession();
  const signIn = useSignIn();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: state?.email ?? '', password: '' },
    validate: {
      email: (v) =>
        /^\S+@\S+$/.test(v.trim()) ? null : 'Enter your email address, such as name@example.org.',
      password: (v) => (v ? null : 'Enter your password.'),
    },
  });

  if (session.data?.status === 'active') return <Navigate to={state?.from ?? '/'} replace />;

  const submit = form.onSubmit((values) => {
    setAlert(null);
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (result) => {
          const next = result.status === 'active' ? (state?.from ?? '/') : pathForStatus(result.status);
          navigate(next, { replace: true, state: state?.from ? { from: state.from } : null });
        },
        onError: (error) => setAlert(applyApiErrors(form, error, ['email', 'password'])),
      },
    );
  });

  return (
    <Page title="Sign in">
      {state?.notice ? (
        <Alert color="indigo" role="status" title="Next step">
          {state.notice}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw="26rem">
          <FormAlert message={alert} />
          <TextInput
            label="Email address"
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={signIn.isPending}>
            Sign in
          </Button>
          <Anchor component={Link} to="/forgot-password">
            Forgotten your password?
          </Anchor>
        </Stack>
      </form>
    </Page>
  );
}
