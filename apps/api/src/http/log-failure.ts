import { AppError } from '@medsys/domain';
import type { TRPCError } from '@trpc/server';

import type { Logger } from '../logger';
import type { RequestIds } from '../trpc/context';

// PostgreSQL's data-exception messages (SQLSTATE class 22) quote the offending input.
const VALUE_QUOTING_CLASS = '22';

/**
 * Picks the fields of a failure's cause worth logging: codes, constraint names and, for internal
 * errors, the message and stack. Anything that may quote input is left out: PostgreSQL's
 * `detail`, and the message of a data exception.
 */
function describeCause(cause: unknown): Record<string, unknown> | undefined {
  if (cause instanceof AppError) {
    return { code: cause.code, ...cause.options.detail };
  }

  if (cause instanceof Error) {
    const { code, constraint } = cause as Error & { code?: unknown; constraint?: unknown };
    const isQuotingInput = typeof code === 'string' && code.startsWith(VALUE_QUOTING_CLASS);

    return {
      name: cause.name,
      message: isQuotingInput ? undefined : cause.message,
      code,
      constraint,
      // A stack starts with the message, so it goes too when the message may quote input.
      stack: isQuotingInput ? undefined : cause.stack,
    };
  }

  return undefined;
}

/** Names the bad fields of a rejected input; their messages may quote what the user typed. */
function badFieldsOf(error: TRPCError): string[] | undefined {
  const cause = error.cause;

  return cause instanceof AppError && cause.options.fieldErrors
    ? Object.keys(cause.options.fieldErrors)
    : undefined;
}

/**
 * Logs one line per failed request with the request, clinic and member ids. Input errors are
 * logged by field name only, so no patient's name or clinical text reaches the log.
 */
export function logFailure(
  logger: Logger,
  failure: { error: TRPCError; path: string | undefined; ids: RequestIds | undefined },
): void {
  const { error } = failure;
  const isInternal = error.code === 'INTERNAL_SERVER_ERROR';
  const isInputError = error.code === 'BAD_REQUEST';
  const line = {
    ...failure.ids,
    path: failure.path,
    code: error.code,
    message: isInternal || isInputError ? undefined : error.message,
    fields: isInputError ? badFieldsOf(error) : undefined,
    cause: describeCause(error.cause),
  };

  if (isInternal) {
    logger.error(line, 'request failed');
  } else {
    logger.warn(line, 'request failed');
  }
}
