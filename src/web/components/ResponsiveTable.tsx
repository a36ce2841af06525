import { Box, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useWideScreen } from '../lib/use-wide-screen.ts';

export type Column<T> = {
  key: string;
  header: string;
  /** null or '' means "nothing recorded": a dash in the table, left out of a phone card. */
  cell: (row: T) => ReactNode;
  /** Shown as the card's first line on phones, without its label. */
  primary?: boolean;
};

type ResponsiveTableProps<T> = {
  /** Names the table for screen readers: "People". */
  caption: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** Below this width the table scrolls sideways rather than squashing. */
  minWidth?: number;
};

const isBlank = (value: ReactNode) => value === null || value === undefined || value === '';

const orDash = (value: ReactNode) =>
  isBlank(value) ? (
    <>
      <span aria-hidden>—</span>
      <span className="visually-hidden">None</span>
    </>
  ) : (
    value
  );

/** A table on wider screens; on phones, one card per row with each value labelled. */
export function ResponsiveTable<T>({
  caption,
  rows,
  rowKey,
  columns,
  empty,
  minWidth = 640,
}: ResponsiveTableProps<T>) {
  const wide = useWideScreen();
  if (rows.length === 0) return typeof empty === 'string' ? <Text>{empty}</Text> : empty;

  if (!wide) {
    const primary = columns.find((c) => c.primary);
    const rest = columns.filter((c) => c !== primary);
    return (
      <Stack component="ul" aria-label={caption} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Paper component="li" key={rowKey(row)} withBorder p="sm" radius="md">
            {primary ? (
              <Text fw={700} mb={4}>
                {primary.cell(row)}
              </Text>
            ) : null}
            <Box component="dl" m={0} className="card-fields">
              {rest.map((column) => {
                const value = column.cell(row);
                if (isBlank(value)) return null;
                return (
                  <div key={column.key}>
                    <dt>{column.header}</dt>
                    <dd>{value}</dd>
                  </div>
                );
              })}
            </Box>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{orDash(column.cell(row))}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
