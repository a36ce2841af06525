import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { describeError, isApiError } from '../../lib/api-error.ts';
import { formatDate } from '../../lib/dates.ts';
import { useCan } from '../../lib/session.ts';
import { documentUrl, type PolicyVersion, useAdoptedPolicy, useConfirmReading } from './api.ts';
import { PolicyDocument } from './PolicyDocument.tsx';

const DOCUMENTS = [
  { id: 'online_safety_policy', label: 'the online safety policy' },
  { id: 'acceptable_use_policy', label: 'the staff acceptable use policy' },
] as const;

function ConfirmReading({ version }: { version: PolicyVersion }) {
  const confirm = useConfirmReading();
  const canConfirm = useCan('policy.confirm');
  if (!canConfirm) return null;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Confirm you have read it
        </Title>
        <Text>Everyone who works or volunteers with us confirms each adopted version.</Text>
        <FormAlert message={confirm.error ? describeError(confirm.error) : null} />
        {DOCUMENTS.map((d) =>
          version.myConfirmations.includes(d.id) ? (
            <Text key={d.id} fw={600}>
              You have confirmed you read {d.label} (version {version.versionNumber}).
            </Text>
          ) : (
            <Button
              key={d.id}
              variant="filled"
              loading={confirm.isPending && confirm.variables?.document === d.id}
              onClick={() => confirm.mutate({ versionId: version.id, document: d.id })}
              style={{ alignSelf: 'flex-start' }}
            >
              I have read {d.label}
            </Button>
          ),
        )}
      </Stack>
    </Card>
  );
}

export function PolicyPage() {
  const query = useAdoptedPolicy();
  const canDraft = useCan('policy.draft');
  const canSeeConfirmations = useCan('policy.confirmations');
  const links = (
    <>
      {canDraft ? (
        <Button component={Link} to="/policy/versions" variant="default">
          Versions and drafts
        </Button>
      ) : null}
      {canSeeConfirmations ? (
        <Button component={Link} to="/policy/confirmations" variant="default">
          Who has confirmed
        </Button>
      ) : null}
    </>
  );
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Page title="Online safety policy" actions={links}>
        <Text>Your organisation has not adopted an online safety policy in Haven yet.</Text>
        {canDraft ? (
          <Anchor component={Link} to="/policy/import">
            Import your policy from Word or text
          </Anchor>
        ) : null}
      </Page>
    );
  }
  return (
    <Page title="Online safety policy" actions={links}>
      <QueryState query={query} what="the policy">
        {(version) => (
          <Stack gap="lg">
            {canDraft &&
            (version.review === 'due_soon' || version.review === 'overdue') &&
            version.nextReviewDue ? (
              <Alert color={version.review === 'overdue' ? 'red' : 'yellow'} title="Review due" role="status">
                {version.review === 'overdue'
                  ? `The review of this policy was due on ${formatDate(version.nextReviewDue)}. Review it and adopt a new version.`
                  : `The review of this policy is due on ${formatDate(version.nextReviewDue)}.`}
              </Alert>
            ) : null}
            <Group gap="sm">
              <Text>
                {version.title}, version {version.versionNumber}
                {version.adoptedAt ? `, adopted ${formatDate(version.adoptedAt)}` : ''}
                {version.adoptedBy ? ` by ${version.adoptedBy}` : ''}.
              </Text>
            </Group>
            <Group gap="sm">
              <Anchor href={documentUrl(version.id, 'pdf')} download>
                Download as PDF
              </Anchor>
              <Anchor href={documentUrl(version.id, 'docx')} download>
                Download as Word
              </Anchor>
            </Group>
            <ConfirmReading version={version} />
            <PolicyDocument version={version} />
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
