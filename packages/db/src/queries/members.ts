import {
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
    const [fullName, id] = decodeCursor(options.cursor, 2);
    query = query.where((eb) =>
      eb(eb.refTuple('fullName', 'id'), '>', eb.tuple(String(fullName), String(id))),
    );
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
