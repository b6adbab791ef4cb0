import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  addDays,
  formatCalendarDate,
  formatDateTime,
  formatTime,
  instantOfWallTime,
  localDaysRange,
  localDateIn,
  mondayOf,
  todayIn,
  wallTimeOf,
  zonedInstant,
} from './clinic-time';

const PROCESS_ZONES = ['UTC', 'Asia/Tashkent', 'America/Los_Angeles', 'Pacific/Kiritimati'];

describe.each(PROCESS_ZONES)('clinic time with the process in %s', (processZone) => {
  const originalZone = process.env.TZ;

  beforeEach(() => {
    process.env.TZ = processZone;
  });

  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('shows instants on the clinic clock', () => {
    expect(formatTime('2025-03-31T21:30:00.000Z', 'Asia/Tashkent')).toBe('02:30');
    expect(formatDateTime('2025-03-31T21:30:00.000Z', 'Asia/Tashkent')).toBe(
      'Tue 1 Apr 2025, 02:30',
    );
    expect(localDateIn('2025-03-31T21:30:00.000Z', 'Asia/Tashkent')).toBe('2025-04-01');
    expect(wallTimeOf('2025-03-31T05:00:00.000Z', 'Asia/Tashkent')).toBe('2025-03-31 10:00:00');
  });

  it('reads typed times in the clinic zone with its offset', () => {
    expect(zonedInstant('2025-03-31', '10:00', 'Asia/Tashkent')).toEqual({
      ok: true,
      instant: '2025-03-31T10:00:00.000+05:00',
    });
    expect(zonedInstant('2025-07-01', '09:30', 'America/Los_Angeles')).toEqual({
      ok: true,
      instant: '2025-07-01T09:30:00.000-07:00',
    });
    expect(instantOfWallTime('2025-03-31 10:00:00', 'Asia/Tashkent')).toEqual({
      ok: true,
      instant: '2025-03-31T10:00:00.000+05:00',
    });
  });

  it('formats birth dates from their parts', () => {
    expect(formatCalendarDate('2015-03-08')).toBe('8 March 2015');
    expect(formatCalendarDate('2024-02-29')).toBe('29 February 2024');
  });

  it('bounds clinic-local days in UTC', () => {
    expect(localDaysRange('2025-04-01', 1, 'Asia/Tashkent')).toEqual({
      from: '2025-03-31T19:00:00.000Z',
      to: '2025-04-01T19:00:00.000Z',
    });
    expect(localDaysRange('2025-03-24', 7, 'Asia/Tashkent')).toEqual({
      from: '2025-03-23T19:00:00.000Z',
      to: '2025-03-30T19:00:00.000Z',
    });
  });
});

describe('zonedInstant', () => {
  it('rejects a time the clocks skip', () => {
    const result = zonedInstant('2025-03-30', '02:30', 'Europe/Berlin');

    expect(result).toEqual({
      ok: false,
      message: '02:30 does not exist on 2025-03-30 in Europe/Berlin: the clocks skip it',
    });
  });

  it('reads a repeated time as the first of the two', () => {
    expect(zonedInstant('2025-10-26', '02:30', 'Europe/Berlin')).toEqual({
      ok: true,
      instant: '2025-10-26T02:30:00.000+02:00',
    });
  });

  it.each([
    ['2025-02-30', '10:00', '2025-02-30 is not a date in the calendar'],
    ['31.03.2025', '10:00', '"31.03.2025" is not a date as YYYY-MM-DD'],
    ['2025-03-31', '25:00', '"25:00" is not a time as HH:mm'],
    ['2025-03-31', '', '"" is not a time as HH:mm'],
  ])('rejects %j %j', (date, time, message) => {
    expect(zonedInstant(date, time, 'Asia/Tashkent')).toEqual({ ok: false, message });
  });
});

describe('calendar dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('finds the Monday of an ISO week', () => {
    expect(mondayOf('2025-03-30')).toBe('2025-03-24');
    expect(mondayOf('2025-03-31')).toBe('2025-03-31');
    expect(mondayOf('2025-01-01')).toBe('2024-12-30');
  });

  it("takes today's date from the clinic zone", () => {
    const now = new Date('2025-03-31T21:30:00Z');

    expect(todayIn('Asia/Tashkent', now)).toBe('2025-04-01');
    expect(todayIn('America/Los_Angeles', now)).toBe('2025-03-31');
  });
});
