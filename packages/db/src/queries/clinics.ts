import { notFound, type Clinic, type UpdateClinicInput } from '@medsys/domain';
import { sql, type Kysely } from 'kysely';

import type { DB } from '../schema';
import { assertDatabaseTimeZone } from './time-zones';
import { databaseNow } from '../timestamps';

type Scope = { clinicId: string };

const CLINIC_COLUMNS = ['id', 'name', 'timeZone', 'currency', 'createdAt', 'updatedAt'] as const;

export async function getClinic(db: Kysely<DB>, options: Scope): Promise<Clinic> {
  const clinic = await db
    .selectFrom('clinics')
    .select(CLINIC_COLUMNS)
    .where('id', '=', options.clinicId)
    .executeTakeFirst();

  if (!clinic) {
    throw notFound('clinic');
  }

  return clinic;
}

export async function updateClinic(
  db: Kysely<DB>,
  options: Scope & { values: UpdateClinicInput },
): Promise<Clinic> {
  if (options.values.timeZone !== undefined) {
    await assertDatabaseTimeZone(db, { timeZone: options.values.timeZone, field: 'timeZone' });
  }

  const updated = await db
    .updateTable('clinics')
    .set({ ...options.values, updatedAt: databaseNow() })
    .where('id', '=', options.clinicId)
    .returning(CLINIC_COLUMNS)
    .executeTakeFirst();

  if (!updated) {
    throw notFound('clinic');
  }

  return updated;
}

/** Takes the clinic's next record number for a new client, e.g. `C-000042`. */
export async function takeNextRecordNumber(db: Kysely<DB>, options: Scope): Promise<string> {
  const row = await db
    .updateTable('clinics')
    .set({ nextRecordNumber: sql`next_record_number + 1` })
    .where('id', '=', options.clinicId)
    .returning(sql<number>`next_record_number - 1`.as('taken'))
    .executeTakeFirstOrThrow();

  return `C-${String(row.taken).padStart(6, '0')}`;
}
