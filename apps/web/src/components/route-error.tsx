import { Alert, Button, Stack } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';

import { messageOf } from '../api/errors';

/** Shown when a page fails to load, for example when its code cannot be fetched. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Stack p="md" maw={640}>
      <Alert color="red" title="This page could not be shown" role="alert">
        {messageOf(error)}
      </Alert>
      <Button variant="light" onClick={reset} w="fit-content">
        Try again
      </Button>
    </Stack>
  );
}
