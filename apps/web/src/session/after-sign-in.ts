import type { SessionToken } from '@medsys/domain';

import { queryClient } from '../api/query-client';
import { trpc } from '../api/trpc';
import { router } from '../routing/router';
import { markSignedIn } from './session-expiry';

/**
 * Starts the signed-in app after sign-in, sign-up or an accepted invitation: drops whatever an
 * earlier session cached, stores the new member and clinic, and opens `redirect` when it is a
 * path of this site, or today's page otherwise.
 */
export async function enterApp(session: SessionToken, redirect?: string): Promise<void> {
  markSignedIn();
  queryClient.clear();
  queryClient.setQueryData(trpc.auth.me.queryKey(), {
    member: session.member,
    clinic: session.clinic,
  });

  // Only a path on this site: '//host' and absolute addresses would leave it.
  const isLocalPath = redirect?.startsWith('/') === true && !redirect.startsWith('//');

  if (isLocalPath && redirect) {
    router.history.push(redirect);

    return;
  }

  await router.navigate({ to: '/' });
}
