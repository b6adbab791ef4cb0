import {
  AppError,
  badField,
  notFound,
  type Invitation,
  type Member,
  type Page,
  type Role,
} from '@medsys/domain';
import { sql, type Kysely } from 'kysely';

import { decodeCursor, toPage } from '../paging';
import type { DB } from '../schema';
import { unsafeWithoutClinic } from '../scope';
import { insertMemberWithAccount, normalizeEmail, type NewMemberValues } from './accounts';
import { databaseNow } from '../timestamps';

type Scope = { clinicId: string };

const INVITATION_COLUMNS = [
  'id',
  'email',
  'role',
  'invitedBy',
  'expiresAt',
  'acceptedAt',
  'acceptedMemberId',
  'revokedAt',
  'createdAt',
] as const;

export async function createInvitation(
  db: Kysely<DB>,
  options: Scope & {
    email: string;
    role: Role;
    codeHash: string;
    invitedBy: string;
    expiresAt: string;
  },
): Promise<Invitation> {
  const { clinicId, ...values } = options;

  return db
    .insertInto('invitations')
    .values({ ...values, email: normalizeEmail(values.email), clinicId })
    .returning(INVITATION_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function listInvitations(
  db: Kysely<DB>,
  options: Scope & {
    cursor?: string | null | undefined;
    limit: number;
    isOpen?: boolean | undefined;
  },
): Promise<Page<Invitation>> {
  let query = db
    .selectFrom('invitations')
    .select(INVITATION_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1);

  if (options.isOpen) {
    query = query
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', new Date().toISOString());
  }

  if (options.cursor) {
    const [createdAt, id] = decodeCursor(options.cursor, 'instant');
    query = query.where((eb) => eb(eb.refTuple('createdAt', 'id'), '<', eb.tuple(createdAt, id)));
  }

  const rows = await query.execute();

  return toPage(rows, options.limit, (row) => [row.createdAt, row.id]);
}

export async function revokeInvitation(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Invitation> {
  const revoked = await db
    .updateTable('invitations')
    .set({ revokedAt: sql`coalesce(revoked_at, ${databaseNow()})` })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .where('acceptedAt', 'is', null)
    .returning(INVITATION_COLUMNS)
    .executeTakeFirst();

  if (revoked) {
    return revoked;
  }

  const exists = await db
    .selectFrom('invitations')
    .select('id')
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .executeTakeFirst();

  throw exists
    ? new AppError('CONFLICT', 'the invitation has already been accepted')
    : notFound('invitation');
}

/**
 * Signs a person up with an invitation code: checks the code, email and expiry, creates the
 * member and their account, and marks the invitation accepted, all in one transaction.
 */
export async function unsafeAcceptInvitation(
  db: Kysely<DB>,
  options: {
    codeHash: string;
    email: string;
    profile: Omit<NewMemberValues, 'role' | 'email'>;
    passwordHash: string;
  },
): Promise<{ clinicId: string; member: Member }> {
  return unsafeWithoutClinic(db, async (trx) => {
    const invitation = await trx
      .selectFrom('invitations')
      .select(['clinicId', 'id', 'email', 'role', 'expiresAt', 'acceptedAt', 'revokedAt'])
      .where('codeHash', '=', options.codeHash)
      .forUpdate()
      .executeTakeFirst();

    if (!invitation || invitation.acceptedAt !== null || invitation.revokedAt !== null) {
      throw badField('code', 'is not a valid invitation code');
    }

    if (new Date(invitation.expiresAt) <= new Date()) {
      throw badField('code', 'has expired; ask an admin of your clinic for a new invitation');
    }

    if (invitation.email !== normalizeEmail(options.email)) {
      throw badField('email', 'does not match the email the invitation was issued for');
    }

    const member = await insertMemberWithAccount(trx, {
      clinicId: invitation.clinicId,
      values: { ...options.profile, role: invitation.role, email: options.email },
      passwordHash: options.passwordHash,
    });

    await trx
      .updateTable('invitations')
      .set({ acceptedAt: databaseNow(), acceptedMemberId: member.id })
      .where('clinicId', '=', invitation.clinicId)
      .where('id', '=', invitation.id)
      .execute();

    return { clinicId: invitation.clinicId, member };
  });
}
