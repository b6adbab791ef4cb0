import { z } from 'zod';

import { isValidTimeZone } from '../statistics';

export const idSchema = z.uuid({ error: 'must be a valid id (UUID)' });

/** Required text: trimmed, and blank input is an error rather than an empty value. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: 'must not be blank' })
    .max(max, { error: `must be at most ${max} characters` });
}

/**
 * Optional text: trimmed, with blank input or null stored as null. Leaving the field out keeps
 * it `undefined`, which an update reads as "unchanged".
 */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullish()
    .transform(blankToNull);
}

const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,24}$/;

export const phoneSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || PHONE_PATTERN.test(value), {
    error: 'must be a phone number such as +998 71 123 45 67',
  })
  .nullish()
  .transform(blankToNull);

function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) {
    return undefined;
  }

  return value === null || value === '' ? null : value;
}

/** A calendar date as 'YYYY-MM-DD'. */
export const calendarDateSchema = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

const EARLIEST_INSTANT = Date.parse('1900-01-01T00:00:00Z');
const LATEST_INSTANT = Date.parse('3000-01-01T00:00:00Z');

/**
 * An instant with an explicit UTC offset, because a time without one would be read in the wrong
 * zone. Years 1900 to 2999 only, which keeps every value inside PostgreSQL's range.
 */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error: 'must be a date and time with a UTC offset, e.g. 2025-03-31T10:00:00+05:00',
  })
  .transform((value) => new Date(value).toISOString())
  .refine(
    (value) => {
      const time = Date.parse(value);

      return time >= EARLIEST_INSTANT && time < LATEST_INSTANT;
    },
    { error: 'must fall in the years 1900 to 2999' },
  );

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isValidTimeZone, { error: (issue) => `unknown time zone "${String(issue.input)}"` });

export const currencySchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as UZS or EUR' });

/** Money in minor units of the clinic's currency (cents, tiyin), as a whole number. */
export const minorUnitsSchema = z
  .number({ error: 'must be a whole number of minor units' })
  .int({ error: 'must be a whole number of minor units' })
  .min(0, { error: 'must not be negative' })
  .max(1_000_000_000_000, { error: 'must be at most 1000000000000' });

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const pageInputSchema = z.object({
  cursor: z.string().max(500).nullish(),
  limit: z
    .number()
    .int()
    .min(1, { error: 'must be at least 1' })
    .max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` })
    .default(DEFAULT_PAGE_SIZE),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export type Page<T> = { items: T[]; nextCursor: string | null };

export const byIdSchema = z.object({ id: idSchema });

export const instantOutput = z.string();
