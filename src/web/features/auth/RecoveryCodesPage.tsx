import { Alert, Anchor, Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { reloadSession } from '../../lib/session.ts';
import { forgetRecoveryCodes, heldRecoveryCodes } from './recovery-codes-store.ts';

export function RecoveryCodesPage() {
  const [codes] = useState(heldRecoveryCodes);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  if (!codes) {
    return (
      <Page title="Your recovery codes">
        <Text>
          Recovery codes are shown only once, straight after you set up two-factor authentication, and that
          page has closed. If you did not save them, ask your Haven administrator to reset your two-factor
          authentication.
        </Text>
        <Anchor component={Link} to="/">
          Continue to Haven
        </Anchor>
      </Page>
    );
  }

  const asText = `Haven recovery codes\nEach code works once, if you cannot use your authenticator app.\n\n${codes.join('\n')}\n`;

  async function finish() {
    if (!saved) {
      setError('Tick the box to confirm you have saved your recovery codes.');
      return;
    }
    setBusy(true);
    forgetRecoveryCodes();
    await reloadSession(queryClient).catch(() => null);
    navigate('/', { replace: true });
  }

  return (
    <Page
      title="Save your recovery codes"
      intro="Two-factor authentication is on. If you lose your phone, each of these codes lets you sign in once instead of a code from the app. This is the only time Haven shows them."
    >
      <Alert color="grape" title="Keep them safe" variant="light">
        Store them in your password manager, or print them and keep them somewhere locked. Do not keep them on
        the same phone as your authenticator app.
      </Alert>
      <SimpleGrid
        component="ol"
        cols={{ base: 1, xs: 2 }}
        spacing="xs"
        verticalSpacing="xs"
        aria-label="Recovery codes"
        data-testid="recovery-codes"
        maw="30rem"
        ff="monospace"
        fz="lg"
        pl="xl"
        m={0}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </SimpleGrid>
      <Group>
        <Button
          component="a"
          variant="default"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(asText)}`}
          download="haven-recovery-codes.txt"
        >
          Download as a text file
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <Stack gap="md" maw="30rem">
        <Checkbox
          label="I have saved these recovery codes somewhere safe"
          checked={saved}
          onChange={(e) => {
            setSaved(e.currentTarget.checked);
            setError(null);
          }}
          error={error}
        />
        <Group>
          <Button onClick={finish} loading={busy}>
            Continue to Haven
          </Button>
        </Group>
      </Stack>
    </Page>
  );
}
