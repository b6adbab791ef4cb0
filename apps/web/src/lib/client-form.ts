import type { Client, CreateClientInput, Sex, UpdateClientInput } from '@medsys/domain';

import type { MappedInput } from './form-errors';

/** The client form's values: text inputs hold strings, and an empty string is an empty field. */
export type ClientFormValues = {
  recordNumber: string;
  fullName: string;
  birthDate: string | null;
  sex: Sex | null;
  isDisabled: boolean;
  disabilityNote: string;
  phone: string;
  address: string;
  guardianName: string;
  guardianPhone: string;
  notes: string;
};

export const EMPTY_CLIENT_FORM: ClientFormValues = {
  recordNumber: '',
  fullName: '',
  birthDate: null,
  sex: null,
  isDisabled: false,
  disabilityNote: '',
  phone: '',
  address: '',
  guardianName: '',
  guardianPhone: '',
  notes: '',
};

export function clientFormValuesOf(client: Client): ClientFormValues {
  return {
    recordNumber: client.recordNumber,
    fullName: client.fullName,
    birthDate: client.birthDate,
    sex: client.sex,
    isDisabled: client.isDisabled,
    disabilityNote: client.disabilityNote ?? '',
    phone: client.phone ?? '',
    address: client.address ?? '',
    guardianName: client.guardianName ?? '',
    guardianPhone: client.guardianPhone ?? '',
    notes: client.notes ?? '',
  };
}

/**
 * Maps the form to `clients.create` input. A blank record number is left out so the clinic's
 * counter numbers the client; other blank optional fields are sent blank and stored as null.
 * A missing birth date or sex is sent as null so the API's schema names the field.
 */
export function toCreateClientInput(values: ClientFormValues): MappedInput<CreateClientInput> {
  const recordNumber = values.recordNumber.trim();
  const input = {
    ...(recordNumber === '' ? {} : { recordNumber }),
    fullName: values.fullName,
    birthDate: values.birthDate,
    sex: values.sex,
    isDisabled: values.isDisabled,
    disabilityNote: values.isDisabled ? values.disabilityNote : '',
    phone: values.phone,
    address: values.address,
    guardianName: values.guardianName,
    guardianPhone: values.guardianPhone,
    notes: values.notes,
  };

  // Null birth date and sex are invalid on purpose: the schema check reports them by field name.
  return { input: input as CreateClientInput, errors: {} };
}

/**
 * Maps the form to `clients.update` input with every field, so clearing a field in the form
 * clears it in the record. A blank record number keeps the current one.
 */
export function toUpdateClientInput(
  id: string,
  values: ClientFormValues,
): MappedInput<UpdateClientInput> {
  const { input } = toCreateClientInput(values);

  return { input: { id, ...input }, errors: {} };
}
