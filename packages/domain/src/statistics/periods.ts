import { DateTime } from 'luxon';

import { parseIsoWeekLabel, parseMonthLabel } from './period-labels';
import { assertTimeZone } from './time-zone';

/**
 * A reporting period in a clinic's time zone. `start` and `end` are UTC instants in
 * `Date.prototype.toISOString()` form. `start` is inclusive and `end` is exclusive.
 */
export type StatisticsPeriod = {
  kind: 'month' | 'week';
  label: string;
  start: string;
  end: string;
};

/**
 * Returns the calendar month `label` ('YYYY-MM') in `timeZone`: from local midnight on the
 * 1st to local midnight on the 1st of the next month. Throws an Error quoting the value on a
 * malformed label or an unknown time zone.
 *
 * @example
 * monthPeriod('2025-04', 'Asia/Tashkent')
 * // { kind: 'month', label: '2025-04',
 * //   start: '2025-03-31T19:00:00.000Z', end: '2025-04-30T19:00:00.000Z' }
 */
export function monthPeriod(label: string, timeZone: string): StatisticsPeriod {
  const { year, month } = parseMonthLabel(label);
  assertTimeZone(timeZone);

  const start = startOfLocalDay({ year, month, day: 1 }, timeZone);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const end = startOfLocalDay({ ...next, day: 1 }, timeZone);

  return { kind: 'month', label, start: toInstant(start), end: toInstant(end) };
}

/**
 * Returns the ISO week `label` ('YYYY-Www') in `timeZone`: from local midnight on its Monday
 * to local midnight on the next Monday. A week that crosses a one-hour daylight-saving
 * change is 167 or 169 hours long. Throws an Error quoting the value on a malformed label, on week 53 of a
 * 52-week year, or on an unknown time zone.
 *
 * @example
 * isoWeekPeriod('2025-W13', 'Asia/Tashkent')
 * // { kind: 'week', label: '2025-W13',
 * //   start: '2025-03-23T19:00:00.000Z', end: '2025-03-30T19:00:00.000Z' }
 */
export function isoWeekPeriod(label: string, timeZone: string): StatisticsPeriod {
  const { weekYear, weekNumber } = parseIsoWeekLabel(label);
  assertTimeZone(timeZone);

  const monday = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'utc' });
  const nextMonday = monday.plus({ weeks: 1 });

  const start = startOfLocalDay(monday, timeZone);
  const end = startOfLocalDay(nextMonday, timeZone);

  return { kind: 'week', label, start: toInstant(start), end: toInstant(end) };
}

/**
 * Returns the first instant of a calendar day in `timeZone`. Where a daylight-saving change
 * skips local midnight, luxon 3 moves forward by the gap, so the day starts at 01:00.
 */
function startOfLocalDay(
  date: { year: number; month: number; day: number },
  timeZone: string,
): DateTime {
  const { year, month, day } = date;

  return DateTime.fromObject({ year, month, day }, { zone: timeZone });
}

function toInstant(dateTime: DateTime): string {
  return dateTime.toJSDate().toISOString();
}
