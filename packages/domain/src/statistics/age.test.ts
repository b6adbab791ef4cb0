import { describe, expect, it } from 'vitest';

import { ageOn } from './age';

describe('ageOn', () => {
  it('counts a birthday not yet reached this year', () => {
    expect(ageOn('2006-06-15', '2023-06-10')).toBe(16);
  });

  it('counts the birthday itself as reached', () => {
    expect(ageOn('2007-03-26', '2025-03-26')).toBe(18);
  });

  it('counts the day before the birthday as not reached', () => {
    expect(ageOn('2007-03-27', '2025-03-26')).toBe(17);
  });

  it('does not count a 29 February birthday on 28 February', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('counts a 29 February birthday on 1 March', () => {
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('counts a 29 February birthday on 29 February', () => {
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('returns 0 on the date of birth', () => {
    expect(ageOn('2025-01-10', '2025-01-10')).toBe(0);
  });

  it('returns 0 on the day before the first birthday', () => {
    expect(ageOn('2024-01-10', '2025-01-09')).toBe(0);
  });

  it('returns 1 on the first birthday', () => {
    expect(ageOn('2024-01-10', '2025-01-10')).toBe(1);
  });

  it('clamps a birth after the visit to 0', () => {
    expect(ageOn('2025-06-01', '2025-05-31')).toBe(0);
    expect(ageOn('2030-01-01', '2025-05-31')).toBe(0);
  });

  it('compares month before day', () => {
    expect(ageOn('2000-12-01', '2025-01-31')).toBe(24);
    expect(ageOn('2000-01-31', '2025-12-01')).toBe(25);
  });

  it('rejects a malformed birth date', () => {
    expect(() => ageOn('2008-2-29', '2025-01-01')).toThrow(
      'invalid calendar date "2008-2-29": expected an existing date as YYYY-MM-DD',
    );
  });

  it('rejects a visit date that does not exist', () => {
    expect(() => ageOn('2008-02-29', '2025-02-29')).toThrow('invalid calendar date "2025-02-29"');
    expect(() => ageOn('2008-02-29', '2025-13-01')).toThrow('invalid calendar date "2025-13-01"');
  });

  it('rejects a date with a time part', () => {
    expect(() => ageOn('2008-02-29T00:00:00Z', '2025-01-01')).toThrow(
      'invalid calendar date "2008-02-29T00:00:00Z"',
    );
  });
});
