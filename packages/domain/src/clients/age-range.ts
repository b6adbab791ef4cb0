import { parseCalendarDate, type CalendarDate } from '../statistics/calendar-date';

/** The highest age, in whole years, that a client list filter accepts. */
export const MAX_FILTER_AGE = 150;

/** An age range in completed years. A missing end leaves that side open. */
export type AgeRange = { ageMin?: number | undefined; ageMax?: number | undefined };

/** Inclusive birth-date bounds as 'YYYY-MM-DD'. A null bound leaves that side open. */
export type BirthDateBounds = { bornOnOrAfter: string | null; bornOnOrBefore: string | null };

/**
 * Computes the birth dates of clients whose age on `today` lies in `range`, with age counted as
 * `ageOn` counts it: completed years by calendar parts, so a 29 February birthday is reached on
 * 1 March in common years. An `ageMin` of 0 leaves the upper bound open, because `ageOn` counts a
 * birth date after `today` as age 0. Throws an Error quoting the value when an age is not a whole
 * number from 0 to MAX_FILTER_AGE, when `ageMin` exceeds `ageMax`, or when `today` is malformed.
 *
 * @example computeBirthDateBounds({ ageMin: 5, ageMax: 10 }, '2025-06-15')
 * // { bornOnOrAfter: '2014-06-16', bornOnOrBefore: '2020-06-15' }
 */
export function computeBirthDateBounds(range: AgeRange, today: string): BirthDateBounds {
  const date = parseCalendarDate(today);
  const { ageMin, ageMax } = range;

  if (ageMin !== undefined) {
    assertFilterAge('ageMin', ageMin);
  }

  if (ageMax !== undefined) {
    assertFilterAge('ageMax', ageMax);
  }

  if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax) {
    throw new Error(`invalid age range: ageMin ${ageMin} is greater than ageMax ${ageMax}`);
  }

  const bornOnOrBefore = ageMin ? formatDate(latestBirthDateForAge(date, ageMin)) : null;

  // An age of at most ageMax is an age below ageMax + 1, so the birth comes after the latest
  // birth date that gives ageMax + 1.
  const bornOnOrAfter =
    ageMax === undefined ? null : formatDate(nextDay(latestBirthDateForAge(date, ageMax + 1)));

  return { bornOnOrAfter, bornOnOrBefore };
}

function assertFilterAge(name: string, age: number): void {
  if (!Number.isInteger(age) || age < 0 || age > MAX_FILTER_AGE) {
    throw new Error(
      `invalid ${name} ${age}: expected a whole number of years from 0 to ${MAX_FILTER_AGE}`,
    );
  }
}

/**
 * Returns the last birth date that makes someone at least `age` on `today`: the same month and
 * day `age` years earlier. When that year has no 29 February, 28 February is the last date whose
 * month and day do not come after today's.
 */
function latestBirthDateForAge(today: CalendarDate, age: number): CalendarDate {
  const year = today.year - age;
  const day = Math.min(today.day, daysInMonth(year, today.month));

  return { year, month: today.month, day };
}

function nextDay(date: CalendarDate): CalendarDate {
  if (date.day < daysInMonth(date.year, date.month)) {
    return { ...date, day: date.day + 1 };
  }

  if (date.month < 12) {
    return { year: date.year, month: date.month + 1, day: 1 };
  }

  return { year: date.year + 1, month: 1, day: 1 };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) {
    return 29;
  }

  return DAYS_IN_MONTH[month - 1] ?? 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function formatDate(date: CalendarDate): string {
  const year = String(date.year).padStart(4, '0');
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');

  return `${year}-${month}-${day}`;
}
