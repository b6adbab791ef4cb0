import {
  notFound,
  type CreateDepartmentInput,
  type Department,
  type ListDepartmentsInput,
  type Page,
  type UpdateDepartmentInput,
} from '@medsys/domain';
import type { Kysely } from 'kysely';

import { decodeCursor, toPage } from '../paging';
import type { DB } from '../schema';
import { containsPattern } from '../text-search';
import { databaseNow } from '../timestamps';

type Scope = { clinicId: string };

const DEPARTMENT_COLUMNS = [
  'id',
  'name',
  'city',
  'address',
  'phone',
  'createdAt',
  'updatedAt',
] as const;

export async function listDepartments(
  db: Kysely<DB>,
  options: Scope & ListDepartmentsInput,
): Promise<Page<Department>> {
  let query = db
    .selectFrom('departments')
    .select(DEPARTMENT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .orderBy('name')
    .orderBy('id')
    .limit(options.limit + 1);

  if (options.city) {
    query = query.where((eb) => eb(eb.fn('lower', ['city']), '=', options.city?.toLowerCase()));
  }

  if (options.search) {
    query = query.where('name', 'ilike', containsPattern(options.search));
  }

  if (options.cursor) {
    const [name, id] = decodeCursor(options.cursor, 'text');
    query = query.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(name, id)));
  }

  const rows = await query.execute();

  return toPage(rows, options.limit, (row) => [row.name, row.id]);
}

export async function findDepartment(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Department | undefined> {
  return db
    .selectFrom('departments')
    .select(DEPARTMENT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .executeTakeFirst();
}

export async function getDepartment(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Department> {
  const department = await findDepartment(db, options);

  if (!department) {
    throw notFound('department');
  }

  return department;
}

export async function createDepartment(
  db: Kysely<DB>,
  options: Scope & { values: CreateDepartmentInput },
): Promise<Department> {
  return db
    .insertInto('departments')
    .values({ ...options.values, clinicId: options.clinicId })
    .returning(DEPARTMENT_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function updateDepartment(
  db: Kysely<DB>,
  options: Scope & { values: UpdateDepartmentInput },
): Promise<Department> {
  const { id, ...changes } = options.values;
  const updated = await db
    .updateTable('departments')
    .set({ ...changes, updatedAt: databaseNow() })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', id)
    .returning(DEPARTMENT_COLUMNS)
    .executeTakeFirst();

  if (!updated) {
    throw notFound('department');
  }

  return updated;
}

/** Deletes a department that nothing refers to; one with members or appointments is kept. */
export async function deleteDepartment(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Department> {
  const deleted = await db
    .deleteFrom('departments')
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .returning(DEPARTMENT_COLUMNS)
    .executeTakeFirst();

  if (!deleted) {
    throw notFound('department');
  }

  return deleted;
}
