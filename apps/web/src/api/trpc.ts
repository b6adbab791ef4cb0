import type { AppRouter } from '@medsys/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';

import { queryClient } from './query-client';

/**
 * The typed API client. The session travels in the HttpOnly `medsys_session` cookie, which the
 * browser sends by itself because the API is served from the same origin as this page.
 */
export const trpcClient = createTRPCClient<AppRouter>({
  // Many small reads, such as one client per calendar entry, go out in batches of a bounded size.
  // The server refuses batches of more than 20 calls (MAX_BATCH_SIZE in apps/api).
  links: [httpBatchLink({ url: '/trpc', maxURLLength: 2000, maxItems: 20 })],
});

/** Query and mutation options for every procedure, e.g. `trpc.clients.list.queryOptions(input)`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
