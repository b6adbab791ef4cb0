import { takeNextRecordNumber, withClinic, type AppointmentStatus, type Sex } from '@medsys/db';

import type { AppServices } from '../trpc/context';
import type { TestClinic } from './clinic-factory';

export type ClientFixture = {
  /** A calendar date, 'YYYY-MM-DD'. */
  birthDate: string;
  sex: Sex;
  isDisabled?: boolean;
  fullName?: string;
};

export type VisitFixture = {
  clientId: string;
  /** An ISO 8601 instant with `Z` or a UTC offset. */
  startsAt: string;
  /** The doctor's member id, by default the doctor that `createTestClinic` made. */
  doctorId?: string;
  /** Appointment status, by default `completed`. */
  status?: AppointmentStatus;
  /** Length in minutes, by default 30. */
  minutes?: number;
};

const DEFAULT_VISIT_MINUTES = 30;

// An instant without an offset would be read in the test process's own time zone.
const UTC_OFFSET_SUFFIX = /(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Inserts clients straight into the database, in one transaction as the clinic's app role, and
 * returns their ids in the order given.
 */
export async function insertClients(
  services: AppServices,
  clinic: TestClinic,
  clients: readonly ClientFixture[],
): Promise<string[]> {
  const clinicId = clinic.clinic.id;

  return withClinic(services.db, clinicId, async (trx) => {
    const ids: string[] = [];

    for (const client of clients) {
      const recordNumber = await takeNextRecordNumber(trx, { clinicId });
      const row = await trx
        .insertInto('clients')
        .values({
          clinicId,
          recordNumber,
          fullName: client.fullName ?? `Client ${recordNumber}`,
          birthDate: client.birthDate,
          sex: client.sex,
          isDisabled: client.isDisabled ?? false,
          disabilityNote: client.isDisabled ? 'Registered disability' : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }

    return ids;
  });
}

export async function insertClient(
  services: AppServices,
  clinic: TestClinic,
  client: ClientFixture,
): Promise<string> {
  const [id] = await insertClients(services, clinic, [client]);
  if (id === undefined) {
    throw new Error('inserting one client returned no id');
  }

  return id;
}

/**
 * Inserts appointments straight into the database, in one transaction as the clinic's app role,
 * in the clinic's department and created by its admin. Live appointments (scheduled, arrived,
 * completed) of one doctor or one client must not overlap, or the insert fails.
 */
export async function insertVisits(
  services: AppServices,
  clinic: TestClinic,
  visits: readonly VisitFixture[],
): Promise<string[]> {
  const clinicId = clinic.clinic.id;

  return withClinic(services.db, clinicId, async (trx) => {
    const ids: string[] = [];

    for (const visit of visits) {
      if (!UTC_OFFSET_SUFFIX.test(visit.startsAt)) {
        throw new Error(
          `invalid visit start "${visit.startsAt}": expected "Z" or a UTC offset such as +05:00`,
        );
      }

      const startsAt = new Date(visit.startsAt);
      const minutes = visit.minutes ?? DEFAULT_VISIT_MINUTES;
      const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
      const status = visit.status ?? 'completed';

      const row = await trx
        .insertInto('appointments')
        .values({
          clinicId,
          clientId: visit.clientId,
          doctorId: visit.doctorId ?? clinic.doctor.member.id,
          departmentId: clinic.departmentId,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          status,
          cancelReason: status === 'cancelled' ? 'Cancelled by the client' : null,
          createdBy: clinic.admin.member.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }

    return ids;
  });
}
