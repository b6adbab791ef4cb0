import { DateTime } from 'luxon';

import { parseCalendarDate } from './calendar-date';
import { assertTimeZone, toZonedDateTime } from './time-zone';

/** Calendar month label 'YYYY-MM'. Captures the year and the month. */
export const MONTH_LABEL_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * ISO week label 'YYYY-Www', where YYYY is the ISO week-year. Captures the week-year and the
 * week. The pattern accepts week 53 for every year, so `parseIsoWeekLabel` also checks that
 * the week-year has 53 weeks.
 */
export const ISO_WEEK_LABEL_PATTERN = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** Parses a 'YYYY-MM' label. Throws an Error quoting the value when it is malformed. */
export function parseMonthLabel(label: string): { year: number; month: number } {
  const match = MONTH_LABEL_PATTERN.exec(label);
  if (!match) {
    throw new Error(`invalid month label "${label}": expected YYYY-MM, such as "2025-04"`);
  }

  return { year: Number(match[1]), month: Number(match[2]) };
}

/**
 * Parses a 'YYYY-Www' label. Throws an Error quoting the value when it is malformed or names
 * week 53 of a week-year that has only 52 weeks.
 */
export function parseIsoWeekLabel(label: string): { weekYear: number; weekNumber: number } {
  const match = ISO_WEEK_LABEL_PATTERN.exec(label);
  if (!match) {
    throw new Error(`invalid ISO week label "${label}": expected YYYY-Www, such as "2025-W13"`);
  }

  const weekYear = Number(match[1]);
  const weekNumber = Number(match[2]);

  const weeksInWeekYear = DateTime.fromObject({ weekYear }, { zone: 'utc' }).weeksInWeekYear;
  if (weekNumber > weeksInWeekYear) {
    throw new Error(
      `invalid ISO week label "${label}": ISO week-year ${weekYear} has only ${weeksInWeekYear} weeks`,
    );
  }

  return { weekYear, weekNumber };
}

/**
 * Returns the ISO week label of a 'YYYY-MM-DD' calendar date. Near New Year the week-year
 * can differ from the calendar year. Throws an Error quoting the value on a malformed date.
 *
 * @example isoWeekLabelOf('2024-12-30') // '2025-W01'
 * @example isoWeekLabelOf('2021-01-01') // '2020-W53'
 */
export function isoWeekLabelOf(localDate: string): string {
  const date = DateTime.fromObject(parseCalendarDate(localDate), { zone: 'utc' });

  return formatIsoWeekLabel(date);
}

/**
 * Returns the 'YYYY-MM' label of the month that contains `now` in `timeZone`.
 * Throws an Error quoting the value on an unknown time zone or an invalid date.
 *
 * @example currentMonthLabel('Pacific/Kiritimati', new Date('2025-03-31T12:00:00Z')) // '2025-04'
 */
export function currentMonthLabel(timeZone: string, now: Date): string {
  assertTimeZone(timeZone);

  return toZonedDateTime(now, timeZone).toFormat('yyyy-MM');
}

/**
 * Returns the 'YYYY-Www' label of the ISO week that contains `now` in `timeZone`.
 * Throws an Error quoting the value on an unknown time zone or an invalid date.
 *
 * @example currentIsoWeekLabel('Asia/Tashkent', new Date('2025-03-30T19:00:00Z')) // '2025-W14'
 */
export function currentIsoWeekLabel(timeZone: string, now: Date): string {
  assertTimeZone(timeZone);

  return formatIsoWeekLabel(toZonedDateTime(now, timeZone));
}

function formatIsoWeekLabel(date: DateTime): string {
  const weekYear = String(date.weekYear).padStart(4, '0');
  const week = String(date.weekNumber).padStart(2, '0');

  return `${weekYear}-W${week}`;
}
