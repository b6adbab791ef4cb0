import { toAppError } from '@medsys/db';
import { AppError, type ErrorCode, type FieldErrors } from '@medsys/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

const TRPC_CODES: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

export const INTERNAL_ERROR_MESSAGE = 'internal error; the details are in the server log';

type ValidationIssue = { path: readonly PropertyKey[]; message: string };

function isValidationError(cause: unknown): cause is { issues: ValidationIssue[] } {
  return (
    typeof cause === 'object' &&
    cause !== null &&
    Array.isArray((cause as { issues?: unknown }).issues)
  );
}

/** Groups validation issues by the dotted path of their field, e.g. `admin.email`. */
function fieldErrorsOf(issues: readonly ValidationIssue[]): FieldErrors {
  const fieldErrors: FieldErrors = {};

  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || 'input';
    (fieldErrors[field] ??= []).push(issue.message);
  }

  return fieldErrors;
}

function describe(fieldErrors: FieldErrors): string {
  return Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
    .join('; ');
}

/**
 * Turns whatever a procedure threw into a `TRPCError` whose cause is an `AppError`: input that
 * failed its schema, our own errors, and database errors a user can cause. Anything else stays an
 * internal error, and its message never reaches the client.
 */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause;

  if (cause instanceof AppError) {
    return new TRPCError({ code: TRPC_CODES[cause.code], message: cause.message, cause });
  }

  if (error.code === 'BAD_REQUEST' && isValidationError(cause)) {
    const fieldErrors = fieldErrorsOf(cause.issues);
    const appError = new AppError('BAD_REQUEST', describe(fieldErrors), { fieldErrors });

    return new TRPCError({ code: 'BAD_REQUEST', message: appError.message, cause: appError });
  }

  const databaseError = toAppError(cause);

  if (databaseError) {
    return new TRPCError({
      code: TRPC_CODES[databaseError.code],
      message: databaseError.message,
      cause: databaseError,
    });
  }

  return error;
}
