import { createDepartmentInput, paymentPartInput } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { formErrorsOfIssues, formErrorsOfServer, validateMapped } from './form-errors';

describe('formErrorsOfIssues', () => {
  it('keys errors by dotted path and keeps the first message', () => {
    const errors = formErrorsOfIssues([
      { path: ['admin', 'email'], message: 'must be an email address' },
      { path: ['admin', 'email'], message: 'second message' },
      { path: ['clinic', 'name'], message: 'must not be blank' },
    ]);

    expect(errors).toEqual({
      'admin.email': 'must be an email address',
      'clinic.name': 'must not be blank',
    });
  });

  it('renames input paths to form fields', () => {
    const errors = formErrorsOfIssues([{ path: ['startsAt'], message: 'is taken' }], {
      startsAt: 'startTime',
    });

    expect(errors).toEqual({ startTime: 'is taken' });
  });
});

describe('formErrorsOfServer', () => {
  it('maps the API field errors to form fields', () => {
    const errors = formErrorsOfServer(
      { 'payment.priceMinor': ['must not be negative'], code: ['has expired', 'other'] },
      { 'payment.priceMinor': 'price' },
    );

    expect(errors).toEqual({ price: 'must not be negative', code: 'has expired' });
  });

  it('skips fields without a message', () => {
    expect(formErrorsOfServer({ name: [] })).toEqual({});
  });
});

describe('validateMapped', () => {
  it('reports the schema errors of the mapped input', () => {
    const errors = validateMapped(
      { input: { name: '  ', city: 'Tashkent', phone: 'call me' }, errors: {} },
      createDepartmentInput,
    );

    expect(errors).toEqual({
      name: 'must not be blank',
      phone: 'must be a phone number such as +998 71 123 45 67',
    });
  });

  it('lets a conversion error replace the schema message', () => {
    const errors = validateMapped(
      {
        input: { priceMinor: Number.NaN, paidMinor: 0, paymentStatus: 'unpaid' },
        errors: { price: 'must not be blank' },
      },
      paymentPartInput,
      { priceMinor: 'price', paidMinor: 'paid' },
    );

    expect(errors).toEqual({ price: 'must not be blank' });
  });

  it('returns no errors for valid input', () => {
    const errors = validateMapped(
      { input: { name: 'Main', city: 'Tashkent' }, errors: {} },
      createDepartmentInput,
    );

    expect(errors).toEqual({});
  });
});
