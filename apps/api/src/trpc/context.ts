import type { DB } from '@medsys/db';
import type { Kysely } from 'kysely';

import type { SessionManager, ValidSession } from '../auth/session-manager';
import type { SignInLimiter } from '../auth/sign-in-limiter';
import type { Logger } from '../logger';

/** Services the server opens once and every request shares. */
export type AppServices = {
  db: Kysely<DB>;
  sessions: SessionManager;
  signInLimiter: SignInLimiter;
  logger: Logger;
};

/** Ids known about a request, filled in as it is authenticated, for the failure log. */
export type RequestIds = { requestId: string; clinicId?: string; memberId?: string };

export type RequestContext = AppServices & {
  ids: RequestIds;
  session: ValidSession | null;
  /** True when the request sent a token that is unknown, expired or revoked. */
  hasStaleToken: boolean;
  userAgent: string | null;
  setCookie: (cookie: string) => void;
};

export type RequestInput = {
  requestId: string;
  authorization?: string | undefined;
  cookie?: string | undefined;
  userAgent?: string | undefined;
  setCookie?: (cookie: string) => void;
};

/**
 * Builds a request's context: reads the token from `Authorization: Bearer` or the session cookie
 * and validates it. A cookie session that was just extended gets its cookie sent again.
 */
export async function createRequestContext(
  services: AppServices,
  input: RequestInput,
): Promise<RequestContext> {
  const setCookie = input.setCookie ?? (() => undefined);
  const bearerToken = services.sessions.readBearerToken(input.authorization);
  const cookieToken = services.sessions.readCookieToken(input.cookie);
  const token = bearerToken ?? cookieToken;
  const session = token ? await services.sessions.validate(token) : null;

  if (cookieToken && !bearerToken) {
    if (!session) {
      setCookie(services.sessions.blankSessionCookie());
    } else if (session.isExtended) {
      setCookie(services.sessions.sessionCookie(cookieToken));
    }
  }

  const ids: RequestIds = { requestId: input.requestId };

  if (session) {
    ids.clinicId = session.clinicId;
    ids.memberId = session.accountId;
  }

  return {
    ...services,
    ids,
    session,
    hasStaleToken: token !== null && session === null,
    userAgent: input.userAgent ?? null,
    setCookie,
  };
}
