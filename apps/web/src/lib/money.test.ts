import { describe, expect, it } from 'vitest';

import { formatMinorUnits, formatMoney, minorDigitsOf, parseMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['12.10', 1210],
    ['12.1', 1210],
    ['12,10', 1210],
    ['0.20', 20],
    ['0.1', 10],
    ['0.01', 1],
    ['35', 3500],
    ['35.', 3500],
    [' 1 234.56 ', 123456],
    ['0', 0],
    ['000.05', 5],
    ['10000000000', 1_000_000_000_000],
  ])('reads %j as %i minor units', (text, minor) => {
    expect(parseMoney(text, 2)).toEqual({ ok: true, minor });
  });

  it('sums typed amounts exactly', () => {
    const total = ['12.10', '0.20', '0.10']
      .map((text) => parseMoney(text, 2))
      .reduce((sum, result) => sum + (result.ok ? result.minor : Number.NaN), 0);

    expect(total).toBe(1240);
    expect(formatMinorUnits(total, 2)).toBe('12.40');
  });

  it.each(['', '   ', '\u00a0'])('rejects blank input %j instead of reading zero', (text) => {
    expect(parseMoney(text, 2)).toEqual({ ok: false, message: 'must not be blank' });
  });

  it.each(['-1', '1e3', 'abc', '12.1.0', '.5', '+3', '0x10', 'Infinity'])(
    'rejects %j as not an amount',
    (text) => {
      const result = parseMoney(text, 2);

      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message).toContain('is not an amount');
    },
  );

  it('rejects more decimals than the currency has', () => {
    expect(parseMoney('12.105', 2)).toEqual({
      ok: false,
      message: 'must have at most 2 digits after the decimal point',
    });
    expect(parseMoney('500.5', 0)).toEqual({
      ok: false,
      message: 'must be a whole amount in this currency',
    });
  });

  it('reads whole amounts of a currency without minor digits', () => {
    expect(parseMoney('500', 0)).toEqual({ ok: true, minor: 500 });
  });

  it('rejects amounts above the API limit', () => {
    expect(parseMoney('10000000000.01', 2)).toEqual({ ok: false, message: 'is too large' });
    expect(parseMoney('99999999999999999999', 2)).toEqual({ ok: false, message: 'is too large' });
  });
});

describe('formatMinorUnits', () => {
  it.each([
    [1210, 2, '12.10'],
    [5, 2, '0.05'],
    [0, 2, '0.00'],
    [3500, 2, '35.00'],
    [1, 3, '0.001'],
    [500, 0, '500'],
    [-250, 2, '-2.50'],
  ])('formats %i with %i digits as %j', (minor, digits, text) => {
    expect(formatMinorUnits(minor, digits)).toBe(text);
  });

  it('round-trips through parseMoney', () => {
    for (const minor of [0, 1, 9, 10, 99, 100, 1210, 123456789]) {
      expect(parseMoney(formatMinorUnits(minor, 2), 2)).toEqual({ ok: true, minor });
    }
  });

  it('rejects a fractional amount', () => {
    expect(() => formatMinorUnits(12.5, 2)).toThrow('invalid amount 12.5');
  });
});

describe('minorDigitsOf', () => {
  it('takes the digits from the currency', () => {
    expect(minorDigitsOf('EUR')).toBe(2);
    expect(minorDigitsOf('JPY')).toBe(0);
    expect(minorDigitsOf('KWD')).toBe(3);
  });
});

describe('formatMoney', () => {
  it('shows the currency and every minor digit', () => {
    expect(formatMoney(1210, 'EUR')).toBe('€12.10');
    expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
  });
});
