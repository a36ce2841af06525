import { Group, Loader, Text } from '@mantine/core';

/** Shown for the moment a page's code is still arriving. */
export function PageLoading() {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text>Loading the page…</Text>
    </Group>
  );
}
