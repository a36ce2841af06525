import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { PolicyReviewNotice } from '../../components/PolicyReviewNotice.tsx';
import { roleList } from '../../lib/roles.ts';
import { type Ability, can, useSession } from '../../lib/session.ts';

type Task = { to: string; title: string; description: string; anyOf: Ability[] };

const TASKS: Task[] = [
  {
    to: '/policy',
    title: 'Online safety policy',
    description: 'Read the adopted policy, confirm you have read it, and download it as PDF or Word.',
    anyOf: ['policy.read'],
  },
  {
    to: '/people',
    title: 'People',
    description:
      'Young people, parents and carers, schools, teachers and visitors your organisation works with.',
    anyOf: ['people.read'],
  },
  {
    to: '/users',
    title: 'Users',
    description: 'Who can sign in to Haven, their roles, and invitations.',
    anyOf: ['users.read', 'users.manage'],
  },
  {
    to: '/audit',
    title: 'Audit log',
    description: 'A tamper-evident record of everything done in Haven.',
    anyOf: ['audit.read'],
  },
  {
    to: '/mail',
    title: 'Mail outbox',
    description: 'Emails Haven has sent or is holding: invitations and password resets.',
    anyOf: ['mail.read'],
  },
  {
    to: '/organisation',
    title: 'Organisation settings',
    description: 'Your organisation’s name and how young people are named in records.',
    anyOf: ['organisation.manage'],
  },
  {
    to: '/account',
    title: 'Your account',
    description: 'Change your password, two-factor authentication, sign out of other devices.',
    anyOf: [],
  },
];

export function HomePage() {
  const { data: session } = useSession();
  if (!session) return null;
  const tasks = TASKS.filter((t) => t.anyOf.length === 0 || t.anyOf.some((a) => can(session, a)));
  const roles = session.organisation?.roles ?? [];

  return (
    <Page
      title={`Welcome, ${session.user.name}`}
      intro={
        session.organisation
          ? `You are working in ${session.organisation.name}${roles.length ? ` as ${roleList(roles)}` : ''}.`
          : undefined
      }
    >
      <PolicyReviewNotice />
      {!session.user.hasTwoFactor ? (
        <Text>
          Protect your account with a code from your phone when you sign in.{' '}
          <Anchor component={Link} to="/two-factor/enrol">
            Set up two-factor authentication
          </Anchor>
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {tasks.map((task) => (
          <Card key={task.to} withBorder padding="md">
            <Title order={2} size="h4" mb={4}>
              <Anchor component={Link} to={task.to}>
                {task.title}
              </Anchor>
            </Title>
            <Text size="sm">{task.description}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Page>
  );
}
