import '@mantine/dates/styles.css';

import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { z } from 'zod';

import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import type { ClientFormValues } from '../../lib/client-form';
import { validateMapped, type MappedInput } from '../../lib/form-errors';

const SEX_OPTIONS = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
  { value: 'unknown', label: 'Unknown' },
] as const;

type ClientFormProps<Input> = {
  initialValues: ClientFormValues;
  /** The API input schema the values must pass, e.g. `createClientInput`. */
  schema: z.ZodType;
  toInput: (values: ClientFormValues) => MappedInput<Input>;
  submitLabel: string;
  isSubmitting: boolean;
  onSubmit: (input: Input, handleError: (error: unknown) => void) => void;
  onCancel: () => void;
};

/** Edits every field of a client and checks them with the API's own schema before sending. */
export function ClientForm<Input>(props: ClientFormProps<Input>) {
  const form = useForm<ClientFormValues>({
    initialValues: props.initialValues,
    validate: (values) => validateMapped(props.toInput(values), props.schema),
  });
  const failure = useSubmitFailure(form);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          failure.clear();
          props.onSubmit(props.toInput(values).input, failure.handleError);
        },
        (errors) => {
          focusFirstError(form, errors as Record<string, string>);
        },
      )}
    >
      <Stack gap="md" maw={880}>
        <Fieldset legend="Client">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Full name" withAsterisk {...form.getInputProps('fullName')} />
            <TextInput
              label="Record number"
              description="Leave blank to number the client automatically."
              {...form.getInputProps('recordNumber')}
            />
            {/* Plain text, because a date picker drops or rewrites a date it rejects (a future
                one, 30 February) instead of showing the schema's message at the field. */}
            <TextInput
              label="Birth date"
              description="As YYYY-MM-DD, e.g. 2015-03-08."
              placeholder="YYYY-MM-DD"
              inputMode="numeric"
              autoComplete="off"
              withAsterisk
              {...form.getInputProps('birthDate')}
            />
            <Radio.Group label="Sex" withAsterisk {...form.getInputProps('sex')}>
              <Group mt={6} gap="md">
                {SEX_OPTIONS.map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} />
                ))}
              </Group>
            </Radio.Group>
            <Checkbox
              label="Has a disability"
              {...form.getInputProps('isDisabled', { type: 'checkbox' })}
            />
            {form.values.isDisabled && (
              <TextInput label="Disability note" {...form.getInputProps('disabilityNote')} />
            )}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Contact">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
            <TextInput label="Address" {...form.getInputProps('address')} />
            <TextInput label="Guardian's name" {...form.getInputProps('guardianName')} />
            <TextInput
              label="Guardian's phone"
              type="tel"
              {...form.getInputProps('guardianPhone')}
            />
          </SimpleGrid>
        </Fieldset>

        <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />

        {failure.alert}
        <Group>
          <Button type="submit" loading={props.isSubmitting}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
