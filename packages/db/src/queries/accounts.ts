import type { Clinic, Member, Role } from '@medsys/domain';
import type { Kysely, Transaction } from 'kysely';

import type { DB } from '../schema';
import { unsafeWithoutClinic } from '../scope';
import { assertDatabaseTimeZone } from './time-zones';

export const MEMBER_COLUMNS = [
  'id',
  'role',
  'fullName',
  'email',
  'phone',
  'specialty',
  'departmentId',
  'archivedAt',
  'createdAt',
  'updatedAt',
] as const;

const CLINIC_COLUMNS = ['id', 'name', 'timeZone', 'currency', 'createdAt', 'updatedAt'] as const;

export type NewMemberValues = {
  role: Role;
  fullName: string;
  email: string;
  phone?: string | null | undefined;
  specialty?: string | null | undefined;
  departmentId?: string | null | undefined;
};

export type AccountCredentials = { id: string; clinicId: string; passwordHash: string };

/** Emails compare case-insensitively, so every lookup and every stored key goes through this. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates a clinic and its first admin together; sign-up runs before any clinic exists. */
export async function unsafeCreateClinicWithAdmin(
  db: Kysely<DB>,
  options: {
    clinic: { name: string; timeZone: string; currency: string };
    admin: Omit<NewMemberValues, 'role'>;
    passwordHash: string;
  },
): Promise<{ clinic: Clinic; member: Member }> {
  return unsafeWithoutClinic(db, async (trx) => {
    await assertDatabaseTimeZone(trx, {
      timeZone: options.clinic.timeZone,
      field: 'clinic.timeZone',
    });

    const clinic = await trx
      .insertInto('clinics')
      .values(options.clinic)
      .returning(CLINIC_COLUMNS)
      .executeTakeFirstOrThrow();
    const member = await insertMemberWithAccount(trx, {
      clinicId: clinic.id,
      values: { ...options.admin, role: 'admin' },
      passwordHash: options.passwordHash,
    });

    return { clinic, member };
  });
}

export async function insertMemberWithAccount(
  trx: Transaction<DB>,
  options: { clinicId: string; values: NewMemberValues; passwordHash: string },
): Promise<Member> {
  const member = await trx
    .insertInto('members')
    .values({ ...options.values, clinicId: options.clinicId })
    .returning(MEMBER_COLUMNS)
    .executeTakeFirstOrThrow();

  await trx
    .insertInto('accounts')
    .values({
      id: member.id,
      clinicId: options.clinicId,
      emailNormalized: normalizeEmail(options.values.email),
      passwordHash: options.passwordHash,
    })
    .execute();

  return member;
}

/** The maximum number of accounts (one per clinic) of an email that sign-in checks at once. */
export const MAX_ACCOUNTS_PER_SIGN_IN = 3;

/**
 * Finds the accounts of an email, oldest first: in one clinic when `clinicId` is given, otherwise
 * in every clinic, at most MAX_ACCOUNTS_PER_SIGN_IN of them.
 */
export async function unsafeFindAccountsByEmail(
  db: Kysely<DB>,
  options: { email: string; clinicId?: string | undefined },
): Promise<AccountCredentials[]> {
  let query = db
    .selectFrom('accounts')
    .select(['id', 'clinicId', 'passwordHash'])
    .where('emailNormalized', '=', normalizeEmail(options.email))
    .orderBy('createdAt')
    .orderBy('id')
    .limit(MAX_ACCOUNTS_PER_SIGN_IN);

  if (options.clinicId) {
    query = query.where('clinicId', '=', options.clinicId);
  }

  return query.execute();
}
