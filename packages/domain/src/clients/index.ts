export { MAX_FILTER_AGE, computeBirthDateBounds } from './age-range';
export type { AgeRange, BirthDateBounds } from './age-range';
