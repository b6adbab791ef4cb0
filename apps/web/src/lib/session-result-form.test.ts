import type { SessionResult } from '@medsys/domain';
import { clinicalPartInput, paymentPartInput, recordSessionResultInput } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { validateMapped } from './form-errors';
import {
  EMPTY_CLINICAL_FORM,
  PAYMENT_FIELD_NAMES,
  clinicalFormValuesOf,
  paymentFormValuesOf,
  toClinicalInput,
  toPaymentInput,
} from './session-result-form';

describe('payment form mapping', () => {
  it('converts typed amounts to minor units by digits', () => {
    const { input, errors } = toPaymentInput(
      { price: '12.10', paid: '12.1', paymentStatus: 'paid' },
      2,
    );

    expect(errors).toEqual({});
    expect(input).toEqual({ priceMinor: 1210, paidMinor: 1210, paymentStatus: 'paid' });
    expect(paymentPartInput.parse(input)).toEqual(input);
  });

  it('rejects a blank price at the price field instead of sending 0', () => {
    const mapped = toPaymentInput({ price: '  ', paid: '0', paymentStatus: 'unpaid' }, 2);
    const errors = validateMapped(mapped, paymentPartInput, PAYMENT_FIELD_NAMES);

    expect(errors).toEqual({ price: 'must not be blank' });
  });

  it('rejects a paid amount off the status', () => {
    const mapped = toPaymentInput({ price: '35.00', paid: '10', paymentStatus: 'paid' }, 2);
    const errors = validateMapped(mapped, paymentPartInput, PAYMENT_FIELD_NAMES);

    expect(errors).toEqual({ paid: 'must equal the price 35.00 while the status is Paid' });
  });

  it.each([
    ['unpaid', '10.00', '0.01', 'must be 0 while the status is Unpaid'],
    [
      'partial',
      '10.00',
      '10.00',
      'must be more than 0 and less than the price 10.00 while the status is Partly paid',
    ],
    [
      'partial',
      '10.00',
      '0',
      'must be more than 0 and less than the price 10.00 while the status is Partly paid',
    ],
  ] as const)('rejects %s with price %s and paid %s', (paymentStatus, price, paid, message) => {
    const mapped = toPaymentInput({ price, paid, paymentStatus }, 2);

    expect(mapped.errors).toEqual({ paid: message });
  });

  it.each([
    ['unpaid', '10.00', '0'],
    ['partial', '10.00', '2.50'],
    ['paid', '0.30', '0.3'],
    ['waived', '10.00', '0'],
  ] as const)('accepts %s with price %s and paid %s', (paymentStatus, price, paid) => {
    const mapped = toPaymentInput({ price, paid, paymentStatus }, 2);

    expect(mapped.errors).toEqual({});
    expect(paymentPartInput.safeParse(mapped.input).success).toBe(true);
  });

  it('shows stored minor units as decimals', () => {
    const result = {
      priceMinor: 1240,
      paidMinor: 20,
      paymentStatus: 'partial',
    } as SessionResult;

    expect(paymentFormValuesOf(result, 2)).toEqual({
      price: '12.40',
      paid: '0.20',
      paymentStatus: 'partial',
    });
  });
});

describe('clinical form mapping', () => {
  it('uppercases the ICD-10 code and clears blank fields', () => {
    const { input } = toClinicalInput({
      ...EMPTY_CLINICAL_FORM,
      complaints: 'cough for three days',
      diagnosisCode: ' j06.9 ',
    });
    const parsed = clinicalPartInput.parse(input);

    expect(parsed.diagnosisCode).toBe('J06.9');
    expect(parsed.complaints).toBe('cough for three days');
    expect(parsed.treatment).toBeNull();
  });

  it('rejects a malformed ICD-10 code at its field', () => {
    const errors = validateMapped(
      toClinicalInput({ ...EMPTY_CLINICAL_FORM, diagnosisCode: 'cold' }),
      clinicalPartInput,
    );

    expect(errors).toEqual({ diagnosisCode: '"COLD" is not an ICD-10 code such as J06.9 or A09' });
  });

  it('round-trips a stored result into a record input', () => {
    const result = {
      complaints: 'fever',
      examination: null,
      diagnosis: 'acute upper respiratory infection',
      diagnosisCode: 'J06.9',
      treatment: null,
      recommendations: 'rest',
    } as SessionResult;
    const clinical = toClinicalInput(clinicalFormValuesOf(result)).input;
    const parsed = recordSessionResultInput.parse({
      appointmentId: '33333333-3333-4333-8333-333333333333',
      clinical,
    });

    expect(parsed.clinical).toEqual({
      complaints: 'fever',
      examination: null,
      diagnosis: 'acute upper respiratory infection',
      diagnosisCode: 'J06.9',
      treatment: null,
      recommendations: 'rest',
    });
  });
});
