import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { messageOf } from '../api/errors';

type QueryStateProps<T, E> = {
  query: UseQueryResult<T, E>;
  /** Name of the data being loaded, read to screen readers, e.g. "clients". */
  label: string;
  children: (data: T) => ReactNode;
};

/** Renders a query's loading and error states, and its data once it has arrived. */
export function QueryState<T, E>({ query, label, children }: QueryStateProps<T, E>) {
  if (query.isPending) {
    return (
      <Center py="xl" role="status" aria-label={`Loading ${label}`}>
        <Loader size="sm" />
      </Center>
    );
  }

  if (query.isError) {
    return <QueryError error={query.error} label={label} onRetry={() => void query.refetch()} />;
  }

  return <>{children(query.data)}</>;
}

export function QueryError(props: { error: unknown; label: string; onRetry?: () => void }) {
  return (
    <Alert color="red" title={`Could not load ${props.label}`} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{messageOf(props.error)}</Text>
        {props.onRetry && (
          <Button size="xs" variant="white" color="red" onClick={props.onRetry}>
            Retry
          </Button>
        )}
      </Group>
    </Alert>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" ta="center" py="lg">
      {children}
    </Text>
  );
}
