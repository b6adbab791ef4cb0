import {
  AppError,
  notFound,
  type ListMembersInput,
  type Member,
  type Page,
  type Role,
  type UpdateMemberInput,
} from '@medsys/domain';
import { sql, type Kysely } from 'kysely';

import { decodeCursor, toPage } from '../paging';
import type { DB } from '../schema';
import { containsPattern } from '../text-search';
import { MEMBER_COLUMNS } from './accounts';
import { deleteMemberAuthSessions } from './auth-sessions';
import { archivedAtFor, databaseNow } from '../timestamps';

type Scope = { clinicId: string };

export async function listMembers(
  db: Kysely<DB>,
  options: Scope & ListMembersInput & { roles?: readonly Role[] | undefined },
): Promise<Page<Member>> {
  let query = db
    .selectFrom('members')
    .select(MEMBER_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('archivedAt', options.isArchived ? 'is not' : 'is', null)
    .orderBy('fullName')
    .orderBy('id')
    .limit(options.limit + 1);

  if (options.role) {
    query = query.where('role', '=', options.role);
  }

  if (options.roles) {
    query = query.where('role', 'in', options.roles);
  }

  if (options.departmentId) {
    query = query.where('departmentId', '=', options.departmentId);
  }

  if (options.specialty) {
    query = query.where('specialty', 'ilike', containsPattern(options.specialty));
  }

  if (options.search) {
    const pattern = containsPattern(options.search);
    query = query.where(
      sql<string>`full_name || ' ' || email || ' ' || coalesce(specialty, '')`,
      'ilike',
      pattern,
    );
  }

  if (options.cursor) {
    const [fullName, id] = decodeCursor(options.cursor, 'text');
    query = query.where((eb) => eb(eb.refTuple('fullName', 'id'), '>', eb.tuple(fullName, id)));
  }

  const rows = await query.execute();

  return toPage(rows, options.limit, (row) => [row.fullName, row.id]);
}

export async function findMember(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Member | undefined> {
  return db
    .selectFrom('members')
    .select(MEMBER_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .executeTakeFirst();
}

export async function getMember(db: Kysely<DB>, options: Scope & { id: string }): Promise<Member> {
  const member = await findMember(db, options);

  if (!member) {
    throw notFound('member');
  }

  return member;
}

/** Finds an active doctor of the clinic; archived doctors and other roles are not found. */
export async function getActiveDoctor(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Member> {
  const member = await findMember(db, options);

  if (member?.role !== 'doctor' || member.archivedAt !== null) {
    throw notFound('doctor');
  }

  return member;
}

export async function updateMember(
  db: Kysely<DB>,
  options: Scope & { values: UpdateMemberInput },
): Promise<Member> {
  const { id, ...changes } = options.values;
  const updated = await db
    .updateTable('members')
    .set({ ...changes, updatedAt: databaseNow() })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', id)
    .returning(MEMBER_COLUMNS)
    .executeTakeFirst();

  if (!updated) {
    throw notFound('member');
  }

  return updated;
}

/**
 * Archives a member, ends their sessions and revokes the still open invitations
 * they issued. The clinic's last active admin cannot be archived, because no one could restore them.
 */
export async function archiveMember(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Member> {
  // Locking the clinic row makes two admins who archive each other at once take turns.
  await db
    .selectFrom('clinics')
    .select('id')
    .where('id', '=', options.clinicId)
    .forUpdate()
    .execute();
  const member = await getMember(db, options);

  if (member.role === 'admin' && member.archivedAt === null) {
    const otherAdmins = await db
      .selectFrom('members')
      .select('id')
      .where('clinicId', '=', options.clinicId)
      .where('role', '=', 'admin')
      .where('archivedAt', 'is', null)
      .where('id', '!=', options.id)
      .limit(1)
      .execute();

    if (otherAdmins.length === 0) {
      throw new AppError(
        'CONFLICT',
        'the last active admin of a clinic cannot be archived; invite another admin first',
      );
    }
  }

  const archived = await setMemberArchived(db, { ...options, isArchived: true });
  await deleteMemberAuthSessions(db, { clinicId: options.clinicId, memberId: options.id });

  // Codes the member issued would otherwise let someone in on the archived member's word.
  await db
    .updateTable('invitations')
    .set({ revokedAt: databaseNow() })
    .where('clinicId', '=', options.clinicId)
    .where('invitedBy', '=', options.id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .execute();

  return archived;
}

/** Archives or restores a member; an archived member can no longer sign in. */
export async function setMemberArchived(
  db: Kysely<DB>,
  options: Scope & { id: string; isArchived: boolean },
): Promise<Member> {
  const updated = await db
    .updateTable('members')
    .set({
      archivedAt: archivedAtFor(options.isArchived),
      updatedAt: databaseNow(),
    })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .returning(MEMBER_COLUMNS)
    .executeTakeFirst();

  if (!updated) {
    throw notFound('member');
  }

  return updated;
}
