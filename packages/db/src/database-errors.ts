import { AppError } from '@medsys/domain';

/** The fields of a PostgreSQL error that both `pg` and PGlite expose. */
type PostgresError = { code?: unknown; constraint?: unknown; message?: unknown };

/** Messages for constraints a user can run into, keyed by constraint name. */
const CONSTRAINT_MESSAGES: Record<
  string,
  { code: AppError['code']; field?: string; message: string }
> = {
  clients_clinic_id_record_number_key: {
    code: 'CONFLICT',
    field: 'recordNumber',
    message: 'is already used by another client of this clinic',
  },
  members_email: {
    code: 'CONFLICT',
    field: 'email',
    message: 'is already used by another member of this clinic',
  },
  accounts_clinic_id_email_normalized_key: {
    code: 'CONFLICT',
    field: 'email',
    message: 'is already used by another member of this clinic',
  },
  session_results_clinic_id_appointment_id_key: {
    code: 'CONFLICT',
    field: 'appointmentId',
    message: 'already has a session result',
  },
  appointments_ends_after_start: {
    code: 'BAD_REQUEST',
    field: 'endsAt',
    message: 'must be after the start',
  },
  appointments_max_length: {
    code: 'BAD_REQUEST',
    field: 'endsAt',
    message: 'an appointment lasts at most 8 hours',
  },
  session_results_payment: {
    code: 'BAD_REQUEST',
    field: 'payment',
    message: 'the payment status does not match the amounts',
  },
};

function isPostgresError(error: unknown): error is PostgresError {
  return typeof error === 'object' && error !== null && 'code' in error;
}

/**
 * Turns a PostgreSQL error a user can cause into an `AppError` whose message names the field, and
 * returns undefined for anything else, which stays an internal error.
 */
export function toAppError(error: unknown): AppError | undefined {
  if (!isPostgresError(error) || typeof error.code !== 'string') {
    return undefined;
  }

  const constraint = typeof error.constraint === 'string' ? error.constraint : '';
  const known = CONSTRAINT_MESSAGES[constraint];

  if (known) {
    const text = known.field ? `${known.field}: ${known.message}` : known.message;
    const fieldErrors = known.field ? { [known.field]: [known.message] } : undefined;

    return new AppError(known.code, text, {
      ...(fieldErrors ? { fieldErrors } : {}),
      detail: { constraint },
    });
  }

  switch (error.code) {
    case '23505':
      return new AppError('CONFLICT', 'a record with the same values already exists', {
        detail: { constraint },
      });
    case '23503':
      return foreignKeyError(error, constraint);
    case '23P01':
      return new AppError('CONFLICT', 'the time overlaps another appointment', {
        detail: { constraint },
      });
    case '22001':
      return new AppError('BAD_REQUEST', 'a value is longer than allowed');
    default:
      return undefined;
  }
}

/**
 * Maps a foreign-key failure. A write that names a row missing from this clinic (every key
 * includes the clinic) is NOT_FOUND; a delete that would leave rows pointing at it is CONFLICT.
 */
function foreignKeyError(error: PostgresError, constraint: string): AppError {
  const message = typeof error.message === 'string' ? error.message : '';

  if (message.startsWith('update or delete')) {
    // Constraint names start with the referencing table, e.g. members_clinic_id_department_id_fkey.
    const referencing = /^([a-z_]+?)_clinic_id_/.exec(constraint)?.[1]?.replaceAll('_', ' ');
    const users = referencing
      ? `${referencing} still refer to it`
      : 'other records still refer to it';

    return new AppError('CONFLICT', `cannot delete: ${users}; remove or move them first`, {
      detail: { constraint },
    });
  }

  const column = /_clinic_id_([a-z_]+?)(_id)?_fkey$/.exec(constraint)?.[1];
  const entity = column ? column.replaceAll('_', ' ') : 'a referenced record';

  return new AppError('NOT_FOUND', `${entity} not found`, { detail: { constraint } });
}
