import { Anchor, Badge, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { roleList } from '../../lib/roles.ts';
import { useSession } from '../../lib/session.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { SignOutEverywhere } from './SignOutEverywhere.tsx';

export function AccountPage() {
  const { data: session } = useSession();
  if (!session) return null;
  const { user } = session;

  return (
    <Page title="Your account">
      <Stack gap={4}>
        <Text>
          <strong>Name:</strong> {user.name}
        </Text>
        <Text>
          <strong>Email address:</strong> {user.email}
        </Text>
        {session.organisation ? (
          <Text>
            <strong>Role in {session.organisation.name}:</strong> {roleList(session.organisation.roles)}
          </Text>
        ) : null}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="two-factor-heading">
        <Title order={2} size="h3" id="two-factor-heading">
          Two-factor authentication
        </Title>
        <Group gap="sm">
          <Badge color={user.hasTwoFactor ? 'teal.9' : 'gray.8'} variant="filled">
            {user.hasTwoFactor ? 'On' : 'Off'}
          </Badge>
          <Text>
            {user.hasTwoFactor
              ? 'You enter a code from your authenticator app when you sign in.'
              : user.twoFactorRequired
                ? 'Your role needs two-factor authentication.'
                : 'Add a code from your phone when you sign in, so a stolen password is not enough.'}
          </Text>
        </Group>
        {!user.hasTwoFactor ? (
          <Anchor component={Link} to="/two-factor/enrol">
            Set up two-factor authentication
          </Anchor>
        ) : null}
      </Stack>

      <Divider />
      <ChangePasswordForm email={user.email} />
      <Divider />
      <SignOutEverywhere />
    </Page>
  );
}
