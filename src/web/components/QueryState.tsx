import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError } from '../lib/api-error.ts';

type QueryStateProps<T> = {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  /** What is loading, for the screen-reader text: "people". */
  what: string;
  children: (data: T) => ReactNode;
};

/** Shows a loader, or the error with a retry button, or the loaded data. */
export function QueryState<T>({ query, what, children }: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text>Loading {what}…</Text>
      </Group>
    );
  }
  if (query.error || query.data === undefined) {
    return (
      <Alert color="red" title={`Could not load ${what}`} role="alert">
        <Text mb="sm">{describeError(query.error)}</Text>
        <Button variant="outline" color="red" onClick={() => query.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
