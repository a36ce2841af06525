import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { type OutboxMessage, useOutbox } from './api.ts';
import { MailBody } from './MailBody.tsx';

function Message({ message }: { message: OutboxMessage }) {
  const headingId = `mail-${message.id}`;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {message.subject}
        </Title>
        <Group gap="sm">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <strong>To:</strong> {message.to}
          </Text>
          <Text size="sm">
            <strong>Written:</strong> {formatDateTime(message.createdAt)}
          </Text>
          <Badge color={message.sentAt ? 'teal.9' : 'gray.8'} variant="filled">
            {message.sentAt ? `Sent ${formatDateTime(message.sentAt)}` : 'Kept in the outbox'}
          </Badge>
        </Group>
        <MailBody body={message.body} />
      </Stack>
    </Paper>
  );
}

export function OutboxPage() {
  const outbox = useOutbox();
  return (
    <Page
      title="Mail outbox"
      intro="Emails Haven has written: invitations, password resets and notices. Newest first."
    >
      <QueryState query={outbox} what="the outbox">
        {(data) => (
          <Stack gap="md">
            {data.delivery === 'outbox' ? (
              <Alert color="indigo" title="No mail server is configured" variant="light">
                No mail server is configured, so Haven keeps mail here. Links in these messages work for the
                person they were sent to: pass them on securely, for example in person or by a trusted
                messaging app.
              </Alert>
            ) : (
              <Text>Haven sends these through your mail server; this is a copy for your records.</Text>
            )}
            {data.items.length === 0 ? <Text>No mail yet.</Text> : null}
            {data.items.map((message) => (
              <Message key={message.id} message={message} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
