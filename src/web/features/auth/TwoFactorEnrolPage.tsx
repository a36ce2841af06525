import {
  Anchor,
  Button,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { useSession } from '../../lib/session.ts';
import { useEnableTwoFactor, useTwoFactorSetup } from './api.ts';
import { holdRecoveryCodes } from './recovery-codes-store.ts';
import { SignOutButton } from './SignOutButton.tsx';

/** "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
const groupInFours = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

function EnterCodeForm() {
  const enable = useEnableTwoFactor();
  const navigate = useNavigate();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (v) =>
        /^\d{6}$/.test(v.replace(/\s/g, '')) ? null : 'Enter the 6-digit code your authenticator app shows.',
    },
  });
  const submit = form.onSubmit((values) => {
    setAlert(null);
    enable.mutate(values.code.replace(/\s/g, ''), {
      onSuccess: (result) => {
        holdRecoveryCodes(result.recoveryCodes);
        navigate('/two-factor/recovery-codes', { replace: true });
      },
      onError: (error) => setAlert(applyApiErrors(form, error, ['code'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw="26rem">
        <FormAlert message={alert} />
        <TextInput
          label="6-digit code"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          required
          {...form.getInputProps('code')}
        />
        <Group>
          <Button type="submit" loading={enable.isPending}>
            Turn on two-factor authentication
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TwoFactorEnrolPage() {
  const session = useSession();
  const signedIn = session.data !== null && session.data !== undefined;
  const alreadyOn = session.data?.user.hasTwoFactor === true && session.data.status === 'active';
  const setup = useTwoFactorSetup();

  if (session.isPending) return null;
  if (!signedIn) return <Navigate to="/sign-in" replace />;
  if (session.data?.status === 'awaiting_2fa') return <Navigate to="/two-factor" replace />;
  if (alreadyOn) return <Navigate to="/account" replace />;
  const required = session.data?.status === 'must_enrol_2fa';

  return (
    <Page
      title="Set up two-factor authentication"
      intro={
        required
          ? 'Your role in Haven can see sensitive information about children, so your account needs a second step when you sign in: a code from an app on your phone. It takes about two minutes.'
          : 'Add a second step when you sign in: a code from an app on your phone. It takes about two minutes.'
      }
      actions={
        required ? (
          <SignOutButton />
        ) : (
          <Button component={Link} to="/account" variant="default">
            Not now
          </Button>
        )
      }
    >
      <Stack gap="xs">
        <Title order={2} size="h3">
          1. Get an authenticator app
        </Title>
        <Text>
          Any authenticator app works, for example Microsoft Authenticator or Google Authenticator, or the one
          built into your password manager.
        </Text>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          2. Add Haven to the app
        </Title>
        <QueryState query={setup} what="your set-up key">
          {(data) => (
            <Stack gap="sm">
              <Text>Scan this QR code with the app:</Text>
              <Image
                src={`data:image/svg+xml;utf8,${encodeURIComponent(data.qrCodeSvg)}`}
                alt="QR code for adding Haven to your authenticator app"
                w={200}
                h={200}
                fit="contain"
                bg="white"
              />
              <Text>Or, if you are on your phone or cannot scan:</Text>
              <List spacing="xs">
                <List.Item>
                  <Anchor href={data.otpauthUrl}>Open Haven in your authenticator app</Anchor>
                </List.Item>
                <List.Item>
                  Type this key into the app (spaces do not matter):
                  <Code
                    data-testid="totp-secret"
                    fz="lg"
                    display="block"
                    my={4}
                    p="xs"
                    w="fit-content"
                    style={{ wordSpacing: '0.25em', overflowWrap: 'normal' }}
                  >
                    {groupInFours(data.secret)}
                  </Code>
                  <CopyButton value={data.secret}>
                    {({ copied, copy }) => (
                      <Button variant="subtle" size="compact-sm" onClick={copy}>
                        {copied ? 'Key copied' : 'Copy key'}
                      </Button>
                    )}
                  </CopyButton>
                </List.Item>
              </List>
            </Stack>
          )}
        </QueryState>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          3. Enter the code the app shows
        </Title>
        <EnterCodeForm />
      </Stack>
    </Page>
  );
}
