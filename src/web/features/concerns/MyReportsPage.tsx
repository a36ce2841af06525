import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useMyReports } from './api.ts';
import { STATUS_LABELS } from './labels.ts';

/** A reporter follows their reports' status; the case file stays with the safeguarding leads. */
export function MyReportsPage() {
  const mine = useMyReports();
  return (
    <Page
      title="Your reports"
      intro="The status of the concerns you have reported. The details are kept by your safeguarding leads."
      actions={
        <Button component={Link} to="/concerns/report">
          Report a concern
        </Button>
      }
    >
      <QueryState query={mine} what="your reports">
        {(data) => (
          <ResponsiveTable
            caption="Your reports"
            rows={data.items}
            rowKey={(r) => r.reference}
            empty="You have not reported any concerns."
            minWidth={400}
            columns={[
              { key: 'reference', header: 'Reference', cell: (r) => r.reference, primary: true },
              { key: 'reported', header: 'Reported', cell: (r) => formatDateTime(r.reportedAt) },
              { key: 'status', header: 'Status', cell: (r) => STATUS_LABELS[r.status] ?? r.status },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
