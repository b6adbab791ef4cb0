import { describe, expect, it } from 'vitest';

import { ageOn } from '../statistics/age';
import { MAX_FILTER_AGE, computeBirthDateBounds } from './age-range';
import type { AgeRange, BirthDateBounds } from './age-range';

function isWithin(birthDate: string, bounds: BirthDateBounds): boolean {
  const isAfterStart = bounds.bornOnOrAfter === null || birthDate >= bounds.bornOnOrAfter;
  const isBeforeEnd = bounds.bornOnOrBefore === null || birthDate <= bounds.bornOnOrBefore;

  return isAfterStart && isBeforeEnd;
}

/** Lists every calendar date from `start` to `end` inclusive, as 'YYYY-MM-DD'. */
function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  const last = Date.parse(`${end}T00:00:00Z`);

  for (let time = Date.parse(`${start}T00:00:00Z`); time <= last; time += 86_400_000) {
    dates.push(new Date(time).toISOString().slice(0, 10));
  }

  return dates;
}

describe('computeBirthDateBounds', () => {
  it('bounds an ordinary range on both sides', () => {
    expect(computeBirthDateBounds({ ageMin: 5, ageMax: 10 }, '2025-06-15')).toEqual({
      bornOnOrAfter: '2014-06-16',
      bornOnOrBefore: '2020-06-15',
    });
  });

  it('includes a client on the birthday that reaches ageMin', () => {
    const bounds = computeBirthDateBounds({ ageMin: 18 }, '2025-03-26');

    expect(bounds).toEqual({ bornOnOrAfter: null, bornOnOrBefore: '2007-03-26' });
    expect(ageOn('2007-03-26', '2025-03-26')).toBe(18);
    expect(ageOn('2007-03-27', '2025-03-26')).toBe(17);
  });

  it('includes a client on the day before the birthday past ageMax', () => {
    const bounds = computeBirthDateBounds({ ageMax: 17 }, '2025-03-26');

    expect(bounds).toEqual({ bornOnOrAfter: '2007-03-27', bornOnOrBefore: null });
  });

  it('selects one year of births for a single age', () => {
    expect(computeBirthDateBounds({ ageMin: 16, ageMax: 16 }, '2023-06-10')).toEqual({
      bornOnOrAfter: '2006-06-11',
      bornOnOrBefore: '2007-06-10',
    });
  });

  it('leaves the upper bound open for ageMin 0', () => {
    expect(computeBirthDateBounds({ ageMin: 0 }, '2025-01-10')).toEqual({
      bornOnOrAfter: null,
      bornOnOrBefore: null,
    });
  });

  it('selects births since the last year for ageMax 0', () => {
    expect(computeBirthDateBounds({ ageMin: 0, ageMax: 0 }, '2025-01-10')).toEqual({
      bornOnOrAfter: '2024-01-11',
      bornOnOrBefore: null,
    });
  });

  it('returns open bounds without ages', () => {
    expect(computeBirthDateBounds({}, '2025-01-10')).toEqual({
      bornOnOrAfter: null,
      bornOnOrBefore: null,
    });
  });

  it('moves to 28 February when today is 29 February', () => {
    expect(computeBirthDateBounds({ ageMin: 1, ageMax: 1 }, '2024-02-29')).toEqual({
      bornOnOrAfter: '2022-03-01',
      bornOnOrBefore: '2023-02-28',
    });
  });

  it('keeps 29 February in a leap year', () => {
    expect(computeBirthDateBounds({ ageMin: 16, ageMax: 16 }, '2024-02-29')).toEqual({
      bornOnOrAfter: '2007-03-01',
      bornOnOrBefore: '2008-02-29',
    });
  });

  it('counts a 29 February birthday on 1 March of a common year', () => {
    const onFirstOfMarch = computeBirthDateBounds({ ageMin: 17 }, '2025-03-01');
    const onLastOfFebruary = computeBirthDateBounds({ ageMin: 17 }, '2025-02-28');

    expect(onFirstOfMarch.bornOnOrBefore).toBe('2008-03-01');
    expect(isWithin('2008-02-29', onFirstOfMarch)).toBe(true);
    expect(onLastOfFebruary.bornOnOrBefore).toBe('2008-02-28');
    expect(isWithin('2008-02-29', onLastOfFebruary)).toBe(false);
  });

  it('rolls the lower bound over a year end', () => {
    expect(computeBirthDateBounds({ ageMax: 3 }, '2025-12-31')).toEqual({
      bornOnOrAfter: '2022-01-01',
      bornOnOrBefore: null,
    });
  });

  it('rolls the lower bound over a month end', () => {
    expect(computeBirthDateBounds({ ageMax: 3 }, '2025-04-30')).toEqual({
      bornOnOrAfter: '2021-05-01',
      bornOnOrBefore: null,
    });
  });

  it('accepts the maximum age', () => {
    expect(computeBirthDateBounds({ ageMin: MAX_FILTER_AGE }, '2025-06-15')).toEqual({
      bornOnOrAfter: null,
      bornOnOrBefore: '1875-06-15',
    });
  });

  it('agrees with ageOn for every birth date around leap years', () => {
    const todays = ['2024-02-28', '2024-02-29', '2024-03-01', '2025-02-28', '2025-03-01'];
    const ranges: AgeRange[] = [
      { ageMin: 0, ageMax: 0 },
      { ageMin: 1 },
      { ageMax: 1 },
      { ageMin: 1, ageMax: 2 },
      { ageMin: 2, ageMax: 4 },
    ];
    const births = datesBetween('2018-12-01', '2025-03-31');
    const mismatches: string[] = [];

    for (const today of todays) {
      for (const range of ranges) {
        const bounds = computeBirthDateBounds(range, today);

        for (const birthDate of births) {
          const age = ageOn(birthDate, today);
          const isExpected = age >= (range.ageMin ?? 0) && age <= (range.ageMax ?? Infinity);

          if (isWithin(birthDate, bounds) !== isExpected) {
            mismatches.push(`born ${birthDate}, today ${today}, range ${JSON.stringify(range)}`);
          }
        }
      }
    }

    expect(births).toHaveLength(2313);
    expect(mismatches).toEqual([]);
  });

  it('rejects ageMin greater than ageMax', () => {
    expect(() => computeBirthDateBounds({ ageMin: 10, ageMax: 5 }, '2025-06-15')).toThrow(
      'invalid age range: ageMin 10 is greater than ageMax 5',
    );
  });

  it('rejects a negative, fractional or too large age', () => {
    expect(() => computeBirthDateBounds({ ageMin: -1 }, '2025-06-15')).toThrow(
      'invalid ageMin -1: expected a whole number of years from 0 to 150',
    );
    expect(() => computeBirthDateBounds({ ageMax: 2.5 }, '2025-06-15')).toThrow(
      'invalid ageMax 2.5',
    );
    expect(() => computeBirthDateBounds({ ageMax: 151 }, '2025-06-15')).toThrow(
      'invalid ageMax 151',
    );
  });

  it('rejects a today that is not a calendar date', () => {
    expect(() => computeBirthDateBounds({ ageMin: 1 }, '2025-02-29')).toThrow(
      'invalid calendar date "2025-02-29"',
    );
  });
});
