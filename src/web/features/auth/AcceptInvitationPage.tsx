import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { PASSWORD_RULES } from '../../components/PasswordRules.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { describeError } from '../../lib/api-error.ts';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { useFragmentToken } from '../../lib/fragment-token.ts';
import { pathForStatus, reloadSession } from '../../lib/session.ts';
import {
  type InvitationDetails,
  type SignInResult,
  useAcceptInvitation,
  useInspectInvitation,
} from './api.ts';

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationDetails }) {
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const newAccount = !invitation.accountExists;
  const form = useForm({
    initialValues: { name: invitation.name, password: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter your name.'),
      password: (v) => (!newAccount || v.length >= 12 ? null : 'Use at least 12 characters.'),
    },
  });

  /** A new account has just chosen its password: sign straight in rather than asking for it again. */
  async function signIn(password: string) {
    setSigningIn(true);
    try {
      const result = await api<SignInResult>('POST', '/api/auth/sign-in', {
        email: invitation.email,
        password,
      });
      await reloadSession(queryClient);
      navigate(pathForStatus(result.status), { replace: true });
    } catch (error) {
      navigate('/sign-in', {
        replace: true,
        state: {
          email: invitation.email,
          notice: `Your account is ready. Sign in to continue. (${describeError(error)})`,
        },
      });
    }
  }

  const submit = form.onSubmit((values) => {
    setAlert(null);
    const body = { token, name: values.name.trim(), ...(newAccount ? { password: values.password } : {}) };
    accept.mutate(body, {
      onSuccess: () => {
        if (newAccount) {
          void signIn(values.password);
          return;
        }
        void reloadSession(queryClient).catch(() => null);
        navigate('/sign-in', {
          replace: true,
          state: {
            email: invitation.email,
            notice: `You have joined ${invitation.organisationName}. Sign in with your existing Haven password.`,
          },
        });
      },
      onError: (error) => setAlert(applyApiErrors(form, error, ['name', 'password'])),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw="26rem">
        <FormAlert message={alert} />
        <TextInput
          label="Email address"
          value={invitation.email}
          readOnly
          description="This is where the invitation was sent."
        />
        <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
        {newAccount ? (
          <PasswordField
            label="Choose a password"
            description={PASSWORD_RULES}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
        ) : (
          <Text>You already have a Haven account. After accepting, sign in with your existing password.</Text>
        )}
        <Button type="submit" loading={accept.isPending || signingIn}>
          {newAccount ? 'Create my account' : 'Accept the invitation'}
        </Button>
      </Stack>
    </form>
  );
}

export function AcceptInvitationPage() {
  const token = useFragmentToken();
  const inspect = useInspectInvitation(token);

  if (!token) {
    return (
      <Page title="Accept your invitation">
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the link from your invitation email again. If it still does not work, ask the person who
          invited you to send a new invitation.
        </Alert>
      </Page>
    );
  }

  return (
    <Page title="Accept your invitation">
      <QueryState query={inspect} what="your invitation">
        {(invitation) => (
          <Stack gap="md">
            <Text>
              You have been invited to join <strong>{invitation.organisationName}</strong> on Haven, its
              online safeguarding system.
            </Text>
            <AcceptForm token={token} invitation={invitation} />
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
