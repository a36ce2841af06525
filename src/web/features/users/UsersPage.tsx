import { Anchor, Badge, Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { formatDate } from '../../lib/dates.ts';
import { roleList } from '../../lib/roles.ts';
import { useCan } from '../../lib/session.ts';
import { type Invitation, type Member, useInvitations, useMembers } from './api.ts';

function invitationStatus(invitation: Invitation): string {
  if (invitation.acceptedAt) return `Accepted ${formatDate(invitation.acceptedAt)}`;
  if (invitation.revokedAt) return `Withdrawn ${formatDate(invitation.revokedAt)}`;
  if (new Date(invitation.expiresAt) < new Date()) return `Expired ${formatDate(invitation.expiresAt)}`;
  return `Waiting; link works until ${formatDate(invitation.expiresAt)}`;
}

function MembersTable({ members, canManage }: { members: Member[]; canManage: boolean }) {
  return (
    <ResponsiveTable
      caption="Users"
      rows={members}
      rowKey={(m) => m.userId}
      empty="Nobody has joined yet."
      minWidth={760}
      columns={[
        {
          key: 'name',
          header: 'Name',
          primary: true,
          cell: (m) =>
            canManage ? (
              <Anchor component={Link} to={`/users/${m.userId}`}>
                {m.name}
              </Anchor>
            ) : (
              m.name
            ),
        },
        { key: 'email', header: 'Email', cell: (m) => m.email },
        { key: 'roles', header: 'Roles', cell: (m) => roleList(m.roles) },
        {
          key: '2fa',
          header: 'Two-factor',
          cell: (m) => (
            <Badge color={m.hasTwoFactor ? 'teal.9' : 'gray.8'} variant="filled">
              {m.hasTwoFactor ? 'On' : 'Off'}
            </Badge>
          ),
        },
        { key: 'status', header: 'Status', cell: (m) => (m.disabled ? 'Disabled' : 'Active') },
        { key: 'joined', header: 'Joined', cell: (m) => formatDate(m.joinedAt) },
      ]}
    />
  );
}

function Invitations() {
  const invitations = useInvitations();
  return (
    <Stack gap="sm" component="section" aria-labelledby="invitations-heading">
      <Title order={2} size="h3" id="invitations-heading">
        Invitations
      </Title>
      <QueryState query={invitations} what="invitations">
        {(data) => (
          <ResponsiveTable
            caption="Invitations"
            rows={data.items}
            rowKey={(i) => i.id}
            empty="No invitations yet."
            columns={[
              { key: 'name', header: 'Name', primary: true, cell: (i) => i.name },
              { key: 'email', header: 'Email', cell: (i) => i.email },
              { key: 'roles', header: 'Roles', cell: (i) => roleList(i.roles) },
              { key: 'sent', header: 'Sent', cell: (i) => formatDate(i.createdAt) },
              { key: 'status', header: 'Status', cell: invitationStatus },
            ]}
          />
        )}
      </QueryState>
    </Stack>
  );
}

export function UsersPage() {
  const canManage = useCan('users.manage');
  const members = useMembers();
  return (
    <Page
      title="Users"
      intro="Everyone who can sign in to Haven for your organisation."
      actions={
        canManage ? (
          <>
            <Button component={Link} to="/users/invite">
              Invite a user
            </Button>
            <Button component={Link} to="/users/import" variant="default">
              Import from CSV
            </Button>
          </>
        ) : null
      }
    >
      <QueryState query={members} what="users">
        {(data) => (
          <Stack gap="sm">
            <Text>{data.items.length === 1 ? '1 user' : `${data.items.length} users`}</Text>
            <MembersTable members={data.items} canManage={canManage} />
          </Stack>
        )}
      </QueryState>
      <Invitations />
    </Page>
  );
}
