import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

import { listTimeZones } from '../lib/clinic-time';

/** Picks one of the IANA time zones the browser supports, searchable by name. */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const zones = useMemo(() => listTimeZones(), []);

  return (
    <Select
      searchable
      allowDeselect={false}
      limit={50}
      nothingFoundMessage="No time zone matches"
      placeholder="Type a city, e.g. Tashkent"
      {...props}
      data={zones}
    />
  );
}

function listCurrencies(): string[] {
  return Intl.supportedValuesOf('currency');
}

/** Picks an ISO 4217 currency code, searchable. */
export function CurrencySelect(props: Omit<SelectProps, 'data'>) {
  const currencies = useMemo(() => listCurrencies(), []);

  return (
    <Select
      searchable
      allowDeselect={false}
      limit={50}
      nothingFoundMessage="No currency matches"
      placeholder="e.g. UZS"
      {...props}
      data={currencies}
    />
  );
}

/** Returns the browser's own time zone, the first guess for a new clinic's zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
