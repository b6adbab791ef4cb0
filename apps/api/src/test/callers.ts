import { randomUUID } from 'node:crypto';

import { createCaller } from '../trpc/caller';
import { createRequestContext, type AppServices } from '../trpc/context';

export type Caller = ReturnType<typeof createCaller>;

/**
 * Creates a caller that sends `token` as a bearer token, like an API client, or an anonymous one.
 * The context is built anew for every call, so a revoked session stops working at once.
 */
export function callerFor(services: AppServices, token?: string): Caller {
  return createCaller(() =>
    createRequestContext(services, {
      requestId: randomUUID(),
      authorization: token ? `Bearer ${token}` : undefined,
      userAgent: 'vitest',
    }),
  );
}
