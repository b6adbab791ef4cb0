import { z } from 'zod';

import { MAX_FILTER_AGE } from '../clients/age-range';
import { SEXES, localDateOf } from '../statistics';
import {
  byIdSchema,
  calendarDateSchema,
  idSchema,
  instantOutput,
  optionalText,
  pageInputSchema,
  pageOf,
  phoneSchema,
  requiredText,
} from './common';

export const sexSchema = z.enum(SEXES, { error: 'must be one of male, female, other, unknown' });

export const EARLIEST_BIRTH_DATE = '1900-01-01';

// UTC+14 is the zone furthest ahead, so its date is the latest "today" anywhere on Earth, and a
// birth today in any clinic's zone passes. `Etc/GMT-14` is UTC+14 because Etc zone names invert
// the sign.
const ZONE_FURTHEST_AHEAD = 'Etc/GMT-14';

/** A birth date: an existing calendar date from 1900-01-01 up to today. Null or blank is invalid. */
export const birthDateSchema = calendarDateSchema.pipe(
  z
    .string()
    .refine((value) => value >= EARLIEST_BIRTH_DATE, {
      error: `must be on or after ${EARLIEST_BIRTH_DATE}`,
    })
    .refine((value) => value <= localDateOf(new Date(), ZONE_FURTHEST_AHEAD), {
      error: 'must not be in the future',
    }),
);

export const recordNumberSchema = requiredText(40);

export const clientSchema = z.object({
  id: idSchema,
  recordNumber: z.string(),
  fullName: z.string(),
  birthDate: calendarDateSchema,
  sex: sexSchema,
  isDisabled: z.boolean(),
  disabilityNote: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  guardianName: z.string().nullable(),
  guardianPhone: z.string().nullable(),
  notes: z.string().nullable(),
  archivedAt: instantOutput.nullable(),
  createdAt: instantOutput,
  updatedAt: instantOutput,
});
export type Client = z.infer<typeof clientSchema>;

// Fields an update may leave out. None has a default, so a field left out stays unchanged.
const clientChangesShape = {
  recordNumber: recordNumberSchema.optional(),
  fullName: requiredText(200).optional(),
  birthDate: birthDateSchema.optional(),
  sex: sexSchema.optional(),
  isDisabled: z.boolean({ error: 'must be true or false' }).optional(),
  disabilityNote: optionalText(1000),
  phone: phoneSchema,
  address: optionalText(300),
  guardianName: optionalText(200),
  guardianPhone: phoneSchema,
  notes: optionalText(5000),
};

/** A new client. When the record number is left out, the clinic's counter supplies it. */
export const createClientInput = z.object({
  ...clientChangesShape,
  fullName: requiredText(200),
  birthDate: birthDateSchema,
  sex: sexSchema,
  isDisabled: z.boolean({ error: 'must be true or false' }).default(false),
});
export type CreateClientInput = z.infer<typeof createClientInput>;

/** Changes to a client. A field left out is kept, and null clears an optional field. */
export const updateClientInput = byIdSchema.extend(clientChangesShape);
export type UpdateClientInput = z.infer<typeof updateClientInput>;

const filterAgeSchema = z
  .number({ error: `must be a whole number of years from 0 to ${MAX_FILTER_AGE}` })
  .int({ error: `must be a whole number of years from 0 to ${MAX_FILTER_AGE}` })
  .min(0, { error: 'must not be negative' })
  .max(MAX_FILTER_AGE, { error: `must be at most ${MAX_FILTER_AGE}` });

/**
 * A page of clients. `search` matches part of the full name, record number or phone as stored.
 * Ages are in completed years on today's date in the clinic's time zone.
 */
export const listClientsInput = pageInputSchema
  .extend({
    search: z.string().trim().max(100, { error: 'must be at most 100 characters' }).optional(),
    sex: sexSchema.optional(),
    ageMin: filterAgeSchema.optional(),
    ageMax: filterAgeSchema.optional(),
    isDisabled: z.boolean({ error: 'must be true or false' }).optional(),
    isArchived: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .refine(
    (input) =>
      input.ageMin === undefined || input.ageMax === undefined || input.ageMin <= input.ageMax,
    {
      path: ['ageMax'],
      error: (issue) => {
        const input = issue.input as { ageMin?: number; ageMax?: number };

        return `must not be less than ageMin (${String(input.ageMin)}), got ${String(input.ageMax)}`;
      },
    },
  );
export type ListClientsInput = z.infer<typeof listClientsInput>;

export const clientPageSchema = pageOf(clientSchema);
