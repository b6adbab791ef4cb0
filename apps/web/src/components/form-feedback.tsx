import { Alert } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';

import { errorCodeOf, fieldErrorsOf, messageOf } from '../api/errors';
import { formErrorsOfServer, type FieldNameMap, type FormErrors } from '../lib/form-errors';

// Mantine's form type is invariant in its values, so helpers that serve every form take `any`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyForm = UseFormReturnType<any, any>;

/**
 * Shows the API's field errors at the form's fields. Returns true when at least one error was
 * placed on a field the form has, so the caller need not repeat the message above the form.
 */
export function showServerErrors(
  form: AnyForm,
  error: unknown,
  fieldNames: FieldNameMap = {},
): boolean {
  const errors = formErrorsOfServer(fieldErrorsOf(error), fieldNames);
  const values = form.getValues() as Record<string, unknown>;
  const known = Object.entries(errors).filter(([field]) => hasField(values, field));

  if (known.length === 0) {
    return false;
  }

  form.setErrors(Object.fromEntries(known));
  focusFirstError(form, Object.fromEntries(known));

  return true;
}

function hasField(values: Record<string, unknown>, path: string): boolean {
  let current: unknown = values;

  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(part in current)) {
      return false;
    }

    current = (current as Record<string, unknown>)[part];
  }

  return true;
}

/** Moves the keyboard focus to the first field with an error, so it is read out and fixed first. */
export function focusFirstError(form: AnyForm, errors: FormErrors): void {
  for (const field of Object.keys(errors)) {
    const node = form.getInputNode(field);

    if (node) {
      node.focus();

      return;
    }
  }
}

/**
 * Shows the error of a failed submission that no field shows. A CONFLICT gets its own title,
 * because something else is in the way rather than something typed wrongly.
 */
export function FormAlert({
  error,
  isShownAtFields,
}: {
  error: unknown;
  isShownAtFields?: boolean;
}) {
  if (!error || isShownAtFields) {
    return null;
  }

  const title = errorCodeOf(error) === 'CONFLICT' ? 'Conflict' : 'Not saved';

  return (
    <Alert color="red" title={title} icon={<IconAlertCircle size={18} />} role="alert">
      {messageOf(error)}
    </Alert>
  );
}

type SubmitFailure = { error: unknown; isShownAtFields: boolean };

/**
 * Tracks a form's last failed submission: `handleError` puts the API's field errors on the
 * fields, and `alert` shows whatever no field shows.
 */
export function useSubmitFailure(form: AnyForm, fieldNames: FieldNameMap = {}) {
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  return {
    failure,
    alert: failure ? <FormAlert {...failure} /> : null,
    handleError: (error: unknown) => {
      setFailure({ error, isShownAtFields: showServerErrors(form, error, fieldNames) });
    },
    clear: () => {
      setFailure(null);
    },
  };
}
