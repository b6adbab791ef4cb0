import type { z } from 'zod';

/** Form errors keyed by the form field's dotted path, as `@mantine/form` expects them. */
export type FormErrors = Record<string, string>;

/** Renames an API input path, such as `payment.priceMinor`, to the form field that edits it. */
export type FieldNameMap = Readonly<Record<string, string>>;

type Issue = { path: readonly PropertyKey[]; message: string };

function formFieldOf(path: string, fieldNames: FieldNameMap): string {
  return fieldNames[path] ?? path;
}

/** Turns validation issues into form errors, keeping the first message of each field. */
export function formErrorsOfIssues(
  issues: readonly Issue[],
  fieldNames: FieldNameMap = {},
): FormErrors {
  const errors: FormErrors = {};

  for (const issue of issues) {
    const field = formFieldOf(issue.path.map(String).join('.'), fieldNames);
    errors[field] ??= issue.message;
  }

  return errors;
}

/** Turns the API's `fieldErrors` (dotted input path → messages) into form errors. */
export function formErrorsOfServer(
  fieldErrors: Readonly<Record<string, readonly string[]>>,
  fieldNames: FieldNameMap = {},
): FormErrors {
  const errors: FormErrors = {};

  for (const [path, messages] of Object.entries(fieldErrors)) {
    const message = messages[0];

    if (message !== undefined) {
      errors[formFieldOf(path, fieldNames)] ??= message;
    }
  }

  return errors;
}

/**
 * Form values converted for sending: the API input, and the errors found while converting, such
 * as an amount or a time that cannot be read.
 */
export type MappedInput<Input> = { input: Input; errors: FormErrors };

/**
 * Validates form values with the same zod schema the API applies to the input they become. An
 * error found while converting a field replaces the schema's message for that field.
 */
export function validateMapped(
  mapped: MappedInput<unknown>,
  schema: z.ZodType,
  fieldNames: FieldNameMap = {},
): FormErrors {
  const result = schema.safeParse(mapped.input);
  const schemaErrors = result.success ? {} : formErrorsOfIssues(result.error.issues, fieldNames);

  return { ...schemaErrors, ...mapped.errors };
}
