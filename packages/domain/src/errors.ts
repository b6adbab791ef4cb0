/** The closed set of error codes the API returns; `apps/api` maps each to a tRPC code. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Per-field messages, keyed by the field's dotted path, e.g. `payment.paidMinor`. */
export type FieldErrors = Record<string, string[]>;

/**
 * The one error type of medsys. `message` is safe to show to the user. `context` contains ids the
 * client may act on, such as the appointment in the way of a booking, and is sent with the
 * error. `detail` goes to the server log only; neither may carry patients' names or clinical text.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: {
      fieldErrors?: FieldErrors;
      context?: Record<string, string>;
      detail?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
  }
}

export function notFound(entity: string): AppError {
  return new AppError('NOT_FOUND', `${entity} not found`);
}

export function forbidden(action: string): AppError {
  return new AppError('FORBIDDEN', `your role may not ${action}`);
}

export function badField(field: string, message: string): AppError {
  return new AppError('BAD_REQUEST', `${field}: ${message}`, {
    fieldErrors: { [field]: [message] },
  });
}
