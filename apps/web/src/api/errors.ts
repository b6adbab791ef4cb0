import type { AppRouter } from '@medsys/api';
import { TRPCClientError } from '@trpc/client';

export type ApiError = TRPCClientError<AppRouter>;

/** The error codes the API sends in `error.data.code`. */
export type ApiErrorCode =
  'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

export function errorCodeOf(error: unknown): string | undefined {
  return isApiError(error) ? error.data?.code : undefined;
}

/** Per-field messages sent with a BAD_REQUEST or CONFLICT, keyed by the input's dotted path. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (!isApiError(error)) {
    return {};
  }

  return error.data?.fieldErrors ?? {};
}

/** Ids the API attached to an error, such as `conflictingAppointmentId`. */
export function errorContextOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) {
    return {};
  }

  return error.data?.context ?? {};
}

/** Returns a sentence for the user about any failure, starting with a capital letter. */
export function messageOf(error: unknown): string {
  if (isApiError(error)) {
    if (error.data === undefined || error.data === null) {
      return 'The server could not be reached. Check the connection and try again.';
    }

    return capitalize(error.message);
  }

  if (error instanceof Error) {
    return capitalize(error.message);
  }

  return 'Something went wrong.';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
