import type { Kysely } from 'kysely';

import type { DB } from '../schema';

export type AuthSessionRecord = {
  id: string;
  accountId: string;
  clinicId: string;
  expiresAt: string;
  userAgent: string | null;
  createdAt: string;
};

const SESSION_COLUMNS = [
  'id',
  'accountId',
  'clinicId',
  'expiresAt',
  'userAgent',
  'createdAt',
] as const;

// Sessions are read by token hash before the clinic is known; these functions run as the owner.

export async function unsafeInsertAuthSession(
  db: Kysely<DB>,
  session: Omit<AuthSessionRecord, 'createdAt'>,
): Promise<void> {
  await db.insertInto('authSessions').values(session).execute();
}

export async function unsafeFindAuthSession(
  db: Kysely<DB>,
  id: string,
): Promise<AuthSessionRecord | undefined> {
  return db
    .selectFrom('authSessions')
    .select(SESSION_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function unsafeListAuthSessions(
  db: Kysely<DB>,
  accountId: string,
): Promise<AuthSessionRecord[]> {
  return db
    .selectFrom('authSessions')
    .select(SESSION_COLUMNS)
    .where('accountId', '=', accountId)
    .where('expiresAt', '>', new Date().toISOString())
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function unsafeUpdateAuthSessionExpiry(
  db: Kysely<DB>,
  options: { id: string; expiresAt: string },
): Promise<void> {
  await db
    .updateTable('authSessions')
    .set({ expiresAt: options.expiresAt })
    .where('id', '=', options.id)
    .execute();
}

/** Deletes one session of an account; another account's session id deletes nothing. */
export async function unsafeDeleteAuthSession(
  db: Kysely<DB>,
  options: { id: string; accountId?: string },
): Promise<number> {
  let query = db.deleteFrom('authSessions').where('id', '=', options.id);

  if (options.accountId) {
    query = query.where('accountId', '=', options.accountId);
  }

  const result = await query.executeTakeFirst();

  return Number(result.numDeletedRows);
}

export async function unsafeDeleteAccountAuthSessions(
  db: Kysely<DB>,
  accountId: string,
): Promise<void> {
  await db.deleteFrom('authSessions').where('accountId', '=', accountId).execute();
}

export async function unsafeDeleteExpiredAuthSessions(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom('authSessions').where('expiresAt', '<=', new Date().toISOString()).execute();
}

/** Ends every session of one member of the clinic, as part of the caller's transaction. */
export async function deleteMemberAuthSessions(
  db: Kysely<DB>,
  options: { clinicId: string; memberId: string },
): Promise<void> {
  await db
    .deleteFrom('authSessions')
    .where('clinicId', '=', options.clinicId)
    .where('accountId', '=', options.memberId)
    .execute();
}
