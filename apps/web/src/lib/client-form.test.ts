import type { Client } from '@medsys/domain';
import { createClientInput, updateClientInput } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import {
  EMPTY_CLIENT_FORM,
  clientFormValuesOf,
  toCreateClientInput,
  toUpdateClientInput,
} from './client-form';
import { validateMapped } from './form-errors';

const CLIENT: Client = {
  id: '7d1f4c52-8f0e-4c3b-9a55-2f1d2b7a9e01',
  recordNumber: 'A-17',
  fullName: 'Malika Karimova',
  birthDate: '2015-03-08',
  sex: 'female',
  isDisabled: true,
  disabilityNote: 'hearing',
  phone: null,
  address: '12 Navoi Street',
  guardianName: 'Dilnoza Karimova',
  guardianPhone: '+998 90 123 45 67',
  notes: null,
  archivedAt: null,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
};

describe('client form mapping', () => {
  it('round-trips a stored client through the form', () => {
    const values = clientFormValuesOf(CLIENT);
    const { input } = toUpdateClientInput(CLIENT.id, values);
    const parsed = updateClientInput.parse(input);

    expect(parsed).toEqual({
      id: CLIENT.id,
      recordNumber: 'A-17',
      fullName: 'Malika Karimova',
      birthDate: '2015-03-08',
      sex: 'female',
      isDisabled: true,
      disabilityNote: 'hearing',
      phone: null,
      address: '12 Navoi Street',
      guardianName: 'Dilnoza Karimova',
      guardianPhone: '+998 90 123 45 67',
      notes: null,
    });
  });

  it('leaves a blank record number out so the clinic numbers the client', () => {
    const { input } = toCreateClientInput({
      ...EMPTY_CLIENT_FORM,
      fullName: 'Aziz Rahimov',
      birthDate: '2019-11-02',
      sex: 'male',
      recordNumber: '   ',
    });

    expect('recordNumber' in input).toBe(false);
    expect(createClientInput.parse(input).fullName).toBe('Aziz Rahimov');
  });

  it('drops the disability note when the flag is cleared', () => {
    const values = { ...clientFormValuesOf(CLIENT), isDisabled: false };
    const parsed = updateClientInput.parse(toUpdateClientInput(CLIENT.id, values).input);

    expect(parsed.isDisabled).toBe(false);
    expect(parsed.disabilityNote).toBeNull();
  });

  it('names every missing required field', () => {
    const errors = validateMapped(toCreateClientInput(EMPTY_CLIENT_FORM), createClientInput);

    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'fullName', 'sex']);
    expect(errors.fullName).toBe('must not be blank');
  });

  it('keeps a future birth date and says why', () => {
    const values = {
      ...EMPTY_CLIENT_FORM,
      fullName: 'Aziz Rahimov',
      birthDate: '2099-12-31',
      sex: 'male' as const,
    };
    const mapped = toCreateClientInput(values);

    const errors = validateMapped(mapped, createClientInput);

    expect(mapped.input).toMatchObject({ birthDate: '2099-12-31' });
    expect(errors.birthDate).toContain('future');
  });

  it('rejects an impossible birth date and a bad phone at their fields', () => {
    const errors = validateMapped(
      toCreateClientInput({
        ...EMPTY_CLIENT_FORM,
        fullName: 'Aziz Rahimov',
        birthDate: '2023-02-29',
        sex: 'male',
        guardianPhone: 'call me',
      }),
      createClientInput,
    );

    expect(errors.birthDate).toBeDefined();
    expect(errors.guardianPhone).toBe('must be a phone number such as +998 71 123 45 67');
  });
});
