import { parseCalendarDate } from './calendar-date';

/**
 * Computes the age in completed years on `onDate` for someone born on `birthDate`.
 * Both arguments are 'YYYY-MM-DD' calendar dates. The result is the difference in years,
 * minus one when the (month, day) of `onDate` comes before the (month, day) of `birthDate`.
 * So a 29 February birthday is reached on 1 March in non-leap years. A birth date after
 * `onDate` gives 0. Throws an Error quoting the value when either date is malformed.
 *
 * @example ageOn('2007-03-27', '2025-03-26') // 17
 * @example ageOn('2008-02-29', '2026-03-01') // 18
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseCalendarDate(birthDate);
  const on = parseCalendarDate(onDate);

  const birthdayNotYetReached =
    on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  const age = on.year - birth.year - (birthdayNotYetReached ? 1 : 0);

  return Math.max(age, 0);
}
