/**
 * Money in the client: the API stores integers in minor units of the clinic's currency. Amounts
 * typed as decimals are converted digit by digit, so no value ever passes through a float.
 */

/**
 * Returns the number of minor-unit digits of an ISO 4217 currency from the runtime's Intl data:
 * 2 for UZS and EUR, 0 for JPY.
 */
export function minorDigitsOf(currency: string): number {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });

    return format.resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export type MoneyParseResult = { ok: true; minor: number } | { ok: false; message: string };

const MAX_MINOR_UNITS = 1_000_000_000_000;
const GROUPING_SPACES = /[\s\u00a0\u202f]/g;
const DECIMAL_PATTERN = /^(\d+)(?:[.,](\d*))?$/;

/**
 * Parses an amount typed in major units, such as '12.10' or '12,1', into minor units (1210).
 * Spaces between digit groups are ignored and either '.' or ',' is the decimal separator.
 *
 * @example parseMoney('12.10', 2) // { ok: true, minor: 1210 }
 * @example parseMoney('  ', 2) // { ok: false, message: 'must not be blank' }
 */
export function parseMoney(text: string, minorDigits: number): MoneyParseResult {
  const compact = text.replace(GROUPING_SPACES, '');

  if (compact === '') {
    return { ok: false, message: 'must not be blank' };
  }

  const match = DECIMAL_PATTERN.exec(compact);

  if (!match) {
    return { ok: false, message: `"${text.trim()}" is not an amount such as 12.10` };
  }

  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';

  if (fraction.length > minorDigits) {
    return {
      ok: false,
      message:
        minorDigits === 0
          ? 'must be a whole amount in this currency'
          : `must have at most ${minorDigits} digits after the decimal point`,
    };
  }

  const digits = (whole + fraction.padEnd(minorDigits, '0')).replace(/^0+(?=\d)/, '');

  // A digit string longer than the limit's is over it; shorter ones convert to a safe integer.
  if (digits.length > String(MAX_MINOR_UNITS).length || Number(digits) > MAX_MINOR_UNITS) {
    return { ok: false, message: 'is too large' };
  }

  return { ok: true, minor: Number(digits) };
}

/**
 * Formats minor units as a plain decimal in major units, the form `parseMoney` reads back.
 *
 * @example formatMinorUnits(1210, 2) // '12.10'
 * @example formatMinorUnits(5, 2) // '0.05'
 */
export function formatMinorUnits(minor: number, minorDigits: number): string {
  if (!Number.isSafeInteger(minor)) {
    throw new Error(`invalid amount ${minor}: expected a whole number of minor units`);
  }

  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor));

  if (minorDigits === 0) {
    return sign + digits;
  }

  const padded = digits.padStart(minorDigits + 1, '0');
  const whole = padded.slice(0, padded.length - minorDigits);
  const fraction = padded.slice(padded.length - minorDigits);

  return `${sign}${whole}.${fraction}`;
}

/**
 * Formats minor units with the currency, e.g. 'UZS 12.10' or '€12.10'. The amount goes to Intl
 * as a decimal string, which Intl.NumberFormat formats exactly (ECMA-402, 2023 edition).
 */
export function formatMoney(minor: number, currency: string): string {
  const minorDigits = minorDigitsOf(currency);
  const decimal = formatMinorUnits(minor, minorDigits);

  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });

    return format.format(decimal as Intl.StringNumericLiteral);
  } catch {
    return `${decimal} ${currency}`;
  }
}
