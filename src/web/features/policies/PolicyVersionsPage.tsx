import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { describeError } from '../../lib/api-error.ts';
import { formatDate } from '../../lib/dates.ts';
import { useCan } from '../../lib/session.ts';
import { documentUrl, useAdopt, useVersions, type VersionListItem } from './api.ts';

const STATUS = {
  draft: { label: 'Draft', color: 'blue' },
  adopted: { label: 'Adopted', color: 'green' },
  superseded: { label: 'Superseded', color: 'gray' },
} as const;

export function PolicyVersionsPage() {
  const query = useVersions();
  const adopt = useAdopt();
  const canAdopt = useCan('policy.adopt');
  return (
    <Page
      title="Policy versions"
      intro="Saving a policy makes a new draft. A draft is in force only once the DSL or an administrator adopts it; the version it replaces is kept as superseded."
      actions={
        <Button component={Link} to="/policy/import">
          Import a policy
        </Button>
      }
    >
      <FormAlert message={adopt.error ? describeError(adopt.error) : null} />
      {adopt.isSuccess ? (
        <Text role="status" fw={600}>
          Version {adopt.data.versionNumber} is now adopted. Everyone will be asked to confirm they have read
          it.
        </Text>
      ) : null}
      <QueryState query={query} what="policy versions">
        {(data) => (
          <ResponsiveTable<VersionListItem>
            caption="Policy versions"
            rows={data.items}
            rowKey={(v) => v.id}
            empty="No versions yet. Import your policy to make the first draft."
            columns={[
              {
                key: 'v',
                header: 'Version',
                primary: true,
                cell: (v) => `Version ${v.versionNumber}: ${v.title}`,
              },
              {
                key: 'status',
                header: 'Status',
                cell: (v) => (
                  <Badge color={STATUS[v.status].color} variant="light">
                    {STATUS[v.status].label}
                  </Badge>
                ),
              },
              { key: 'summary', header: 'Summary of changes', cell: (v) => v.summaryOfChanges },
              {
                key: 'when',
                header: 'Saved',
                cell: (v) => `${formatDate(v.createdAt)}${v.createdBy ? ` by ${v.createdBy}` : ''}`,
              },
              {
                key: 'actions',
                header: 'Actions',
                cell: (v) => (
                  <Stack gap={4}>
                    <Group gap="sm">
                      <Anchor href={documentUrl(v.id, 'pdf')} download>
                        PDF<span className="visually-hidden"> of version {v.versionNumber}</span>
                      </Anchor>
                      <Anchor href={documentUrl(v.id, 'docx')} download>
                        Word<span className="visually-hidden"> of version {v.versionNumber}</span>
                      </Anchor>
                    </Group>
                    <Anchor component={Link} to={`/policy/versions/${v.id}/edit`}>
                      Edit as a new draft
                      <span className="visually-hidden"> from version {v.versionNumber}</span>
                    </Anchor>
                    {v.status === 'draft' && canAdopt ? (
                      <Button
                        size="xs"
                        loading={adopt.isPending && adopt.variables === v.id}
                        onClick={() => adopt.mutate(v.id)}
                        style={{ alignSelf: 'flex-start' }}
                      >
                        Adopt version {v.versionNumber}
                      </Button>
                    ) : null}
                  </Stack>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
