import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import {
  ISO_WEEK_LABEL_PATTERN,
  MONTH_LABEL_PATTERN,
  currentIsoWeekLabel,
  currentMonthLabel,
  isoWeekLabelOf,
  parseIsoWeekLabel,
  parseMonthLabel,
} from './period-labels';

describe('MONTH_LABEL_PATTERN', () => {
  it('works in a zod schema', () => {
    const schema = z.string().regex(MONTH_LABEL_PATTERN);

    expect(schema.safeParse('2025-04').success).toBe(true);
    expect(schema.safeParse('2025-13').success).toBe(false);
    expect(schema.safeParse('2025-4').success).toBe(false);
  });
});

describe('ISO_WEEK_LABEL_PATTERN', () => {
  it('works in a zod schema', () => {
    const schema = z.string().regex(ISO_WEEK_LABEL_PATTERN);

    expect(schema.safeParse('2025-W13').success).toBe(true);
    expect(schema.safeParse('2025-W54').success).toBe(false);
    expect(schema.safeParse('2025-W00').success).toBe(false);
  });
});

describe('parseMonthLabel', () => {
  it('splits year and month', () => {
    expect(parseMonthLabel('2025-04')).toEqual({ year: 2025, month: 4 });
  });

  it('rejects malformed labels', () => {
    for (const label of ['2025-13', '2025-00', '2025-4', 'abc', '2025-04-01', ' 2025-04']) {
      expect(() => parseMonthLabel(label), label).toThrow(`invalid month label "${label}"`);
    }
  });
});

describe('parseIsoWeekLabel', () => {
  it('splits week-year and week', () => {
    expect(parseIsoWeekLabel('2025-W13')).toEqual({ weekYear: 2025, weekNumber: 13 });
  });

  it('accepts week 53 of a 53-week year', () => {
    expect(parseIsoWeekLabel('2020-W53')).toEqual({ weekYear: 2020, weekNumber: 53 });
  });

  it('rejects week 53 of a 52-week year', () => {
    expect(() => parseIsoWeekLabel('2021-W53')).toThrow(
      'invalid ISO week label "2021-W53": ISO week-year 2021 has only 52 weeks',
    );
  });

  it('rejects malformed labels', () => {
    for (const label of ['2025-W54', '2025-W00', '2025-W5', '2025W13', 'abc', '2025-w13']) {
      expect(() => parseIsoWeekLabel(label), label).toThrow(`invalid ISO week label "${label}"`);
    }
  });
});

describe('isoWeekLabelOf', () => {
  it('puts 30 December 2024 in 2025-W01', () => {
    expect(isoWeekLabelOf('2024-12-30')).toBe('2025-W01');
  });

  it('puts 1 January 2021 in 2020-W53', () => {
    expect(isoWeekLabelOf('2021-01-01')).toBe('2020-W53');
  });

  it('labels an ordinary week', () => {
    expect(isoWeekLabelOf('2025-03-24')).toBe('2025-W13');
    expect(isoWeekLabelOf('2025-03-30')).toBe('2025-W13');
    expect(isoWeekLabelOf('2025-03-31')).toBe('2025-W14');
  });

  it('rejects a malformed date', () => {
    expect(() => isoWeekLabelOf('2025-02-30')).toThrow('invalid calendar date "2025-02-30"');
  });
});

describe('currentMonthLabel', () => {
  const now = new Date('2025-03-31T12:00:00.000Z');

  it('uses the local date west of UTC', () => {
    expect(currentMonthLabel('America/Los_Angeles', now)).toBe('2025-03');
  });

  it('uses the local date east of UTC', () => {
    expect(currentMonthLabel('Pacific/Kiritimati', now)).toBe('2025-04');
  });

  it('changes month at local midnight', () => {
    expect(currentMonthLabel('Asia/Tashkent', new Date('2025-03-31T18:59:59.999Z'))).toBe(
      '2025-03',
    );
    expect(currentMonthLabel('Asia/Tashkent', new Date('2025-03-31T19:00:00.000Z'))).toBe(
      '2025-04',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => currentMonthLabel('Mars/Base', now)).toThrow('unknown time zone "Mars/Base"');
  });

  it('rejects an invalid Date', () => {
    expect(() => currentMonthLabel('UTC', new Date(Number.NaN))).toThrow('invalid instant');
  });
});

describe('currentIsoWeekLabel', () => {
  const now = new Date('2025-03-30T12:00:00.000Z');

  it('uses the local date west of UTC', () => {
    expect(currentIsoWeekLabel('America/Los_Angeles', now)).toBe('2025-W13');
  });

  it('uses the local date east of UTC', () => {
    expect(currentIsoWeekLabel('Pacific/Kiritimati', now)).toBe('2025-W14');
  });

  it('changes week at local Monday midnight', () => {
    expect(currentIsoWeekLabel('Asia/Tashkent', new Date('2025-03-30T18:59:59.999Z'))).toBe(
      '2025-W13',
    );
    expect(currentIsoWeekLabel('Asia/Tashkent', new Date('2025-03-30T19:00:00.000Z'))).toBe(
      '2025-W14',
    );
  });

  it('uses the ISO week-year at New Year', () => {
    const newYearsEve = new Date('2024-12-31T12:00:00.000Z');

    expect(currentIsoWeekLabel('UTC', newYearsEve)).toBe('2025-W01');
  });

  it('rejects an unknown time zone', () => {
    expect(() => currentIsoWeekLabel('Mars/Base', now)).toThrow('unknown time zone "Mars/Base"');
  });
});
