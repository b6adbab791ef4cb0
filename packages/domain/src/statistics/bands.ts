import { SEXES } from './sex';
import type { Sex } from './sex';

/** Band keys in evaluation order, usable as `z.enum(BAND_KEYS)`. */
export const BAND_KEYS = [
  'disabledChildren',
  'adults',
  'infants',
  'boys1to16',
  'boys17to18',
  'girls',
  'otherChildren',
] as const;

export type BandKey = (typeof BAND_KEYS)[number];

/**
 * One statistics band as data, so the database layer can build the same rules into an SQL
 * CASE expression. A client matches when it meets every non-null condition. Ages are inclusive.
 */
export type BandRule = {
  key: BandKey;
  label: string;
  /** Required value of the disability flag, or null when either value matches. */
  isDisabled: boolean | null;
  /** Sexes that match, or null when any sex matches. */
  sexes: readonly Sex[] | null;
  minAge: number;
  /** Highest matching age, or null when there is no upper bound. */
  maxAge: number | null;
};

/** Inputs that decide a client's band. Age is in completed years, see `ageOn`. */
export type BandClient = { sex: Sex; isDisabled: boolean; age: number };

function defineBand(rule: BandRule): Readonly<BandRule> {
  const sexes = rule.sexes === null ? null : Object.freeze([...rule.sexes]);
  return Object.freeze({ ...rule, sexes });
}

/**
 * Statistics bands in evaluation order. The first matching band wins, so each client falls
 * in exactly one band and the band counts add up to the number of clients. Every integer age
 * from 0 upwards matches some band for every sex and disability flag.
 */
export const STATISTICS_BANDS: readonly Readonly<BandRule>[] = Object.freeze([
  defineBand({
    key: 'disabledChildren',
    label: 'Disabled children (0–18)',
    isDisabled: true,
    sexes: null,
    minAge: 0,
    maxAge: 18,
  }),
  defineBand({
    key: 'adults',
    label: 'Adults (19 and over)',
    isDisabled: null,
    sexes: null,
    minAge: 19,
    maxAge: null,
  }),
  defineBand({
    key: 'infants',
    label: 'Children aged 0 to 1',
    isDisabled: false,
    sexes: null,
    minAge: 0,
    maxAge: 0,
  }),
  defineBand({
    key: 'boys1to16',
    label: 'Boys 1–16',
    isDisabled: false,
    sexes: ['male'],
    minAge: 1,
    maxAge: 16,
  }),
  defineBand({
    key: 'boys17to18',
    label: 'Boys 17–18',
    isDisabled: false,
    sexes: ['male'],
    minAge: 17,
    maxAge: 18,
  }),
  defineBand({
    key: 'girls',
    label: 'Girls 1–18',
    isDisabled: false,
    sexes: ['female'],
    minAge: 1,
    maxAge: 18,
  }),
  defineBand({
    key: 'otherChildren',
    label: 'Children of other or unknown sex (1–18)',
    isDisabled: false,
    sexes: ['other', 'unknown'],
    minAge: 1,
    maxAge: 18,
  }),
]);

/**
 * Checks whether a client meets every condition of one band rule, ignoring the bands
 * evaluated before it.
 */
export function matchesBand(rule: Readonly<BandRule>, client: BandClient): boolean {
  if (rule.isDisabled !== null && rule.isDisabled !== client.isDisabled) {
    return false;
  }

  if (rule.sexes !== null && !rule.sexes.includes(client.sex)) {
    return false;
  }

  if (client.age < rule.minAge) {
    return false;
  }

  return rule.maxAge === null || client.age <= rule.maxAge;
}

/**
 * Returns the key of the first band in `STATISTICS_BANDS` that the client matches.
 * Throws an Error when the age is not a whole number of years from 0 upwards or the sex is
 * not one of `SEXES`.
 *
 * @example bandOf({ sex: 'male', isDisabled: false, age: 17 }) // 'boys17to18'
 * @example bandOf({ sex: 'female', isDisabled: true, age: 19 }) // 'adults'
 */
export function bandOf(client: BandClient): BandKey {
  if (!Number.isInteger(client.age) || client.age < 0) {
    throw new Error(`invalid age ${client.age}: expected a whole number of years, 0 or more`);
  }

  if (!SEXES.includes(client.sex)) {
    throw new Error(`invalid sex "${client.sex}": expected one of ${SEXES.join(', ')}`);
  }

  // The bands cover every sex and age from 0, so this throws only if STATISTICS_BANDS is
  // edited to leave a gap.
  const band = STATISTICS_BANDS.find((rule) => matchesBand(rule, client));
  if (!band) {
    throw new Error(
      `no statistics band matches sex "${client.sex}", disabled ${String(client.isDisabled)}, age ${client.age}`,
    );
  }

  return band.key;
}

/** Returns a count of 0 for every band, with keys in `BAND_KEYS` order. */
export function emptyBandCounts(): Record<BandKey, number> {
  const counts = {} as Record<BandKey, number>;
  for (const key of BAND_KEYS) {
    counts[key] = 0;
  }

  return counts;
}

/**
 * Counts clients per band. Pass each distinct client once, so the counts add up to the
 * number of clients.
 *
 * @example
 * tallyBands([
 *   { sex: 'female', isDisabled: false, age: 0 },
 *   { sex: 'male', isDisabled: false, age: 40 },
 * ]) // { ...emptyBandCounts(), infants: 1, adults: 1 }
 */
export function tallyBands(clients: readonly BandClient[]): Record<BandKey, number> {
  const counts = emptyBandCounts();
  for (const client of clients) {
    counts[bandOf(client)] += 1;
  }

  return counts;
}
