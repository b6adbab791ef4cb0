import { describe, expect, it } from 'vitest';

import type { StatisticsPeriod } from './periods';
import { isoWeekPeriod, monthPeriod } from './periods';

const HOUR_MS = 60 * 60 * 1000;

function contains(period: StatisticsPeriod, instant: string): boolean {
  const time = Date.parse(instant);

  return Date.parse(period.start) <= time && time < Date.parse(period.end);
}

function lengthInHours(period: StatisticsPeriod): number {
  return (Date.parse(period.end) - Date.parse(period.start)) / HOUR_MS;
}

describe('monthPeriod', () => {
  it('starts April at local midnight in Tashkent', () => {
    expect(monthPeriod('2025-04', 'Asia/Tashkent')).toEqual({
      kind: 'month',
      label: '2025-04',
      start: '2025-03-31T19:00:00.000Z',
      end: '2025-04-30T19:00:00.000Z',
    });
  });

  it('puts a late UTC evening on 31 March in Tashkent April', () => {
    const instant = '2025-03-31T21:30:00.000Z';

    expect(contains(monthPeriod('2025-04', 'Asia/Tashkent'), instant)).toBe(true);
    expect(contains(monthPeriod('2025-03', 'Asia/Tashkent'), instant)).toBe(false);
  });

  it('gives different bounds in zones far apart', () => {
    const losAngeles = monthPeriod('2025-04', 'America/Los_Angeles');
    const tashkent = monthPeriod('2025-04', 'Asia/Tashkent');
    const kiritimati = monthPeriod('2025-04', 'Pacific/Kiritimati');

    expect(losAngeles.start).toBe('2025-04-01T07:00:00.000Z');
    expect(tashkent.start).toBe('2025-03-31T19:00:00.000Z');
    expect(kiritimati.start).toBe('2025-03-31T10:00:00.000Z');
    expect(Date.parse(losAngeles.start) - Date.parse(kiritimati.start)).toBe(21 * HOUR_MS);
  });

  it('rolls December into the next year', () => {
    expect(monthPeriod('2025-12', 'UTC')).toMatchObject({
      start: '2025-12-01T00:00:00.000Z',
      end: '2026-01-01T00:00:00.000Z',
    });
  });

  it('spans a spring-forward month with one hour less', () => {
    const march = monthPeriod('2025-03', 'America/Los_Angeles');

    expect(march.start).toBe('2025-03-01T08:00:00.000Z');
    expect(march.end).toBe('2025-04-01T07:00:00.000Z');
    expect(lengthInHours(march)).toBe(31 * 24 - 1);
  });

  it('ends where the next month starts', () => {
    const march = monthPeriod('2025-03', 'Europe/Berlin');
    const april = monthPeriod('2025-04', 'Europe/Berlin');

    expect(march.end).toBe(april.start);
  });

  it('rejects malformed labels', () => {
    for (const label of ['2025-13', 'abc', '2025-W13']) {
      expect(() => monthPeriod(label, 'UTC'), label).toThrow(`invalid month label "${label}"`);
    }
  });

  it('rejects an unknown time zone', () => {
    expect(() => monthPeriod('2025-04', 'Mars/Base')).toThrow('unknown time zone "Mars/Base"');
  });
});

describe('isoWeekPeriod', () => {
  it('runs Monday to Monday in Tashkent', () => {
    expect(isoWeekPeriod('2025-W13', 'Asia/Tashkent')).toEqual({
      kind: 'week',
      label: '2025-W13',
      start: '2025-03-23T19:00:00.000Z',
      end: '2025-03-30T19:00:00.000Z',
    });
  });

  it('contains Sunday evening of its own week', () => {
    const sundayEvening = '2025-03-30T18:00:00+05:00';

    expect(contains(isoWeekPeriod('2025-W13', 'Asia/Tashkent'), sundayEvening)).toBe(true);
  });

  it('excludes the next Monday midnight', () => {
    const mondayMidnight = '2025-03-31T00:00:00+05:00';

    expect(contains(isoWeekPeriod('2025-W13', 'Asia/Tashkent'), mondayMidnight)).toBe(false);
    expect(contains(isoWeekPeriod('2025-W14', 'Asia/Tashkent'), mondayMidnight)).toBe(true);
  });

  it('starts 2025-W01 in December 2024', () => {
    expect(isoWeekPeriod('2025-W01', 'UTC')).toMatchObject({
      start: '2024-12-30T00:00:00.000Z',
      end: '2025-01-06T00:00:00.000Z',
    });
  });

  it('accepts week 53 of 2020', () => {
    expect(isoWeekPeriod('2020-W53', 'Asia/Tashkent')).toEqual({
      kind: 'week',
      label: '2020-W53',
      start: '2020-12-27T19:00:00.000Z',
      end: '2021-01-03T19:00:00.000Z',
    });
  });

  it('rejects week 53 of 2021', () => {
    expect(() => isoWeekPeriod('2021-W53', 'UTC')).toThrow(
      'invalid ISO week label "2021-W53": ISO week-year 2021 has only 52 weeks',
    );
  });

  it('rejects malformed labels', () => {
    for (const label of ['2025-W54', 'abc', '2025-04']) {
      expect(() => isoWeekPeriod(label, 'UTC'), label).toThrow(`invalid ISO week label "${label}"`);
    }
  });

  it('rejects an unknown time zone', () => {
    expect(() => isoWeekPeriod('2025-W13', 'Mars/Base')).toThrow('unknown time zone "Mars/Base"');
  });

  it('gives different bounds in zones far apart', () => {
    expect(isoWeekPeriod('2025-W13', 'America/Los_Angeles').start).toBe('2025-03-24T07:00:00.000Z');
    expect(isoWeekPeriod('2025-W13', 'Pacific/Kiritimati').start).toBe('2025-03-23T10:00:00.000Z');
  });

  it('is 167 hours long across the Los Angeles spring change', () => {
    const week = isoWeekPeriod('2025-W10', 'America/Los_Angeles');

    expect(week.start).toBe('2025-03-03T08:00:00.000Z');
    expect(week.end).toBe('2025-03-10T07:00:00.000Z');
    expect(lengthInHours(week)).toBe(167);
  });

  it('is 169 hours long across the Berlin autumn change', () => {
    const week = isoWeekPeriod('2025-W43', 'Europe/Berlin');

    expect(week.start).toBe('2025-10-19T22:00:00.000Z');
    expect(week.end).toBe('2025-10-26T23:00:00.000Z');
    expect(lengthInHours(week)).toBe(169);
  });

  it('starts at 01:00 when local midnight is skipped', () => {
    // In the tz database, Asia/Tehran moved clocks from 00:00 to 01:00 on Monday 22 March 2021.
    const week = isoWeekPeriod('2021-W12', 'Asia/Tehran');
    const previousWeek = isoWeekPeriod('2021-W11', 'Asia/Tehran');

    expect(week.start).toBe('2021-03-21T20:30:00.000Z');
    expect(week.end).toBe('2021-03-28T19:30:00.000Z');
    expect(lengthInHours(week)).toBe(167);
    expect(previousWeek.end).toBe(week.start);
    expect(lengthInHours(previousWeek)).toBe(168);
  });
});
