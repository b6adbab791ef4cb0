import {
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { ageOn, listClientsInput } from '@medsys/domain';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { trpc } from '../../api/trpc';
import { AnchorLink, ButtonLink } from '../../components/links';
import { EmptyState, QueryError } from '../../components/query-state';
import { formatCalendarDate, todayIn } from '../../lib/clinic-time';
import { formErrorsOfIssues } from '../../lib/form-errors';
import type { ClientsSearch } from '../../routing/search-params';
import { useSession } from '../../session/use-session';

const route = getRouteApi('/app/clients');

const PAGE_SIZE = 25;

const SEX_FILTERS = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
  { value: 'unknown', label: 'Unknown' },
];

const SEX_LABELS: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};

const DISABILITY_FILTERS = [
  { value: 'yes', label: 'With a disability' },
  { value: 'no', label: 'Without a disability' },
];

function disabilityFilterOf(isDisabled: boolean | undefined): string | null {
  if (isDisabled === undefined) {
    return null;
  }

  return isDisabled ? 'yes' : 'no';
}

function ageInput(value: string | number): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Clients, searched and filtered on the server and read 25 at a time. */
export function ClientsPage() {
  const { clinic } = useSession();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/clients' });
  const [text, setText] = useState(search.search ?? '');

  const setFilters = (changes: Partial<ClientsSearch>) =>
    navigate({ search: (previous) => ({ ...previous, ...changes }), replace: true });
  const setSearchText = useDebouncedCallback((value: string) => {
    void setFilters({ search: value.trim() === '' ? undefined : value });
  }, 300);

  const input = {
    search: search.search,
    sex: search.sex,
    ageMin: search.ageMin,
    ageMax: search.ageMax,
    isDisabled: search.isDisabled,
    isArchived: search.isArchived ?? false,
    limit: PAGE_SIZE,
  };
  const checked = listClientsInput.safeParse(input);
  const filterErrors = checked.success ? {} : formErrorsOfIssues(checked.error.issues);
  const clients = useInfiniteQuery(
    trpc.clients.list.infiniteQueryOptions(input, {
      enabled: checked.success,
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  const items = clients.data?.pages.flatMap((page) => page.items) ?? [];
  const today = todayIn(clinic.timeZone);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Clients</Title>
        <ButtonLink to="/clients/new" leftSection={<IconPlus size={16} />}>
          New client
        </ButtonLink>
      </Group>

      <Stack gap="sm" component="search" aria-label="Find clients">
        <TextInput
          label="Search"
          description="Part of a name, a record number or a phone number."
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setSearchText(event.currentTarget.value);
          }}
        />
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
          <Select
            label="Sex"
            placeholder="Any"
            clearable
            data={SEX_FILTERS}
            value={search.sex ?? null}
            onChange={(value) =>
              void setFilters({ sex: (value ?? undefined) as ClientsSearch['sex'] })
            }
          />
          <NumberInput
            label="Age from"
            min={0}
            max={150}
            allowDecimal={false}
            allowNegative={false}
            value={search.ageMin ?? ''}
            error={filterErrors.ageMin}
            onChange={(value) => void setFilters({ ageMin: ageInput(value) })}
          />
          <NumberInput
            label="Age to"
            min={0}
            max={150}
            allowDecimal={false}
            allowNegative={false}
            value={search.ageMax ?? ''}
            error={filterErrors.ageMax}
            onChange={(value) => void setFilters({ ageMax: ageInput(value) })}
          />
          <Select
            label="Disability"
            placeholder="Any"
            clearable
            data={DISABILITY_FILTERS}
            value={disabilityFilterOf(search.isDisabled)}
            onChange={(value) =>
              void setFilters({ isDisabled: value === null ? undefined : value === 'yes' })
            }
          />
          <Switch
            label="Archived clients"
            mt={{ base: 0, lg: 30 }}
            style={{ alignSelf: 'center' }}
            checked={search.isArchived ?? false}
            onChange={(event) =>
              void setFilters({ isArchived: event.currentTarget.checked || undefined })
            }
          />
        </SimpleGrid>
      </Stack>

      {clients.isError && (
        <QueryError error={clients.error} label="clients" onRetry={() => void clients.refetch()} />
      )}

      {clients.isPending && checked.success ? (
        <Text c="dimmed" role="status">
          Loading clients…
        </Text>
      ) : items.length === 0 && !clients.isError ? (
        <EmptyState>No clients match these filters.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={680}>
          <Table striped highlightOnHover aria-label="Clients">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Record</Table.Th>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Birth date</Table.Th>
                <Table.Th scope="col">Age</Table.Th>
                <Table.Th scope="col">Sex</Table.Th>
                <Table.Th scope="col">Phone</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Td ff="monospace">{client.recordNumber}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <AnchorLink to="/clients/$clientId" params={{ clientId: client.id }}>
                        {client.fullName}
                      </AnchorLink>
                      {client.isDisabled && (
                        <Badge size="xs" variant="light" color="grape">
                          Disability
                        </Badge>
                      )}
                      {client.archivedAt && (
                        <Badge size="xs" variant="light" color="gray">
                          Archived
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatCalendarDate(client.birthDate)}</Table.Td>
                  <Table.Td>{ageOn(client.birthDate, today)}</Table.Td>
                  <Table.Td>{SEX_LABELS[client.sex]}</Table.Td>
                  <Table.Td>{client.phone ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {clients.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void clients.fetchNextPage()}
          loading={clients.isFetchingNextPage}
          w="fit-content"
        >
          Load more clients
        </Button>
      )}
    </Stack>
  );
}
