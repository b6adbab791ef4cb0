import {
  AppError,
  notFound,
  type ClinicalPartInput,
  type ListSessionResultsInput,
  type Page,
  type PaymentPartInput,
  type SessionResult,
  type SessionResultTotals,
  type SessionResultTotalsInput,
  type UpdateClinicalInput,
  type UpdatePaymentInput,
} from '@medsys/domain';
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';

import { decodeCursor, toPage } from '../paging';
import type { DB } from '../schema';
import { lockAppointment } from './appointments';
import { databaseNow } from '../timestamps';

type Scope = { clinicId: string };

const SESSION_RESULT_COLUMNS = [
  'id',
  'appointmentId',
  'doctorId',
  'clientId',
  'visitStartsAt',
  'complaints',
  'examination',
  'diagnosis',
  'diagnosisCode',
  'treatment',
  'recommendations',
  'priceMinor',
  'paidMinor',
  'paymentStatus',
  'recordedBy',
  'createdAt',
  'updatedAt',
] as const;

export async function listSessionResults(
  db: Kysely<DB>,
  options: Scope & ListSessionResultsInput,
): Promise<Page<SessionResult>> {
  let query = filterSessionResults(
    db.selectFrom('sessionResults').select(SESSION_RESULT_COLUMNS),
    options,
  )
    .orderBy('visitStartsAt', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1);

  if (options.cursor) {
    const [visitStartsAt, id] = decodeCursor(options.cursor, 'instant');
    query = query.where((eb) =>
      eb(eb.refTuple('visitStartsAt', 'id'), '<', eb.tuple(visitStartsAt, id)),
    );
  }

  const rows = await query.execute();

  return toPage(rows, options.limit, (row) => [row.visitStartsAt, row.id]);
}

/** Counts the results that match the list's filters and sums their amounts in SQL. */
export async function totalSessionResults(
  db: Kysely<DB>,
  options: Scope & SessionResultTotalsInput,
): Promise<SessionResultTotals> {
  // sum() of a bigint column is numeric, which drivers return as text. Each figure is cast back to
  // bigint, which the database factory reads as a number.
  return filterSessionResults(db.selectFrom('sessionResults'), options)
    .select([
      sql<number>`count(*)::bigint`.as('count'),
      sql<number>`coalesce(sum(price_minor), 0)::bigint`.as('priceMinor'),
      sql<number>`coalesce(sum(paid_minor), 0)::bigint`.as('paidMinor'),
    ])
    .executeTakeFirstOrThrow();
}

function filterSessionResults<O>(
  query: SelectQueryBuilder<DB, 'sessionResults', O>,
  options: Scope & SessionResultTotalsInput,
): SelectQueryBuilder<DB, 'sessionResults', O> {
  let filtered = query.where('clinicId', '=', options.clinicId);

  if (options.doctorId) {
    filtered = filtered.where('doctorId', '=', options.doctorId);
  }

  if (options.clientId) {
    filtered = filtered.where('clientId', '=', options.clientId);
  }

  if (options.from) {
    filtered = filtered.where('visitStartsAt', '>=', options.from);
  }

  if (options.to) {
    filtered = filtered.where('visitStartsAt', '<', options.to);
  }

  if (options.diagnosisCode) {
    // The filter admits only letters, digits and dots, so nothing in it needs escaping for like.
    // The index session_results_code uses text_pattern_ops, so it serves the prefix in any collation.
    filtered = filtered.where('diagnosisCode', 'like', `${options.diagnosisCode}%`);
  }

  if (options.paymentStatus) {
    filtered = filtered.where('paymentStatus', '=', options.paymentStatus);
  }

  return filtered;
}

export async function findSessionResult(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<SessionResult | undefined> {
  return db
    .selectFrom('sessionResults')
    .select(SESSION_RESULT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .executeTakeFirst();
}

export async function getSessionResult(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<SessionResult> {
  const result = await findSessionResult(db, options);

  if (!result) {
    throw notFound('session result');
  }

  return result;
}

/** Finds the result of an appointment. An appointment without one is NOT_FOUND as well. */
export async function getSessionResultByAppointment(
  db: Kysely<DB>,
  options: Scope & { appointmentId: string },
): Promise<SessionResult> {
  const result = await db
    .selectFrom('sessionResults')
    .select(SESSION_RESULT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('appointmentId', '=', options.appointmentId)
    .executeTakeFirst();

  if (!result) {
    throw notFound('session result');
  }

  return result;
}

const UNPAID: PaymentPartInput = { priceMinor: 0, paidMinor: 0, paymentStatus: 'unpaid' };

/**
 * Records the result of a scheduled, arrived or completed appointment and marks the appointment
 * completed. Both writes share the caller's transaction, so a rejected result leaves the
 * appointment's status as it was. Without a clinical part the clinical fields stay empty, and
 * without a payment part the result is unpaid with a price of 0.
 */
export async function recordSessionResult(
  trx: Transaction<DB>,
  options: Scope & {
    recordedBy: string;
    values: { appointmentId: string; clinical?: ClinicalPartInput; payment?: PaymentPartInput };
  },
): Promise<SessionResult> {
  const { clinicId, values } = options;
  const appointment = await lockAppointment(trx, { clinicId, id: values.appointmentId });

  if (appointment.status === 'cancelled' || appointment.status === 'no_show') {
    const message =
      `the appointment is ${appointment.status}; ` +
      'only a scheduled, arrived or completed appointment gets a session result';

    throw new AppError('CONFLICT', `appointmentId: ${message}`, {
      fieldErrors: { appointmentId: [message] },
    });
  }

  const existing = await trx
    .selectFrom('sessionResults')
    .select('id')
    .where('clinicId', '=', clinicId)
    .where('appointmentId', '=', appointment.id)
    .executeTakeFirst();

  if (existing) {
    throw new AppError('CONFLICT', 'appointmentId: the appointment already has a session result', {
      fieldErrors: { appointmentId: ['already has a session result'] },
      context: { sessionResultId: existing.id },
    });
  }

  await trx
    .updateTable('appointments')
    .set({ status: 'completed', updatedAt: databaseNow() })
    .where('clinicId', '=', clinicId)
    .where('id', '=', appointment.id)
    .where('status', '<>', 'completed')
    .execute();

  return trx
    .insertInto('sessionResults')
    .values({
      ...values.clinical,
      ...(values.payment ?? UNPAID),
      clinicId,
      appointmentId: appointment.id,
      doctorId: appointment.doctorId,
      clientId: appointment.clientId,
      visitStartsAt: appointment.startsAt,
      recordedBy: options.recordedBy,
    })
    .returning(SESSION_RESULT_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Changes the clinical fields that are given and keeps the others. */
export async function updateClinicalPart(
  db: Kysely<DB>,
  options: Scope & { values: UpdateClinicalInput },
): Promise<SessionResult> {
  const { id, ...changes } = options.values;

  return updateSessionResult(db, { clinicId: options.clinicId, id, changes });
}

/** Replaces the price, the amount paid and the payment status together. */
export async function updatePaymentPart(
  db: Kysely<DB>,
  options: Scope & { values: UpdatePaymentInput },
): Promise<SessionResult> {
  const { id, ...changes } = options.values;

  return updateSessionResult(db, { clinicId: options.clinicId, id, changes });
}

async function updateSessionResult(
  db: Kysely<DB>,
  options: Scope & { id: string; changes: ClinicalPartInput | PaymentPartInput },
): Promise<SessionResult> {
  const updated = await db
    .updateTable('sessionResults')
    .set({ ...options.changes, updatedAt: databaseNow() })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .returning(SESSION_RESULT_COLUMNS)
    .executeTakeFirst();

  if (!updated) {
    throw notFound('session result');
  }

  return updated;
}
