import { Anchor, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useWideScreen } from '../../lib/use-wide-screen.ts';
import { AuditFilters, type AuditFilterValues } from './AuditFilters.tsx';
import { type AuditEntry, useAuditEntries } from './api.ts';
import { VerifyChain } from './VerifyChain.tsx';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['action', 'entityType', 'entityId', 'from', 'to', 'actorUserId'] as const;

function detailsText(details: Record<string, unknown>): string {
  const entries = Object.entries(details);
  if (entries.length === 0) return '';
  return entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('; ');
}

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filter = Object.fromEntries(FILTER_KEYS.map((k) => [k, get(k) || undefined]));
  const entries = useAuditEntries({ ...filter, page, pageSize: PAGE_SIZE });

  const setFilter = (changes: Partial<Record<(typeof FILTER_KEYS)[number] | 'page', string>>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!('page' in changes)) next.delete('page');
      return next;
    });

  const initial: AuditFilterValues = {
    action: get('action'),
    entityType: get('entityType'),
    entityId: get('entityId'),
    from: get('from'),
    to: get('to'),
  };
  const actorUserId = get('actorUserId');
  // On phones the filters fold away (unless some are in use) so the entries come first.
  const wide = useWideScreen();
  const [filtersOpen, setFiltersOpen] = useState(() => FILTER_KEYS.some((k) => params.get(k)));

  return (
    <Page
      title="Audit log"
      intro="Every sign-in, change and export in Haven, newest first. Entries cannot be edited or deleted. Times are UK time."
    >
      {wide ? null : (
        <Button
          variant="default"
          w="fit-content"
          aria-expanded={filtersOpen}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filtersOpen ? 'Hide filters' : 'Filter entries'}
        </Button>
      )}
      {wide || filtersOpen ? (
        <AuditFilters key={params.toString()} initial={initial} onApply={(values) => setFilter(values)} />
      ) : null}
      {actorUserId ? (
        <Group gap="sm">
          <Text>Showing only one person’s actions.</Text>
          <Button variant="subtle" onClick={() => setFilter({ actorUserId: '' })}>
            Show everyone’s
          </Button>
        </Group>
      ) : null}
      <QueryState query={entries} what="the audit log">
        {(data) => (
          <Stack gap="md">
            <Text aria-live="polite">{data.total === 1 ? '1 entry' : `${data.total} entries`}</Text>
            <ResponsiveTable<AuditEntry>
              caption="Audit log entries"
              rows={data.items}
              rowKey={(e) => String(e.seq)}
              empty="No entries match these filters."
              minWidth={900}
              columns={[
                { key: 'when', header: 'When', primary: true, cell: (e) => formatDateTime(e.occurredAt) },
                {
                  key: 'who',
                  header: 'Who',
                  cell: (e) =>
                    e.actorUserId && e.actorUserId !== actorUserId ? (
                      <Anchor
                        component="button"
                        type="button"
                        onClick={() => setFilter({ actorUserId: e.actorUserId ?? '' })}
                        aria-label={`Show only actions by ${e.actorName ?? 'this person'}`}
                      >
                        {e.actorName ?? 'Unknown user'}
                      </Anchor>
                    ) : (
                      (e.actorName ?? 'Haven')
                    ),
                },
                { key: 'action', header: 'Action', cell: (e) => <Code>{e.action}</Code> },
                {
                  key: 'record',
                  header: 'Record',
                  cell: (e) => (e.entityType ? `${e.entityType}${e.entityId ? ` ${e.entityId}` : ''}` : null),
                },
                { key: 'details', header: 'Details', cell: (e) => detailsText(e.details) },
                { key: 'seq', header: 'Entry', cell: (e) => `#${e.seq}` },
              ]}
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              what="audit entries"
              onChange={(p) => setFilter({ page: String(p) })}
            />
          </Stack>
        )}
      </QueryState>
      <VerifyChain />
    </Page>
  );
}
