import { Button, Group, Text } from '@mantine/core';

type PagerProps = {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** What is being paged, plural: "people". */
  what: string;
};

/** Previous / next with "Page 2 of 5"; hidden when everything fits on one page. */
export function Pager({ page, pageSize, total, onChange, what }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Group component="nav" aria-label={`Pages of ${what}`} justify="space-between" gap="sm">
      <Button variant="default" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        Previous page
      </Button>
      <Text aria-live="polite">
        Page {page} of {pages}
      </Text>
      <Button variant="default" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        Next page
      </Button>
    </Group>
  );
}
