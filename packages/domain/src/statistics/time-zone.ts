import { DateTime, IANAZone } from 'luxon';

/** ISO 8601 instants must end in `Z` or a numeric UTC offset such as `+05:00`. */
const UTC_OFFSET_SUFFIX = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * An IANA name is an area and a location ('Asia/Tashkent', 'America/Argentina/Salta') or 'UTC'.
 * Abbreviations such as 'IST' are left out on purpose: the runtime and PostgreSQL read some of
 * them as different zones.
 */
const IANA_NAME_PATTERN = /^(?:UTC|[A-Z][A-Za-z]*(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/**
 * Checks whether `name` is an IANA time zone, such as 'Asia/Tashkent', in the runtime's
 * Intl time zone data.
 *
 * @example isValidTimeZone('Europe/Berlin') // true
 * @example isValidTimeZone('Mars/Base') // false
 * @example isValidTimeZone('IST') // false
 */
export function isValidTimeZone(name: string): boolean {
  return IANA_NAME_PATTERN.test(name) && IANAZone.isValidZone(name);
}

/** Throws an Error quoting `name` unless it is a valid IANA time zone. */
export function assertTimeZone(name: string): void {
  if (!isValidTimeZone(name)) {
    throw new Error(`unknown time zone "${name}": expected an IANA name such as "Asia/Tashkent"`);
  }
}

/**
 * Converts an instant to its 'YYYY-MM-DD' calendar date in `timeZone`. A string instant must
 * be ISO 8601 with `Z` or a UTC offset. Throws an Error quoting the value on an invalid
 * instant or an unknown time zone.
 *
 * @example localDateOf('2025-03-31T21:30:00Z', 'Asia/Tashkent') // '2025-04-01'
 */
export function localDateOf(instant: Date | string, timeZone: string): string {
  assertTimeZone(timeZone);

  return toZonedDateTime(instant, timeZone).toFormat('yyyy-MM-dd');
}

/** Converts an instant to a luxon DateTime in `timeZone`, which must already be valid. */
export function toZonedDateTime(instant: Date | string, timeZone: string): DateTime {
  const dateTime =
    typeof instant === 'string'
      ? parseInstant(instant)
      : DateTime.fromJSDate(instant, { zone: 'utc' });
  if (!dateTime.isValid) {
    throw new Error(`invalid instant "${String(instant)}": expected a valid date and time`);
  }

  return dateTime.setZone(timeZone);
}

function parseInstant(value: string): DateTime {
  if (!UTC_OFFSET_SUFFIX.test(value)) {
    throw new Error(
      `invalid instant "${value}": expected ISO 8601 with "Z" or a UTC offset, such as "2025-03-31T21:30:00Z"`,
    );
  }

  return DateTime.fromISO(value, { zone: 'utc' });
}
