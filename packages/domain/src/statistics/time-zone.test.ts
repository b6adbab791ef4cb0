import { describe, expect, it } from 'vitest';

import { isValidTimeZone, localDateOf } from './time-zone';

describe('isValidTimeZone', () => {
  it('accepts IANA zone names', () => {
    expect(isValidTimeZone('Asia/Tashkent')).toBe(true);
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('Pacific/Kiritimati')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });

  it('rejects unknown names', () => {
    expect(isValidTimeZone('Mars/Base')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('+05:00')).toBe(false);
  });

  it('rejects abbreviations read differently by PostgreSQL', () => {
    for (const abbreviation of ['IST', 'AET', 'EST', 'CST6CDT']) {
      expect(isValidTimeZone(abbreviation), abbreviation).toBe(false);
    }

    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Salta')).toBe(true);
  });
});

describe('localDateOf', () => {
  it('moves a late UTC evening into the next local day', () => {
    expect(localDateOf('2025-03-31T21:30:00Z', 'Asia/Tashkent')).toBe('2025-04-01');
  });

  it('keeps the previous local day west of UTC', () => {
    expect(localDateOf('2025-04-01T06:59:59.999Z', 'America/Los_Angeles')).toBe('2025-03-31');
    expect(localDateOf('2025-04-01T07:00:00.000Z', 'America/Los_Angeles')).toBe('2025-04-01');
  });

  it('gives different dates for one instant in zones far apart', () => {
    const now = '2025-03-31T12:00:00.000Z';

    expect(localDateOf(now, 'America/Los_Angeles')).toBe('2025-03-31');
    expect(localDateOf(now, 'Pacific/Kiritimati')).toBe('2025-04-01');
  });

  it('accepts a Date', () => {
    const instant = new Date('2025-03-31T10:00:00.000Z');

    expect(localDateOf(instant, 'Pacific/Kiritimati')).toBe('2025-04-01');
    expect(localDateOf(instant, 'UTC')).toBe('2025-03-31');
  });

  it('accepts a string with a UTC offset', () => {
    expect(localDateOf('2025-04-01T01:30:00+05:00', 'UTC')).toBe('2025-03-31');
  });

  it('rejects a string without a UTC offset', () => {
    expect(() => localDateOf('2025-03-31T21:30:00', 'UTC')).toThrow(
      'invalid instant "2025-03-31T21:30:00": expected ISO 8601 with "Z" or a UTC offset',
    );
  });

  it('rejects an unparseable string', () => {
    expect(() => localDateOf('2025-02-30T00:00:00Z', 'UTC')).toThrow(
      'invalid instant "2025-02-30T00:00:00Z"',
    );
  });

  it('rejects an invalid Date', () => {
    expect(() => localDateOf(new Date('nonsense'), 'UTC')).toThrow(
      'invalid instant "Invalid Date"',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => localDateOf('2025-03-31T21:30:00Z', 'Mars/Base')).toThrow(
      'unknown time zone "Mars/Base"',
    );
  });
});
