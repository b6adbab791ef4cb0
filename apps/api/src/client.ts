import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';

import type { AppRouter } from './routers/root';

export type { AppRouter };
export type MedsysClient = TRPCClient<AppRouter>;

export type MedsysClientOptions = {
  /** The server's tRPC address, e.g. `http://127.0.0.1:3000/trpc`. */
  url: string;
  /** Returns the session token to send as `Authorization: Bearer`, if there is one yet. */
  getToken?: () => string | undefined;
};

/** Creates the typed API client, whose procedures take their input and output types from the router. */
export function createMedsysClient(options: MedsysClientOptions): MedsysClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        headers: () => {
          const token = options.getToken?.();

          return token ? { Authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
