import {
  unsafeDeleteAccountAuthSessions,
  unsafeDeleteAuthSession,
  unsafeDeleteExpiredAuthSessions,
  unsafeFindAuthSession,
  unsafeInsertAuthSession,
  unsafeListAuthSessions,
  unsafeUpdateAuthSessionExpiry,
  type AuthSessionRecord,
  type DB,
} from '@medsys/db';
import type { Kysely } from 'kysely';
import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia';

type SessionAttributes = { clinicId: string; userAgent: string | null; createdAt: string };

function toDatabaseSession(record: AuthSessionRecord): DatabaseSession {
  return {
    id: record.id,
    userId: record.accountId,
    expiresAt: new Date(record.expiresAt),
    attributes: {
      clinicId: record.clinicId,
      userAgent: record.userAgent,
      createdAt: record.createdAt,
    } satisfies SessionAttributes,
  };
}

/** Lucia's storage, kept in the `auth_sessions` table; the session id is the token's hash. */
export function createKyselyAdapter(db: Kysely<DB>): Adapter {
  return {
    async getSessionAndUser(sessionId): Promise<[DatabaseSession | null, DatabaseUser | null]> {
      const record = await unsafeFindAuthSession(db, sessionId);

      if (!record) {
        return [null, null];
      }

      return [toDatabaseSession(record), { id: record.accountId, attributes: {} }];
    },

    async getUserSessions(userId) {
      const records = await unsafeListAuthSessions(db, userId);

      return records.map(toDatabaseSession);
    },

    async setSession(session) {
      const attributes = session.attributes as Partial<SessionAttributes>;

      await unsafeInsertAuthSession(db, {
        id: session.id,
        accountId: session.userId,
        clinicId: attributes.clinicId ?? '',
        userAgent: attributes.userAgent ?? null,
        expiresAt: session.expiresAt.toISOString(),
      });
    },

    async updateSessionExpiration(sessionId, expiresAt) {
      await unsafeUpdateAuthSessionExpiry(db, {
        id: sessionId,
        expiresAt: expiresAt.toISOString(),
      });
    },

    async deleteSession(sessionId) {
      await unsafeDeleteAuthSession(db, { id: sessionId });
    },

    async deleteUserSessions(userId) {
      await unsafeDeleteAccountAuthSessions(db, userId);
    },

    async deleteExpiredSessions() {
      await unsafeDeleteExpiredAuthSessions(db);
    },
  };
}
