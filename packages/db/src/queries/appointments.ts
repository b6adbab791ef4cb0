import {
  AppError,
  badField,
  notFound,
  STATUS_CHANGES,
  type Appointment,
  type CreateAppointmentInput,
  type ListAppointmentsInput,
  type Page,
  type RescheduleAppointmentInput,
  type StatusChange,
} from '@medsys/domain';
import type { Kysely, Transaction } from 'kysely';

import { decodeCursor, toPage } from '../paging';
import type { DB } from '../schema';
import { getDepartment } from './departments';
import { getActiveDoctor } from './members';
import { lockBookingParties, writeWithoutOverlap } from './appointment-overlaps';
import { databaseNow } from '../timestamps';

type Scope = { clinicId: string };

export const APPOINTMENT_COLUMNS = [
  'id',
  'clientId',
  'doctorId',
  'departmentId',
  'startsAt',
  'endsAt',
  'status',
  'cancelReason',
  'notes',
  'createdBy',
  'createdAt',
  'updatedAt',
] as const;

export async function listAppointments(
  db: Kysely<DB>,
  options: Scope & ListAppointmentsInput,
): Promise<Page<Appointment>> {
  let query = db
    .selectFrom('appointments')
    .select(APPOINTMENT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .orderBy('startsAt')
    .orderBy('id')
    .limit(options.limit + 1);

  if (options.doctorId) {
    query = query.where('doctorId', '=', options.doctorId);
  }

  if (options.clientId) {
    query = query.where('clientId', '=', options.clientId);
  }

  if (options.departmentId) {
    query = query.where('departmentId', '=', options.departmentId);
  }

  if (options.status !== undefined) {
    const statuses = Array.isArray(options.status) ? options.status : [options.status];
    query = query.where('status', 'in', statuses);
  }

  if (options.from) {
    query = query.where('startsAt', '>=', options.from);
  }

  if (options.to) {
    query = query.where('startsAt', '<', options.to);
  }

  if (options.cursor) {
    const [startsAt, id] = decodeCursor(options.cursor, 'instant');
    query = query.where((eb) => eb(eb.refTuple('startsAt', 'id'), '>', eb.tuple(startsAt, id)));
  }

  const rows = await query.execute();

  return toPage(rows, options.limit, (row) => [row.startsAt, row.id]);
}

export async function findAppointment(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Appointment | undefined> {
  return db
    .selectFrom('appointments')
    .select(APPOINTMENT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .executeTakeFirst();
}

export async function getAppointment(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Appointment> {
  const appointment = await findAppointment(db, options);

  if (!appointment) {
    throw notFound('appointment');
  }

  return appointment;
}

/**
 * Reads an appointment and locks it until the transaction ends, so a concurrent status change or
 * session result waits for this one.
 */
export async function lockAppointment(
  trx: Transaction<DB>,
  options: Scope & { id: string },
): Promise<Appointment> {
  const current = await getAppointment(trx, options);

  // Take the booking locks before the row lock, in the order bookings take them, so a status
  // change and a booking of the same doctor or client do not wait on each other in a cycle.
  await lockBookingParties(trx, { clinicId: options.clinicId, booking: current });

  const appointment = await trx
    .selectFrom('appointments')
    .select(APPOINTMENT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .forUpdate()
    .executeTakeFirst();

  if (!appointment) {
    throw notFound('appointment');
  }

  return appointment;
}

/**
 * Books an appointment in the department given or, without one, in the doctor's home department.
 * A booking that overlaps a live appointment of the doctor or the client is a CONFLICT.
 */
export async function createAppointment(
  trx: Transaction<DB>,
  options: Scope & { createdBy: string; values: CreateAppointmentInput },
): Promise<Appointment> {
  const { clinicId, values } = options;
  const doctor = await getActiveDoctor(trx, { clinicId, id: values.doctorId });
  await assertBookableClient(trx, { clinicId, id: values.clientId });
  const departmentId = values.departmentId ?? doctor.departmentId;

  if (!departmentId) {
    throw badField(
      'departmentId',
      `is required because doctor ${doctor.id} has no home department`,
    );
  }

  await getDepartment(trx, { clinicId, id: departmentId });

  return writeWithoutOverlap(trx, { clinicId, values }, () =>
    trx
      .insertInto('appointments')
      .values({
        clinicId,
        clientId: values.clientId,
        doctorId: values.doctorId,
        departmentId,
        startsAt: values.startsAt,
        endsAt: values.endsAt,
        notes: values.notes ?? null,
        createdBy: options.createdBy,
      })
      .returning(APPOINTMENT_COLUMNS)
      .executeTakeFirstOrThrow(),
  );
}

/**
 * Moves a scheduled appointment to new times, and optionally to another doctor or department. The
 * department stays as it was unless a new one is given.
 */
export async function rescheduleAppointment(
  trx: Transaction<DB>,
  options: Scope & { values: RescheduleAppointmentInput },
): Promise<Appointment> {
  const { clinicId, values } = options;
  const current = await lockAppointment(trx, { clinicId, id: values.id });

  if (current.status !== 'scheduled') {
    throw new AppError(
      'CONFLICT',
      `the appointment is ${current.status}; only a scheduled appointment can be rescheduled`,
    );
  }

  if (values.doctorId) {
    await getActiveDoctor(trx, { clinicId, id: values.doctorId });
  }

  if (values.departmentId) {
    await getDepartment(trx, { clinicId, id: values.departmentId });
  }

  const doctorId = values.doctorId ?? current.doctorId;
  const times = { startsAt: values.startsAt, endsAt: values.endsAt };

  return writeWithoutOverlap(
    trx,
    { clinicId, values: { ...times, doctorId, clientId: current.clientId }, exceptId: current.id },
    () =>
      trx
        .updateTable('appointments')
        .set({
          ...times,
          doctorId,
          departmentId: values.departmentId ?? current.departmentId,
          updatedAt: databaseNow(),
        })
        .where('clinicId', '=', clinicId)
        .where('id', '=', current.id)
        .returning(APPOINTMENT_COLUMNS)
        .executeTakeFirstOrThrow(),
  );
}

/**
 * Moves an appointment to a new status if its current status allows it, and throws CONFLICT
 * naming the current status otherwise. A cancellation needs a reason.
 */
export async function changeAppointmentStatus(
  trx: Transaction<DB>,
  options: Scope & { id: string; status: StatusChange; cancelReason?: string },
): Promise<Appointment> {
  await lockAppointment(trx, options);
  const sources = STATUS_CHANGES[options.status];
  const updated = await trx
    .updateTable('appointments')
    .set({
      status: options.status,
      cancelReason: options.status === 'cancelled' ? (options.cancelReason ?? null) : null,
      updatedAt: databaseNow(),
    })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .where('status', 'in', sources)
    .returning(APPOINTMENT_COLUMNS)
    .executeTakeFirst();

  if (updated) {
    return updated;
  }

  const current = await getAppointment(trx, options);
  const allowed = sources.join(' or ');

  throw new AppError(
    'CONFLICT',
    `the appointment is ${current.status}; only a ${allowed} appointment can become ${options.status}`,
  );
}

/** Throws NOT_FOUND for a client that does not exist in the clinic or is archived. */
async function assertBookableClient(db: Kysely<DB>, options: Scope & { id: string }) {
  const client = await db
    .selectFrom('clients')
    .select(['id', 'archivedAt'])
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .executeTakeFirst();

  if (!client || client.archivedAt !== null) {
    throw notFound('client');
  }
}
