import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useLiftSuppression, useSuppressions } from './api.ts';

export function SuppressionList({ canLift }: { canLift: boolean }) {
  const suppressions = useSuppressions();
  const lift = useLiftSuppression();
  return (
    <Stack gap="sm">
      <Title order={2}>Patterns treated as harmless</Title>
      <QueryState query={suppressions} what="the harmless patterns">
        {(data) =>
          data.items.length === 0 ? (
            <Text>None: the scanner reports everything it finds.</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Rule</Table.Th>
                    <Table.Th scope="col">Wording</Table.Th>
                    <Table.Th scope="col">Why</Table.Th>
                    <Table.Th scope="col">Recorded</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{s.rule}</Table.Td>
                      <Table.Td>{s.excerpt ?? 'Any wording'}</Table.Td>
                      <Table.Td>{s.reason}</Table.Td>
                      <Table.Td>
                        {formatDate(s.createdAt)}
                        {s.createdBy ? ` by ${s.createdBy}` : ''}
                      </Table.Td>
                      <Table.Td>
                        {s.liftedAt ? (
                          `Lifted ${formatDate(s.liftedAt)}`
                        ) : canLift ? (
                          <Button
                            size="compact-sm"
                            variant="default"
                            loading={lift.isPending}
                            onClick={() => lift.mutate(s.id)}
                          >
                            Report it again
                          </Button>
                        ) : (
                          'Active'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
