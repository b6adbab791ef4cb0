export { ageOn } from './age';
export {
  BAND_KEYS,
  STATISTICS_BANDS,
  bandOf,
  emptyBandCounts,
  matchesBand,
  tallyBands,
} from './bands';
export type { BandClient, BandKey, BandRule } from './bands';
export {
  ISO_WEEK_LABEL_PATTERN,
  MONTH_LABEL_PATTERN,
  currentIsoWeekLabel,
  currentMonthLabel,
  isoWeekLabelOf,
  parseIsoWeekLabel,
  parseMonthLabel,
} from './period-labels';
export { isoWeekPeriod, monthPeriod } from './periods';
export type { StatisticsPeriod } from './periods';
export { SEXES } from './sex';
export type { Sex } from './sex';
export { isValidTimeZone, localDateOf } from './time-zone';
