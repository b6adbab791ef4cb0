import { DateTime } from 'luxon';

const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date split into its parts. Months and days count from 1. */
export type CalendarDate = { year: number; month: number; day: number };

/**
 * Parses a 'YYYY-MM-DD' calendar date and checks that the day exists in that month.
 * Throws an Error quoting the value otherwise.
 *
 * @example parseCalendarDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 */
export function parseCalendarDate(value: string): CalendarDate {
  const match = CALENDAR_DATE_PATTERN.exec(value);
  if (!match) {
    throw invalidCalendarDate(value);
  }

  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!DateTime.fromObject(date, { zone: 'utc' }).isValid) {
    throw invalidCalendarDate(value);
  }

  return date;
}

function invalidCalendarDate(value: string): Error {
  return new Error(`invalid calendar date "${value}": expected an existing date as YYYY-MM-DD`);
}
