import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ageOn } from './age';
import type { BandClient, BandKey } from './bands';
import { BAND_KEYS, STATISTICS_BANDS, bandOf, emptyBandCounts, tallyBands } from './bands';
import { SEXES } from './sex';
import type { Sex } from './sex';

/** Expected band for a client who is not disabled, by sex and age. */
function expectedBandWithoutFlag(sex: Sex, age: number): BandKey {
  if (age >= 19) {
    return 'adults';
  }

  if (age === 0) {
    return 'infants';
  }

  switch (sex) {
    case 'male':
      return age <= 16 ? 'boys1to16' : 'boys17to18';
    case 'female':
      return 'girls';
    case 'other':
    case 'unknown':
      return 'otherChildren';
  }
}

const BOUNDARY_AGES = [0, 1, 16, 17, 18, 19];

describe('STATISTICS_BANDS', () => {
  it('lists bands in BAND_KEYS order', () => {
    expect(STATISTICS_BANDS.map((band) => band.key)).toEqual([...BAND_KEYS]);
  });

  it('labels every band in plain English', () => {
    const labels = Object.fromEntries(STATISTICS_BANDS.map((band) => [band.key, band.label]));

    expect(labels).toEqual({
      disabledChildren: 'Disabled children (0–18)',
      adults: 'Adults (19 and over)',
      infants: 'Children aged 0 to 1',
      boys1to16: 'Boys 1–16',
      boys17to18: 'Boys 17–18',
      girls: 'Girls 1–18',
      otherChildren: 'Children of other or unknown sex (1–18)',
    });
  });

  it('stores each rule as data', () => {
    expect(STATISTICS_BANDS[0]).toEqual({
      key: 'disabledChildren',
      label: 'Disabled children (0–18)',
      isDisabled: true,
      sexes: null,
      minAge: 0,
      maxAge: 18,
    });
    expect(STATISTICS_BANDS[1]).toMatchObject({ isDisabled: null, minAge: 19, maxAge: null });
    expect(STATISTICS_BANDS[6]).toMatchObject({ sexes: ['other', 'unknown'], isDisabled: false });
  });

  it('cannot be changed at runtime', () => {
    expect(Object.isFrozen(STATISTICS_BANDS)).toBe(true);
    for (const band of STATISTICS_BANDS) {
      expect(Object.isFrozen(band)).toBe(true);
      if (band.sexes !== null) {
        expect(Object.isFrozen(band.sexes)).toBe(true);
      }
    }
  });
});

describe('BAND_KEYS', () => {
  it('works as a zod enum', () => {
    const schema = z.enum(BAND_KEYS);

    expect(schema.parse('girls')).toBe('girls');
    expect(schema.safeParse('teenagers').success).toBe(false);
  });
});

describe('bandOf', () => {
  it('puts a 16-year-old boy in boys1to16', () => {
    const age = ageOn('2006-06-15', '2023-06-10');

    expect(bandOf({ sex: 'male', isDisabled: false, age })).toBe('boys1to16');
  });

  it('puts a boy on his 18th birthday in boys17to18', () => {
    const age = ageOn('2007-03-26', '2025-03-26');

    expect(bandOf({ sex: 'male', isDisabled: false, age })).toBe('boys17to18');
  });

  it('puts a boy a day before 18 in boys17to18', () => {
    const age = ageOn('2007-03-27', '2025-03-26');

    expect(bandOf({ sex: 'male', isDisabled: false, age })).toBe('boys17to18');
  });

  it('puts a disabled 18-year-old in disabledChildren', () => {
    expect(bandOf({ sex: 'female', isDisabled: true, age: 18 })).toBe('disabledChildren');
  });

  it('puts a disabled 19-year-old in adults', () => {
    expect(bandOf({ sex: 'female', isDisabled: true, age: 19 })).toBe('adults');
  });

  it('puts a disabled infant in disabledChildren', () => {
    expect(bandOf({ sex: 'unknown', isDisabled: true, age: 0 })).toBe('disabledChildren');
  });

  it('puts every sex aged 0 without the flag in infants', () => {
    for (const sex of SEXES) {
      expect(bandOf({ sex, isDisabled: false, age: 0 }), sex).toBe('infants');
    }
  });

  it('handles every boundary age for each sex without the flag', () => {
    for (const sex of SEXES) {
      for (const age of BOUNDARY_AGES) {
        const expected = expectedBandWithoutFlag(sex, age);

        expect(bandOf({ sex, isDisabled: false, age }), `${sex} aged ${age}`).toBe(expected);
      }
    }
  });

  it('handles every boundary age for each sex with the flag', () => {
    for (const sex of SEXES) {
      for (const age of BOUNDARY_AGES) {
        const expected = age <= 18 ? 'disabledChildren' : 'adults';

        expect(bandOf({ sex, isDisabled: true, age }), `${sex} aged ${age}`).toBe(expected);
      }
    }
  });

  it('matches the boundary table exactly', () => {
    const cases: [Sex, number, BandKey][] = [
      ['male', 1, 'boys1to16'],
      ['male', 16, 'boys1to16'],
      ['male', 17, 'boys17to18'],
      ['male', 18, 'boys17to18'],
      ['male', 19, 'adults'],
      ['female', 1, 'girls'],
      ['female', 18, 'girls'],
      ['female', 19, 'adults'],
      ['other', 1, 'otherChildren'],
      ['other', 18, 'otherChildren'],
      ['unknown', 17, 'otherChildren'],
      ['unknown', 19, 'adults'],
    ];

    for (const [sex, age, expected] of cases) {
      expect(bandOf({ sex, isDisabled: false, age }), `${sex} aged ${age}`).toBe(expected);
    }
  });

  it('puts very old clients in adults', () => {
    expect(bandOf({ sex: 'other', isDisabled: true, age: 120 })).toBe('adults');
  });

  it('rejects a negative age', () => {
    expect(() => bandOf({ sex: 'male', isDisabled: false, age: -1 })).toThrow('invalid age -1');
  });

  it('rejects a fractional age', () => {
    expect(() => bandOf({ sex: 'male', isDisabled: false, age: 1.5 })).toThrow('invalid age 1.5');
  });

  it('rejects a sex outside SEXES', () => {
    const client = { sex: 'x' as Sex, isDisabled: false, age: 5 };

    expect(() => bandOf(client)).toThrow(
      'invalid sex "x": expected one of male, female, other, unknown',
    );
  });
});

describe('emptyBandCounts', () => {
  it('returns zero for every band key', () => {
    expect(emptyBandCounts()).toEqual({
      disabledChildren: 0,
      adults: 0,
      infants: 0,
      boys1to16: 0,
      boys17to18: 0,
      girls: 0,
      otherChildren: 0,
    });
  });

  it('returns a fresh object each call', () => {
    const first = emptyBandCounts();
    first.girls = 3;

    expect(emptyBandCounts().girls).toBe(0);
  });
});

describe('tallyBands', () => {
  it('returns zero counts for no clients', () => {
    expect(tallyBands([])).toEqual(emptyBandCounts());
  });

  it('counts one client per band', () => {
    const clients: BandClient[] = [
      { sex: 'female', isDisabled: true, age: 10 },
      { sex: 'male', isDisabled: false, age: 45 },
      { sex: 'female', isDisabled: true, age: 30 },
      { sex: 'other', isDisabled: false, age: 0 },
      { sex: 'male', isDisabled: false, age: 1 },
      { sex: 'male', isDisabled: false, age: 16 },
      { sex: 'male', isDisabled: false, age: 17 },
      { sex: 'female', isDisabled: false, age: 18 },
      { sex: 'unknown', isDisabled: false, age: 2 },
    ];

    expect(tallyBands(clients)).toEqual({
      disabledChildren: 1,
      adults: 2,
      infants: 1,
      boys1to16: 2,
      boys17to18: 1,
      girls: 1,
      otherChildren: 1,
    });
  });

  it('sums to the number of clients', () => {
    const clients: BandClient[] = [];
    for (const sex of SEXES) {
      for (const isDisabled of [false, true]) {
        for (let age = 0; age <= 25; age += 1) {
          clients.push({ sex, isDisabled, age });
        }
      }
    }

    const counts = tallyBands(clients);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);

    expect(clients).toHaveLength(208);
    expect(total).toBe(208);
  });
});
