import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Client } from '@medsys/domain';
import { ageOn } from '@medsys/domain';
import { IconArchive, IconCalendarPlus, IconEdit, IconRestore } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';

import { useAllAppointments } from '../../api/appointments';
import { messageOf } from '../../api/errors';
import { useDoctorMap } from '../../api/lookups';
import { trpc } from '../../api/trpc';
import { StatusBadge } from '../../components/appointment-status';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PaymentStatusBadge } from '../../components/payment-status';
import { EmptyState, QueryError, QueryState } from '../../components/query-state';
import { formatCalendarDate, formatDateTime, todayIn } from '../../lib/clinic-time';
import { formatMoney } from '../../lib/money';
import { useSession } from '../../session/use-session';

const route = getRouteApi('/app/clients/$clientId');

const SEX_LABELS = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' } as const;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children ?? '—'}</Text>
    </div>
  );
}

function ClientDetails({ client }: { client: Client }) {
  const { clinic } = useSession();

  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Detail label="Record number">{client.recordNumber}</Detail>
        <Detail label="Birth date">
          {formatCalendarDate(client.birthDate)} (age{' '}
          {ageOn(client.birthDate, todayIn(clinic.timeZone))})
        </Detail>
        <Detail label="Sex">{SEX_LABELS[client.sex]}</Detail>
        <Detail label="Disability">
          {client.isDisabled
            ? `Yes${client.disabilityNote ? `: ${client.disabilityNote}` : ''}`
            : 'No'}
        </Detail>
        <Detail label="Phone">{client.phone}</Detail>
        <Detail label="Address">{client.address}</Detail>
        <Detail label="Guardian">{client.guardianName}</Detail>
        <Detail label="Guardian's phone">{client.guardianPhone}</Detail>
      </SimpleGrid>
      {client.notes && (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          {client.notes}
        </Text>
      )}
    </Paper>
  );
}

function ArchiveButton({ client }: { client: Client }) {
  const { member } = useSession();
  const queryClient = useQueryClient();
  const onSettled = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.clients.pathKey() }),
    onError: (error: unknown) => {
      notifications.show({ color: 'red', title: 'Not changed', message: messageOf(error) });
    },
  };
  const archive = useMutation(trpc.clients.archive.mutationOptions(onSettled));
  const restore = useMutation(trpc.clients.restore.mutationOptions(onSettled));

  if (client.archivedAt === null) {
    return (
      <Button
        variant="default"
        leftSection={<IconArchive size={16} />}
        loading={archive.isPending}
        onClick={() => archive.mutate({ id: client.id })}
      >
        Archive
      </Button>
    );
  }

  if (member.role !== 'admin') {
    return null;
  }

  return (
    <Button
      variant="default"
      leftSection={<IconRestore size={16} />}
      loading={restore.isPending}
      onClick={() => restore.mutate({ id: client.id })}
    >
      Restore
    </Button>
  );
}

function ClientAppointments({ clientId }: { clientId: string }) {
  const { clinic } = useSession();
  const doctors = useDoctorMap();
  const appointments = useAllAppointments({ clientId });

  return (
    <QueryState query={appointments} label="appointments">
      {(items) =>
        items.length === 0 ? (
          <EmptyState>No appointments yet.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label="Appointments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Doctor</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...items].reverse().map((appointment) => (
                  <Table.Tr key={appointment.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/appointments/$appointmentId"
                        params={{ appointmentId: appointment.id }}
                      >
                        {formatDateTime(appointment.startsAt, clinic.timeZone)}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{doctors.get(appointment.doctorId)?.fullName ?? '—'}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={appointment.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryState>
  );
}

function ClientResults({ clientId }: { clientId: string }) {
  const { clinic } = useSession();
  const doctors = useDoctorMap();
  const results = useInfiniteQuery(
    trpc.sessionResults.list.infiniteQueryOptions(
      { clientId, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];

  if (results.isError) {
    return <QueryError error={results.error} label="session results" />;
  }

  if (results.isPending) {
    return <Text c="dimmed">Loading session results…</Text>;
  }

  if (items.length === 0) {
    return <EmptyState>No session results yet.</EmptyState>;
  }

  return (
    <Stack gap="xs">
      {items.map((result) => (
        <Paper key={result.id} withBorder p="sm" component="article">
          <Group justify="space-between" mb={4}>
            <AnchorLink
              to="/appointments/$appointmentId"
              params={{ appointmentId: result.appointmentId }}
              fw={600}
            >
              {formatDateTime(result.visitStartsAt, clinic.timeZone)}
            </AnchorLink>
            <Group gap={6}>
              <Text size="sm">{formatMoney(result.priceMinor, clinic.currency)}</Text>
              <PaymentStatusBadge status={result.paymentStatus} />
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            {doctors.get(result.doctorId)?.fullName ?? 'Doctor'}
          </Text>
          <Text size="sm">
            {result.diagnosisCode && (
              <Badge variant="outline" mr={6}>
                {result.diagnosisCode}
              </Badge>
            )}
            {result.diagnosis ?? 'No diagnosis recorded'}
          </Text>
        </Paper>
      ))}
      {results.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          Load earlier results
        </Button>
      )}
    </Stack>
  );
}

/** Shows one client with their details, appointments and session results over time. */
export function ClientPage() {
  const { clientId } = route.useParams();
  const client = useQuery(trpc.clients.get.queryOptions({ id: clientId }));

  return (
    <QueryState query={client} label="the client">
      {(loaded) => (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1}>{loaded.fullName}</Title>
              {loaded.archivedAt && (
                <Badge color="gray" mt={4}>
                  Archived
                </Badge>
              )}
            </div>
            <Group gap="xs">
              <ButtonLink
                to="/calendar"
                search={{ bookClientId: loaded.id }}
                leftSection={<IconCalendarPlus size={16} />}
                disabled={loaded.archivedAt !== null}
              >
                Book appointment
              </ButtonLink>
              <ButtonLink
                to="/clients/$clientId/edit"
                params={{ clientId: loaded.id }}
                variant="default"
                leftSection={<IconEdit size={16} />}
              >
                Edit
              </ButtonLink>
              <ArchiveButton client={loaded} />
            </Group>
          </Group>
          {loaded.archivedAt && (
            <Alert color="gray">This client is archived and hidden from the client list.</Alert>
          )}
          <ClientDetails client={loaded} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap="xs" component="section">
              <Title order={2} size="h3">
                Appointments
              </Title>
              <ClientAppointments clientId={loaded.id} />
            </Stack>
            <Stack gap="xs" component="section">
              <Title order={2} size="h3">
                Session results
              </Title>
              <ClientResults clientId={loaded.id} />
            </Stack>
          </SimpleGrid>
        </Stack>
      )}
    </QueryState>
  );
}
