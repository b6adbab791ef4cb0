import { monthPeriod } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { instantAtLocalTime } from './local-time';

const ZONES = [
  'Asia/Tashkent',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
];

describe('instantAtLocalTime', () => {
  it('matches the month starts computed with luxon', () => {
    for (const zone of ZONES) {
      for (let month = 1; month <= 12; month += 1) {
        const label = `2026-${String(month).padStart(2, '0')}`;

        expect(instantAtLocalTime(`${label}-01`, 0, zone), `${zone} ${label}`).toBe(
          monthPeriod(label, zone).start,
        );
      }
    }
  });

  it('converts a time in Tashkent, which has no daylight saving', () => {
    expect(instantAtLocalTime('2026-03-11', 9 * 60, 'Asia/Tashkent')).toBe(
      '2026-03-11T04:00:00.000Z',
    );
    expect(instantAtLocalTime('2026-07-01', 17 * 60, 'Asia/Tashkent')).toBe(
      '2026-07-01T12:00:00.000Z',
    );
  });

  it('uses the offset in force on each side of a spring-forward change', () => {
    const zone = 'America/Los_Angeles';

    expect(instantAtLocalTime('2026-03-08', 60, zone)).toBe('2026-03-08T09:00:00.000Z');
    expect(instantAtLocalTime('2026-03-08', 3 * 60, zone)).toBe('2026-03-08T10:00:00.000Z');
    expect(instantAtLocalTime('2026-03-08', 9 * 60, zone)).toBe('2026-03-08T16:00:00.000Z');
    expect(instantAtLocalTime('2026-03-06', 9 * 60, zone)).toBe('2026-03-06T17:00:00.000Z');
  });

  it('uses the offset in force after a fall-back change', () => {
    const zone = 'America/Los_Angeles';

    expect(instantAtLocalTime('2026-11-01', 9 * 60, zone)).toBe('2026-11-01T17:00:00.000Z');
    expect(instantAtLocalTime('2026-10-31', 9 * 60, zone)).toBe('2026-10-31T16:00:00.000Z');
  });

  it('counts minutes past midnight into the next hours', () => {
    expect(instantAtLocalTime('2026-01-15', 8 * 60 + 50, 'Europe/London')).toBe(
      '2026-01-15T08:50:00.000Z',
    );
  });
});
