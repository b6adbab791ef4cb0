import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';

import { messageOf } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { EmptyState, QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/clinic-time';
import { markSignedOut } from '../../session/session-expiry';
import { useSession } from '../../session/use-session';

/** Lists the member's sessions on every device, each of which can be revoked. */
export function SessionsPage() {
  const { clinic } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sessions = useQuery(trpc.auth.listSessions.queryOptions());
  const showError = (error: unknown) => {
    notifications.show({ color: 'red', title: 'Not revoked', message: messageOf(error) });
  };
  const revoke = useMutation(
    trpc.auth.revokeSession.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.auth.listSessions.queryKey() }),
      onError: showError,
    }),
  );
  const revokeAll = useMutation(
    trpc.auth.revokeAllSessions.mutationOptions({
      onSuccess: async () => {
        markSignedOut();
        queryClient.clear();
        await navigate({ to: '/sign-in' });
      },
      onError: showError,
    }),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Sessions</Title>
        <Button
          color="red"
          variant="light"
          loading={revokeAll.isPending}
          onClick={() => revokeAll.mutate()}
        >
          Sign out everywhere
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Every browser and device signed in as you. Revoking a session signs that device out.
      </Text>
      <QueryState query={sessions} label="sessions">
        {(items) =>
          items.length === 0 ? (
            <EmptyState>No sessions.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped aria-label="Sessions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Device</Table.Th>
                    <Table.Th scope="col">Signed in</Table.Th>
                    <Table.Th scope="col">Expires</Table.Th>
                    <Table.Th scope="col">Action</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((session) => (
                    <Table.Tr key={session.id} data-testid="session-row">
                      <Table.Td>
                        <Text size="sm" lineClamp={1} maw={320}>
                          {session.userAgent ?? 'Unknown device'}
                        </Text>
                        {session.isCurrent && (
                          <Badge size="xs" variant="light">
                            This browser
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {session.createdAt
                          ? formatDateTime(session.createdAt, clinic.timeZone)
                          : '—'}
                      </Table.Td>
                      <Table.Td>{formatDateTime(session.expiresAt, clinic.timeZone)}</Table.Td>
                      <Table.Td>
                        {!session.isCurrent && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            loading={revoke.isPending && revoke.variables.id === session.id}
                            onClick={() => revoke.mutate({ id: session.id })}
                          >
                            Revoke
                          </Button>
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
