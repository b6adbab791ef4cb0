import { AppError } from '@medsys/domain';
import { initTRPC } from '@trpc/server';

import type { RequestContext } from './context';
import { INTERNAL_ERROR_MESSAGE } from './errors';

/**
 * The response shape of every error: a code, a message safe for users, and the bad fields. Stack
 * traces, SQL and constraint names stay in the server log.
 */
export const t = initTRPC.context<RequestContext>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const isInternal = error.code === 'INTERNAL_SERVER_ERROR';
    const appError = error.cause instanceof AppError ? error.cause : undefined;

    return {
      code: shape.code,
      message: isInternal ? INTERNAL_ERROR_MESSAGE : error.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path ?? null,
        fieldErrors: appError?.options.fieldErrors ?? null,
        context: appError?.options.context ?? null,
      },
    };
  },
});
