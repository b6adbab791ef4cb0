import { SEXES } from '@medsys/domain';
import { z } from 'zod';

/**
 * Search parameters of the pages that keep their state in the address, so a list or a calendar
 * can be bookmarked and reloaded. A malformed value falls back to its default.
 */

export const signInSearch = z.object({
  redirect: z.string().optional().catch(undefined),
  isExpired: z.boolean().optional().catch(undefined),
});

export const acceptInvitationSearch = z.object({
  code: z.string().optional().catch(undefined),
  email: z.string().optional().catch(undefined),
});

const optionalAge = z.number().int().min(0).max(150).optional().catch(undefined);

export const clientsSearch = z.object({
  search: z.string().optional().catch(undefined),
  sex: z.enum(SEXES).optional().catch(undefined),
  ageMin: optionalAge,
  ageMax: optionalAge,
  isDisabled: z.boolean().optional().catch(undefined),
  isArchived: z.boolean().optional().catch(undefined),
});
export type ClientsSearch = z.infer<typeof clientsSearch>;

const calendarDate = z.iso.date().optional().catch(undefined);
const id = z.uuid().optional().catch(undefined);

export const calendarSearch = z.object({
  view: z.enum(['day', 'week']).optional().catch(undefined),
  date: calendarDate,
  doctorId: id,
  departmentId: id,
  /** A client to book: the booking form opens with this client chosen. */
  bookClientId: id,
});
export type CalendarSearch = z.infer<typeof calendarSearch>;

export const statisticsSearch = z.object({
  doctorId: id,
  kind: z.enum(['month', 'week']).optional().catch(undefined),
  period: z.string().optional().catch(undefined),
});
export type StatisticsSearch = z.infer<typeof statisticsSearch>;
