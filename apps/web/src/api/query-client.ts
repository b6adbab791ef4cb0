import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { reportUnauthorized } from '../session/session-expiry';
import { errorCodeOf, isApiError } from './errors';

/** Procedures that return UNAUTHORIZED for a wrong password or code, not for a lost session. */
const SIGN_IN_PROCEDURES = new Set(['auth.signIn', 'auth.signUpClinic', 'auth.acceptInvitation']);

const MAX_RETRIES = 2;

function handleError(error: unknown): void {
  if (errorCodeOf(error) !== 'UNAUTHORIZED') {
    return;
  }

  const path = isApiError(error) ? error.data?.path : null;

  if (path && SIGN_IN_PROCEDURES.has(path)) {
    return;
  }

  reportUnauthorized();
}

/** Retries only failures that may pass on a second try: no response, or an internal error. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCodeOf(error);
  const isTransient = code === undefined || code === 'INTERNAL_SERVER_ERROR';

  return isTransient && failureCount < MAX_RETRIES;
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleError }),
  mutationCache: new MutationCache({ onError: handleError }),
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry },
    mutations: { retry: false },
  },
});
