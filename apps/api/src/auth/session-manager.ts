import { unsafeDeleteAuthSession, type DB } from '@medsys/db';
import type { Kysely } from 'kysely';
import { Lucia, TimeSpan } from 'lucia';

import { createKyselyAdapter } from './lucia-adapter';
import { generateSecret, hashSecret } from './tokens';

export const SESSION_COOKIE_NAME = 'medsys_session';

const BEARER_PATTERN = /^bearer +([A-Za-z0-9_-]+)$/i;

/** How long a session lives unused; each use in its second half extends it by the full span. */
export const SESSION_LIFETIME_DAYS = 14;

export type ValidSession = {
  id: string;
  accountId: string;
  clinicId: string;
  expiresAt: string;
  /** True when this request extended the session, so the cookie must be sent again. */
  isExtended: boolean;
};

export type SessionSummary = {
  id: string;
  createdAt: string;
  expiresAt: string;
  userAgent: string | null;
};

/**
 * Everything medsys needs of sessions, in one place so the library behind it can be replaced.
 * The client keeps a random token, and the database stores only its SHA-256, the session id.
 */
export type SessionManager = ReturnType<typeof createSessionManager>;

export function createSessionManager(db: Kysely<DB>, options: { isSecureCookie: boolean }) {
  const lucia = new Lucia(createKyselyAdapter(db), {
    sessionExpiresIn: new TimeSpan(SESSION_LIFETIME_DAYS, 'd'),
    sessionCookie: {
      name: SESSION_COOKIE_NAME,
      attributes: { secure: options.isSecureCookie, sameSite: 'lax' },
    },
    // Lucia leaves stored attributes off the session unless they are passed through here.
    getSessionAttributes: (attributes) => attributes,
  });

  return {
    async issue(input: { accountId: string; clinicId: string; userAgent: string | null }) {
      const token = generateSecret();
      const session = await lucia.createSession(
        input.accountId,
        { clinicId: input.clinicId, userAgent: input.userAgent },
        { sessionId: hashSecret(token) },
      );

      return { token, expiresAt: session.expiresAt.toISOString() };
    },

    async validate(token: string): Promise<ValidSession | null> {
      const { session } = await lucia.validateSession(hashSecret(token));

      if (!session) {
        return null;
      }

      const attributes = session as unknown as { clinicId?: string };

      return {
        id: session.id,
        accountId: session.userId,
        clinicId: attributes.clinicId ?? '',
        expiresAt: session.expiresAt.toISOString(),
        isExtended: session.fresh,
      };
    },

    async list(accountId: string): Promise<SessionSummary[]> {
      const sessions = await lucia.getUserSessions(accountId);

      return sessions.map((session) => {
        const attributes = session as unknown as { createdAt?: string; userAgent?: string | null };

        return {
          id: session.id,
          createdAt: attributes.createdAt ?? '',
          expiresAt: session.expiresAt.toISOString(),
          userAgent: attributes.userAgent ?? null,
        };
      });
    },

    /** Revokes one of the account's sessions; returns false when it has no such session. */
    async revoke(input: { accountId: string; sessionId: string }): Promise<boolean> {
      const deleted = await unsafeDeleteAuthSession(db, {
        id: input.sessionId,
        accountId: input.accountId,
      });

      return deleted > 0;
    },

    revokeAll(accountId: string): Promise<void> {
      return lucia.invalidateUserSessions(accountId);
    },

    /** Reads `Bearer <token>`; the scheme name is case-insensitive (RFC 7235). */
    readBearerToken(header: string | undefined): string | null {
      const match = header ? BEARER_PATTERN.exec(header) : null;

      return match?.[1] ?? null;
    },

    readCookieToken(header: string | undefined): string | null {
      return header ? lucia.readSessionCookie(header) : null;
    },

    sessionCookie(token: string): string {
      return lucia.createSessionCookie(token).serialize();
    },

    blankSessionCookie(): string {
      return lucia.createBlankSessionCookie().serialize();
    },
  };
}
