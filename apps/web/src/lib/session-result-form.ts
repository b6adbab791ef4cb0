import type {
  ClinicalPartInput,
  PaymentPartInput,
  PaymentStatus,
  SessionResult,
} from '@medsys/domain';

import type { FieldNameMap, FormErrors, MappedInput } from './form-errors';
import { formatMinorUnits, parseMoney } from './money';

export type ClinicalFormValues = {
  complaints: string;
  examination: string;
  diagnosis: string;
  diagnosisCode: string;
  treatment: string;
  recommendations: string;
};

/** The payment form's values: amounts as typed, in major units such as '12.10'. */
export type PaymentFormValues = {
  price: string;
  paid: string;
  paymentStatus: PaymentStatus;
};

export const EMPTY_CLINICAL_FORM: ClinicalFormValues = {
  complaints: '',
  examination: '',
  diagnosis: '',
  diagnosisCode: '',
  treatment: '',
  recommendations: '',
};

export const EMPTY_PAYMENT_FORM: PaymentFormValues = {
  price: '',
  paid: '0',
  paymentStatus: 'unpaid',
};

/** Form fields that show the API's payment errors, for both `payment.*` and top-level paths. */
export const PAYMENT_FIELD_NAMES: FieldNameMap = {
  priceMinor: 'price',
  paidMinor: 'paid',
  'payment.priceMinor': 'price',
  'payment.paidMinor': 'paid',
  'payment.paymentStatus': 'paymentStatus',
};

/** Form fields that show the API's clinical errors when the part is sent as `clinical`. */
export const CLINICAL_FIELD_NAMES: FieldNameMap = Object.fromEntries(
  Object.keys(EMPTY_CLINICAL_FORM).map((field) => [`clinical.${field}`, field]),
);

export function toClinicalInput(values: ClinicalFormValues): MappedInput<ClinicalPartInput> {
  return { input: { ...values }, errors: {} };
}

/** Converts typed amounts to minor units; an amount that cannot be read is an error at its field. */
export function toPaymentInput(
  values: PaymentFormValues,
  minorDigits: number,
): MappedInput<PaymentPartInput> {
  const errors: FormErrors = {};
  const price = parseMoney(values.price, minorDigits);
  const paid = parseMoney(values.paid, minorDigits);

  if (!price.ok) {
    errors.price = price.message;
  }

  if (!paid.ok) {
    errors.paid = paid.message;
  }

  const input = {
    priceMinor: price.ok ? price.minor : Number.NaN,
    paidMinor: paid.ok ? paid.minor : Number.NaN,
    paymentStatus: values.paymentStatus,
  };

  if (price.ok && paid.ok) {
    const mismatch = describePaidMismatch(input, values);

    if (mismatch) {
      errors.paid = mismatch;
    }
  }

  return { input, errors };
}

/**
 * Tells why the paid amount does not fit the status, in the amounts as typed. The API checks the
 * same rule and words it in minor units, which would puzzle someone who typed '12.10'.
 */
function describePaidMismatch(input: PaymentPartInput, values: PaymentFormValues): string | null {
  const { priceMinor, paidMinor, paymentStatus } = input;

  switch (paymentStatus) {
    case 'unpaid':
      return paidMinor === 0 ? null : 'must be 0 while the status is Unpaid';
    case 'partial':
      return paidMinor > 0 && paidMinor < priceMinor
        ? null
        : `must be more than 0 and less than the price ${values.price.trim()} while the status is Partly paid`;
    case 'paid':
      return paidMinor === priceMinor
        ? null
        : `must equal the price ${values.price.trim()} while the status is Paid`;
    case 'waived':
      return null;
  }
}

export function clinicalFormValuesOf(result: SessionResult): ClinicalFormValues {
  return {
    complaints: result.complaints ?? '',
    examination: result.examination ?? '',
    diagnosis: result.diagnosis ?? '',
    diagnosisCode: result.diagnosisCode ?? '',
    treatment: result.treatment ?? '',
    recommendations: result.recommendations ?? '',
  };
}

export function paymentFormValuesOf(result: SessionResult, minorDigits: number): PaymentFormValues {
  return {
    price: formatMinorUnits(result.priceMinor, minorDigits),
    paid: formatMinorUnits(result.paidMinor, minorDigits),
    paymentStatus: result.paymentStatus,
  };
}
