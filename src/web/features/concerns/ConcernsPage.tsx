import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { type ConcernFilter, exportCsvUrl, useConcerns, useYoungPeople } from './api.ts';
import { RISK_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels.ts';

const options = (labels: Record<string, string>, all: string) => [
  { value: '', label: all },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

/** The DSL's inbox: new concerns first to notice, overdue ones marked, search and filters. */
export function ConcernsPage() {
  const [filter, setFilter] = useState<ConcernFilter>({ page: 1 });
  const [q, setQ] = useState('');
  const list = useConcerns(filter);
  const people = useYoungPeople();
  const set = (patch: Partial<ConcernFilter>) => setFilter((f) => ({ ...f, ...patch, page: 1 }));

  return (
    <Page
      title="Concerns"
      intro="Every case you may see. New and overdue cases are marked."
      actions={
        <>
          <Button component={Link} to="/concerns/report">
            Report a concern
          </Button>
          <Button component={Link} to="/concerns/dashboard" variant="outline">
            Counts and charts
          </Button>
          <Button component="a" href={exportCsvUrl(filter)} variant="outline">
            Download list (CSV, no details)
          </Button>
        </>
      }
    >
      <Paper withBorder p="md">
        <form
          aria-label="Search and filter concerns"
          onSubmit={(e) => {
            e.preventDefault();
            set({ q: q.trim() || undefined });
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput label="Search the cases" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
            <NativeSelect
              label="Status"
              data={options(STATUS_LABELS, 'Any status')}
              value={filter.status ?? ''}
              onChange={(e) => set({ status: e.currentTarget.value || undefined })}
            />
            <NativeSelect
              label="Risk level"
              data={options(RISK_LABELS, 'Any risk level')}
              value={filter.riskLevel ?? ''}
              onChange={(e) => set({ riskLevel: e.currentTarget.value || undefined })}
            />
            <NativeSelect
              label="Type"
              data={options(TYPE_LABELS, 'Any type')}
              value={filter.type ?? ''}
              onChange={(e) => set({ type: e.currentTarget.value || undefined })}
            />
            <NativeSelect
              label="Person"
              data={[
                { value: '', label: people.isPending ? 'Loading people…' : 'Anyone' },
                ...(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
              ]}
              value={filter.personId ?? ''}
              onChange={(e) => set({ personId: e.currentTarget.value || undefined })}
            />
            <TextInput
              type="date"
              label="Reported from"
              value={filter.from ?? ''}
              onChange={(e) => set({ from: e.currentTarget.value || undefined })}
            />
            <TextInput
              type="date"
              label="Reported up to"
              value={filter.to ?? ''}
              onChange={(e) => set({ to: e.currentTarget.value || undefined })}
            />
            <Checkbox
              mt={{ sm: 'xl' }}
              label="Only overdue"
              checked={Boolean(filter.overdue)}
              onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })}
            />
            <Group mt={{ sm: 'lg' }}>
              <Button type="submit" variant="light">
                Search
              </Button>
            </Group>
          </SimpleGrid>
        </form>
      </Paper>
      <QueryState query={list} what="concerns">
        {(data) => (
          <>
            <ResponsiveTable
              caption="Concerns"
              rows={data.items}
              rowKey={(r) => r.id}
              empty="No concerns match."
              columns={[
                {
                  key: 'reference',
                  header: 'Reference',
                  primary: true,
                  cell: (r) => (
                    <Anchor component={Link} to={`/concerns/${r.id}`} fw={700}>
                      {r.reference}
                      {r.allegation ? ' (allegation)' : ''}
                    </Anchor>
                  ),
                },
                {
                  key: 'status',
                  header: 'Status',
                  cell: (r) => (
                    <Group gap={4}>
                      <Badge
                        color={r.status === 'new' ? 'red.9' : r.status === 'open' ? 'indigo.9' : 'gray.8'}
                      >
                        {STATUS_LABELS[r.status]}
                      </Badge>
                      {r.triageOverdue || r.reviewOverdue ? (
                        <Badge color="red.9">{r.triageOverdue ? 'Triage overdue' : 'Review overdue'}</Badge>
                      ) : null}
                      {r.immediateDanger ? <Badge color="red.9">Immediate danger reported</Badge> : null}
                      {r.restricted ? <Badge color="dark">Restricted</Badge> : null}
                    </Group>
                  ),
                },
                {
                  key: 'risk',
                  header: 'Risk',
                  cell: (r) => (r.riskLevel ? RISK_LABELS[r.riskLevel] : 'Not assessed'),
                },
                {
                  key: 'types',
                  header: 'Types',
                  cell: (r) => r.types.map((t) => TYPE_LABELS[t] ?? t).join(', '),
                },
                { key: 'reported', header: 'Reported', cell: (r) => formatDateTime(r.reportedAt) },
                { key: 'assigned', header: 'Assigned to', cell: (r) => r.assignedToName },
              ]}
            />
            {data.totalCapped ? (
              <Text size="sm">
                More than 1,000 cases match: narrow the search or filters to see older ones.
              </Text>
            ) : null}
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(page) => setFilter((f) => ({ ...f, page }))}
              what="concerns"
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
