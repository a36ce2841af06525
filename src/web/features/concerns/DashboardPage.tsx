import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useConcernCounts } from './api.ts';
import { CountsCharts } from './CountsCharts.tsx';

export function DashboardPage() {
  const counts = useConcernCounts();
  return (
    <Page title="Concern counts" intro="Numbers only: no case details are shown here.">
      <QueryState query={counts} what="counts">
        {(data) => <CountsCharts counts={data} />}
      </QueryState>
    </Page>
  );
}
