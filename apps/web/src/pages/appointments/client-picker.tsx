import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { trpc } from '../../api/trpc';

type ClientPickerProps = Omit<SelectProps, 'data' | 'searchable' | 'onSearchChange'> & {
  value?: string | null;
};

/** Picks a client, searching the clinic's clients on the server as the user types. */
export function ClientPicker(props: ClientPickerProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const matches = useQuery(
    trpc.clients.list.queryOptions({ search: debouncedSearch || undefined, limit: 20 }),
  );
  const selected = useQuery(
    trpc.clients.get.queryOptions(
      { id: props.value ?? '' },
      { enabled: typeof props.value === 'string' },
    ),
  );

  const options = (matches.data?.items ?? []).map((client) => ({
    value: client.id,
    label: `${client.fullName} (${client.recordNumber})`,
  }));
  const chosen = selected.data;

  if (chosen && !options.some((option) => option.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: `${chosen.fullName} (${chosen.recordNumber})` });
  }

  return (
    <Select
      searchable
      allowDeselect={false}
      placeholder="Type a name, record number or phone"
      nothingFoundMessage={matches.isFetching ? 'Searching…' : 'No client matches'}
      {...props}
      data={options}
      onSearchChange={setSearch}
      // The server has filtered already; filtering again on the label would hide phone matches.
      filter={({ options: all }) => all}
    />
  );
}
