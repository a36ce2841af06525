import { Alert, Anchor, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useCan } from '../../lib/session.ts';
import { type PersonChronologyEntry, usePersonChronology, usePersonName } from './api.ts';
import { FIELD_LABELS, show } from './ConcernPage.tsx';
import { ENTRY_LABELS } from './labels.ts';

/** A one-line summary of an entry's recorded details: "Decision: …; Why: …". */
function summarise(e: PersonChronologyEntry): string {
  return Object.entries(e.data)
    .map(([k, v]) => {
      const value = show(k, v);
      return value && FIELD_LABELS[k] ? `${FIELD_LABELS[k]}: ${value}` : null;
    })
    .filter(Boolean)
    .join('; ');
}

const byTime = (a: PersonChronologyEntry, b: PersonChronologyEntry) =>
  a.occurredAt.localeCompare(b.occurredAt) || a.recordedAt.localeCompare(b.recordedAt);

/** One person's chronology across every case the user may see, oldest first. */
export function PersonChronologyPage() {
  const { personId = '' } = useParams();
  const canReadPeople = useCan('people.read');
  const person = usePersonName(personId, canReadPeople);
  const chronology = usePersonChronology(personId);
  const title = person.data ? `Concerns chronology: ${person.data.name}` : 'Concerns chronology';

  return (
    <Page
      title={title}
      intro="Everything recorded on the cases this person is involved in that you may see, oldest first."
    >
      <QueryState query={chronology} what="the chronology">
        {(data) => (
          <>
            {data.restrictedHidden > 0 ? (
              <Alert color="gray" role="note" title="Restricted cases left out">
                {data.restrictedHidden === 1
                  ? '1 restricted case is not shown. Open it from the case list to confirm it is you.'
                  : `${data.restrictedHidden} restricted cases are not shown. Open them from the case list to confirm it is you.`}
              </Alert>
            ) : null}
            <ResponsiveTable
              caption="Concerns chronology"
              rows={[...data.items].sort(byTime)}
              rowKey={(e) => e.id}
              empty="No concerns recorded about this person that you may see."
              columns={[
                {
                  key: 'when',
                  header: 'When',
                  primary: true,
                  cell: (e) => <Text fw={700}>{formatDateTime(e.occurredAt)}</Text>,
                },
                {
                  key: 'case',
                  header: 'Case',
                  cell: (e) => (
                    <Anchor component={Link} to={`/concerns/${e.concernId}`}>
                      {e.reference}
                    </Anchor>
                  ),
                },
                { key: 'entry', header: 'Entry', cell: (e) => ENTRY_LABELS[e.kind] ?? e.kind },
                { key: 'summary', header: 'Summary', cell: (e) => summarise(e) },
                { key: 'by', header: 'Recorded by', cell: (e) => e.actorName },
              ]}
            />
          </>
        )}
      </QueryState>
      {canReadPeople ? (
        <Anchor component={Link} to={`/people/${personId}`}>
          Back to the person
        </Anchor>
      ) : null}
      <Anchor component={Link} to="/concerns">
        Back to concerns
      </Anchor>
    </Page>
  );
}
