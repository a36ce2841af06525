import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { useCan } from '../../lib/session.ts';
import { PEOPLE_EXPORT_URL, type Person, usePeople } from './api.ts';
import { PERSON_KIND_LABELS, PERSON_KINDS, shortKindLabel } from './person-kinds.ts';

const PAGE_SIZE = 50;

function PeopleTable({ people, showContact }: { people: Person[]; showContact: boolean }) {
  return (
    <ResponsiveTable
      caption="People"
      rows={people}
      rowKey={(p) => p.id}
      empty="No people match. Try a different search, or include archived people."
      columns={[
        {
          key: 'name',
          header: 'Name',
          primary: true,
          cell: (p) => (
            <Group gap="xs" wrap="nowrap" component="span">
              <Anchor component={Link} to={`/people/${p.id}`}>
                {p.name}
              </Anchor>
              {p.archivedAt ? (
                <Badge color="gray.8" variant="filled" size="sm">
                  Archived
                </Badge>
              ) : null}
            </Group>
          ),
        },
        { key: 'kind', header: 'Kind', cell: (p) => shortKindLabel(p.kind) },
        { key: 'school', header: 'School', cell: (p) => p.schoolName },
        ...(showContact
          ? [
              { key: 'email', header: 'Email', cell: (p: Person) => p.email },
              { key: 'phone', header: 'Phone', cell: (p: Person) => p.phone },
            ]
          : []),
      ]}
    />
  );
}

export function PeoplePage() {
  const canWrite = useCan('people.write');
  const canImport = useCan('people.import');
  const canExport = useCan('people.export');
  const showContact = useCan('people.read_contact');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = PERSON_KINDS.find((k) => k === kindParam);
  const includeArchived = params.get('archived') === 'yes';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search, 300);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if (debouncedSearch.trim() !== q) update({ q: debouncedSearch.trim() });
  }, [debouncedSearch]);

  const people = usePeople({ q: q || undefined, kind, includeArchived, page, pageSize: PAGE_SIZE });

  return (
    <Page
      title="People"
      intro="Young people, parents and carers, schools, teachers, consultants, contractors and visitors your organisation works with."
      actions={
        <>
          {canWrite ? (
            <Button component={Link} to="/people/new">
              Add a person
            </Button>
          ) : null}
          {canImport ? (
            <Button component={Link} to="/people/import" variant="default">
              Import from CSV
            </Button>
          ) : null}
        </>
      }
    >
      <Stack gap="sm" role="search" aria-label="Find people">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Search"
            description={showContact ? 'Name, email or phone' : 'Name'}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', xs: '18rem' }}
          />
          <NativeSelect
            label="Kind"
            value={kind ?? ''}
            onChange={(e) => update({ kind: e.currentTarget.value })}
            data={[
              { value: '', label: 'All kinds' },
              ...PERSON_KINDS.map((k) => ({ value: k, label: PERSON_KIND_LABELS[k] })),
            ]}
            w={{ base: '100%', xs: '16rem' }}
          />
        </Group>
        <Checkbox
          label="Include archived people"
          checked={includeArchived}
          onChange={(e) => update({ archived: e.currentTarget.checked ? 'yes' : null })}
        />
      </Stack>
      <QueryState query={people} what="people">
        {(data) => (
          <Stack gap="md">
            <Text aria-live="polite">
              {data.total === 1 ? '1 person' : `${data.total} people`}
              {q ? ` matching “${q}”` : ''}
            </Text>
            <PeopleTable people={data.items} showContact={showContact} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              what="people"
              onChange={(p) => update({ page: String(p) })}
            />
          </Stack>
        )}
      </QueryState>
      {canExport ? (
        <Text size="sm">
          <Anchor href={PEOPLE_EXPORT_URL} download>
            Download everyone as a CSV file
          </Anchor>{' '}
          (for a spreadsheet; it contains personal data, so store it securely).
        </Text>
      ) : null}
    </Page>
  );
}
