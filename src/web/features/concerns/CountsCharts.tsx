import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ConcernCounts } from './api.ts';
import { STATUS_LABELS, TYPE_LABELS } from './labels.ts';

const monthLabel = (ym: string) => {
  const [y, m] = ym.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)),
  );
};

/** Counts only (what trustees see): by status, by type and by month. Charts are pictures only
 * (inert: recharts makes parts focusable); the same numbers are listed beside them for everyone. */
export function CountsCharts({ counts }: { counts: ConcernCounts }) {
  const byType = Object.entries(counts.byType)
    .map(([type, count]) => ({ type: TYPE_LABELS[type] ?? type, count }))
    .sort((a, b) => b.count - a.count);
  const byMonth = counts.byMonth.map((m) => ({ month: monthLabel(m.month), count: m.count }));
  const statusColours: Record<string, string> = { new: 'red.8', open: 'indigo.7', closed: 'gray.7' };
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {[
          ['All concerns', counts.total],
          ['New, not yet triaged', counts.newCount],
          ['Overdue', counts.overdueCount],
          ['Closed', counts.byStatus.closed ?? 0],
        ].map(([label, n]) => (
          <Paper key={label} withBorder p="sm">
            <Text size="sm">{label}</Text>
            <Text fz="xl" fw={800}>
              {n}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            By status
          </Title>
          <Group wrap="wrap" align="center">
            <div inert className="chart">
              <DonutChart
                size={140}
                thickness={24}
                data={Object.entries(counts.byStatus).map(([s, n]) => ({
                  name: STATUS_LABELS[s] ?? s,
                  value: n,
                  color: statusColours[s] ?? 'gray.6',
                }))}
              />
            </div>
            <dl className="card-fields">
              {Object.entries(counts.byStatus).map(([s, n]) => (
                <div key={s}>
                  <dt>{STATUS_LABELS[s] ?? s}</dt>
                  <dd>{n}</dd>
                </div>
              ))}
            </dl>
          </Group>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            By type
          </Title>
          {byType.length ? (
            <>
              <div inert className="chart">
                <BarChart
                  h={Math.max(160, byType.length * 32)}
                  data={byType}
                  dataKey="type"
                  orientation="vertical"
                  yAxisProps={{ width: 150 }}
                  series={[{ name: 'count', label: 'Concerns', color: 'indigo.7' }]}
                />
              </div>
              <dl className="visually-hidden">
                {byType.map((t) => (
                  <div key={t.type}>
                    <dt>{t.type}</dt>
                    <dd>{t.count}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <Text>No concerns yet.</Text>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          By month (last 12 months)
        </Title>
        {byMonth.length ? (
          <>
            <div inert className="chart">
              <BarChart
                h={220}
                data={byMonth}
                dataKey="month"
                series={[{ name: 'count', label: 'Concerns', color: 'indigo.7' }]}
              />
            </div>
            <dl className="visually-hidden">
              {byMonth.map((m) => (
                <div key={m.month}>
                  <dt>{m.month}</dt>
                  <dd>{m.count}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <Text>No concerns in the last 12 months.</Text>
        )}
      </Paper>
    </Stack>
  );
}
