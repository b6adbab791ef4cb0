import { AppError, LIVE_APPOINTMENT_STATUSES, type Appointment } from '@medsys/domain';
import { sql, type Kysely, type Transaction } from 'kysely';

import type { DB } from '../schema';

type Scope = { clinicId: string };

export type Booking = { doctorId: string; clientId: string; startsAt: string; endsAt: string };

const SAVEPOINT = sql.raw('appointment_write');

/**
 * Takes transaction-long advisory locks on the doctor and the client, always in the same order.
 * Two bookings that could overlap share one of them, so they run one after the other instead of
 * waiting on each other's exclusion-index entries in opposite orders, which PostgreSQL ends as a
 * deadlock.
 */
export async function lockBookingParties(
  trx: Transaction<DB>,
  options: Scope & { booking: Booking },
): Promise<void> {
  const keys = [options.booking.doctorId, options.booking.clientId]
    .map((id) => `appointment-party:${options.clinicId}:${id}`)
    .sort();

  for (const key of keys) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
  }
}

/**
 * Runs an insert or update of an appointment inside a savepoint. When an exclusion constraint
 * rejects it (SQLSTATE 23P01), the savepoint is rolled back, so the transaction can still look up
 * the live appointment in the way and report it.
 */
export async function writeWithoutOverlap(
  trx: Transaction<DB>,
  options: Scope & { values: Booking; exceptId?: string },
  write: () => Promise<Appointment>,
): Promise<Appointment> {
  await lockBookingParties(trx, { clinicId: options.clinicId, booking: options.values });
  await sql`savepoint ${SAVEPOINT}`.execute(trx);
  let written: Appointment;

  try {
    written = await write();
  } catch (error) {
    await sql`rollback to savepoint ${SAVEPOINT}`.execute(trx);
    const busy = overlapOf(error);

    if (!busy) {
      throw error;
    }

    throw await overlapConflict(trx, { ...options, busy });
  }

  await sql`release savepoint ${SAVEPOINT}`.execute(trx);

  return written;
}

type Busy = 'doctor' | 'client';

const OVERLAP_CONSTRAINTS: Record<string, Busy> = {
  appointments_doctor_overlap: 'doctor',
  appointments_client_overlap: 'client',
};

/** Tells whose time an exclusion-constraint error is about, or undefined for any other error. */
function overlapOf(error: unknown): Busy | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }

  const { code, constraint } = error as { code?: unknown; constraint?: unknown };

  if (code !== '23P01' || typeof constraint !== 'string') {
    return undefined;
  }

  return OVERLAP_CONSTRAINTS[constraint];
}

/** Builds the CONFLICT for a booking that overlaps a live appointment of the doctor or client. */
async function overlapConflict(
  db: Kysely<DB>,
  options: Scope & { values: Booking; exceptId?: string; busy: Busy },
): Promise<AppError> {
  const { values, busy } = options;
  let query = db
    .selectFrom('appointments')
    .select(['id', 'startsAt', 'endsAt'])
    .where('clinicId', '=', options.clinicId)
    .where('status', 'in', LIVE_APPOINTMENT_STATUSES)
    .where('startsAt', '<', values.endsAt)
    .where('endsAt', '>', values.startsAt)
    .orderBy('startsAt')
    .limit(1);
  query =
    busy === 'doctor'
      ? query.where('doctorId', '=', values.doctorId)
      : query.where('clientId', '=', values.clientId);

  if (options.exceptId) {
    query = query.where('id', '<>', options.exceptId);
  }

  const blocking = await query.executeTakeFirst();

  // The appointment in the way may have been cancelled since the constraint saw it.
  if (!blocking) {
    const message = `the ${busy} has another appointment at this time; try again`;

    return new AppError('CONFLICT', message, {
      context: { busy },
      fieldErrors: { startsAt: [message] },
    });
  }

  const period = `from ${blocking.startsAt} to ${blocking.endsAt}`;
  const message = `the ${busy} is busy ${period} with another appointment`;

  return new AppError('CONFLICT', message, {
    context: { conflictingAppointmentId: blocking.id, busy },
    fieldErrors: { startsAt: [message] },
    detail: { busy },
  });
}
