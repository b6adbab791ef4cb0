import { DateTime } from 'luxon';

/**
 * Dates and times in the clinic's time zone. Every function takes the zone as an argument and
 * none reads the browser's zone, so a receptionist abroad works on the clinic's wall clock.
 */

const LOCALE = 'en-GB';

/** A wall-clock time as the schedule components use it: 'YYYY-MM-DD HH:mm:ss'. */
export type WallTime = string;

function inZone(instant: string, timeZone: string): DateTime {
  const dateTime = DateTime.fromISO(instant, { zone: 'utc' }).setZone(timeZone);

  if (!dateTime.isValid) {
    throw new Error(`invalid instant "${instant}" or time zone "${timeZone}"`);
  }

  return dateTime.setLocale(LOCALE);
}

/** Formats an instant as '14:05' in the clinic's zone. */
export function formatTime(instant: string, timeZone: string): string {
  return inZone(instant, timeZone).toFormat('HH:mm');
}

/** Formats an instant as 'Mon 31 Mar 2025, 14:05' in the clinic's zone. */
export function formatDateTime(instant: string, timeZone: string): string {
  return inZone(instant, timeZone).toFormat('ccc d LLL yyyy, HH:mm');
}

/** Formats an instant as 'Monday 31 March 2025' in the clinic's zone. */
export function formatLongDateOf(instant: string, timeZone: string): string {
  return inZone(instant, timeZone).toFormat('cccc d LLLL yyyy');
}

/** Returns the clinic-local calendar date of an instant, 'YYYY-MM-DD'. */
export function localDateIn(instant: string, timeZone: string): string {
  return inZone(instant, timeZone).toFormat('yyyy-MM-dd');
}

/** Returns the wall-clock time of an instant in the clinic's zone, 'YYYY-MM-DD HH:mm:ss'. */
export function wallTimeOf(instant: string, timeZone: string): WallTime {
  return inZone(instant, timeZone).toFormat('yyyy-MM-dd HH:mm:ss');
}

/** Returns today's date in the clinic's zone, 'YYYY-MM-DD'. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateIn(now.toISOString(), timeZone);
}

/**
 * Formats a calendar date such as a birth date, 'YYYY-MM-DD', as '8 March 2015'. A calendar
 * date has no zone, so it is formatted from its parts and reads the same in every zone.
 */
export function formatCalendarDate(date: string): string {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });

  if (!parsed.isValid) {
    return date;
  }

  return parsed.setLocale(LOCALE).toFormat('d LLLL yyyy');
}

/** Formats a calendar date, 'YYYY-MM-DD', as 'Mon 31 Mar' for column headers. */
export function formatShortCalendarDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(LOCALE).toFormat('ccc d LLL');
}

export type ZonedInstantResult = { ok: true; instant: string } | { ok: false; message: string };

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a date and a wall-clock time in the clinic's zone and returns the instant with the
 * zone's UTC offset, e.g. ('2025-03-31', '10:00', 'Asia/Tashkent') → '2025-03-31T10:00:00.000+05:00'.
 * A time that the clocks skip on a daylight-saving change does not exist and is rejected. A
 * time that occurs twice when the clocks go back is read as the first of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): ZonedInstantResult {
  if (!DATE_PATTERN.test(date)) {
    return { ok: false, message: `"${date}" is not a date as YYYY-MM-DD` };
  }

  const timeMatch = TIME_PATTERN.exec(time);

  if (!timeMatch) {
    return { ok: false, message: `"${time}" is not a time as HH:mm` };
  }

  const [year, month, day] = date.split('-').map(Number);
  const parts = {
    year,
    month,
    day,
    hour: Number(timeMatch[1]),
    minute: Number(timeMatch[2]),
    second: Number(timeMatch[3] ?? '0'),
  };
  const dateTime = DateTime.fromObject(parts, { zone: timeZone });

  if (!dateTime.isValid) {
    return { ok: false, message: `${date} is not a date in the calendar` };
  }

  if (dateTime.hour !== parts.hour || dateTime.minute !== parts.minute) {
    return {
      ok: false,
      message: `${time} does not exist on ${date} in ${timeZone}: the clocks skip it`,
    };
  }

  // Luxon 3 resolves a repeated wall time to the later offset; the clinic means the first one.
  const earliest = dateTime
    .getPossibleOffsets()
    .reduce((first, candidate) => (candidate.toMillis() < first.toMillis() ? candidate : first));

  return { ok: true, instant: earliest.toISO({ includeOffset: true }) };
}

/** Reads a schedule wall-clock time in the clinic's zone; see `zonedInstant`. */
export function instantOfWallTime(wallTime: WallTime, timeZone: string): ZonedInstantResult {
  const [date = '', time = ''] = wallTime.split(' ');

  return zonedInstant(date, time, timeZone);
}

/** Adds whole days to a calendar date, 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toFormat('yyyy-MM-dd');
}

/** Returns the Monday of the ISO week that contains a calendar date. */
export function mondayOf(date: string): string {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });

  return parsed.minus({ days: parsed.weekday - 1 }).toFormat('yyyy-MM-dd');
}

/**
 * Returns the instants that bound clinic-local days: from local midnight of `firstDate` to local
 * midnight after `days` days, as the API's [from, to) filters expect.
 */
export function localDaysRange(
  firstDate: string,
  days: number,
  timeZone: string,
): { from: string; to: string } {
  const start = DateTime.fromISO(firstDate, { zone: timeZone }).startOf('day');
  const end = DateTime.fromISO(addDays(firstDate, days), { zone: timeZone }).startOf('day');

  return { from: start.toUTC().toISO() ?? '', to: end.toUTC().toISO() ?? '' };
}

/** Returns the whole minutes between two instants. */
export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

/** Returns the IANA time zones the browser supports, for the clinic's time zone picker. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');

  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}
