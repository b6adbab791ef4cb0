import { AppError } from '@medsys/domain';
import type { TRPCError } from '@trpc/server';

import type { Logger } from '../logger';
import type { RequestIds } from '../trpc/context';

/**
 * Picks the fields of a failure's cause worth logging. PostgreSQL puts row values in an error's
 * `detail`, which is left out; the message and stack stay, for internal errors.
 */
function describeCause(cause: unknown): Record<string, unknown> | undefined {
  if (cause instanceof AppError) {
    return { code: cause.code, ...cause.options.detail };
  }

  if (cause instanceof Error) {
    const { code, constraint } = cause as Error & { code?: unknown; constraint?: unknown };

    return { name: cause.name, message: cause.message, code, constraint, stack: cause.stack };
  }

  return undefined;
}

/**
 * Logs one line per failed request with the request, clinic and member ids. Messages of our own
 * errors name fields and ids only, so no patient's name or clinical text reaches the log.
 */
export function logFailure(
  logger: Logger,
  failure: { error: TRPCError; path: string | undefined; ids: RequestIds | undefined },
): void {
  const isInternal = failure.error.code === 'INTERNAL_SERVER_ERROR';
  const line = {
    ...failure.ids,
    path: failure.path,
    code: failure.error.code,
    message: isInternal ? undefined : failure.error.message,
    cause: describeCause(failure.error.cause),
  };

  if (isInternal) {
    logger.error(line, 'request failed');
  } else {
    logger.warn(line, 'request failed');
  }
}
