import { localDateOf, type Role } from '@medsys/domain';
import type { Transaction } from 'kysely';

import { insertMemberWithAccount } from '../queries/accounts';
import type { DB } from '../schema';
import { buildClients } from './build-clients';
import { buildSchedule, type ScheduledDoctor } from './build-schedule';
import type { ClinicProfile, DemoMember } from './clinic-profile';
import type { DemoClinicSummary } from './demo-summary';
import { insertInBatches } from './insert-in-batches';
import { createRandom, type Random } from './random';

// A second stream for the schedule, so changing how clients are drawn leaves visits alone.
const SCHEDULE_SEED_SALT = 0x5bd1e995;

type ClinicMembers = {
  adminId: string;
  doctors: ScheduledDoctor[];
  staffIds: [string, ...string[]];
};

async function insertDepartments(
  trx: Transaction<DB>,
  options: { random: Random; profile: ClinicProfile; clinicId: string },
): Promise<Map<string, string>> {
  const departmentIds = new Map<string, string>();
  const rows = options.profile.departments.map(({ key, ...values }) => {
    const id = options.random.uuid();
    departmentIds.set(key, id);

    return { ...values, id, clinicId: options.clinicId };
  });

  await insertInBatches(trx, 'departments', rows);

  return departmentIds;
}

function departmentIdOf(
  departmentIds: ReadonlyMap<string, string>,
  member: DemoMember,
): string | null {
  if (member.departmentKey === null) {
    return null;
  }

  const id = departmentIds.get(member.departmentKey);

  if (id === undefined) {
    throw new Error(
      `demo member ${member.email} names an unknown department "${member.departmentKey}"`,
    );
  }

  return id;
}

/** Inserts the admin, doctors and staff, each with an account that signs in with the password. */
async function insertMembers(
  trx: Transaction<DB>,
  options: {
    profile: ClinicProfile;
    clinicId: string;
    departmentIds: ReadonlyMap<string, string>;
    passwordHash: string;
  },
): Promise<ClinicMembers> {
  const { profile, clinicId, departmentIds, passwordHash } = options;

  const insert = async (member: DemoMember, role: Role, specialty: string | null = null) => {
    const inserted = await insertMemberWithAccount(trx, {
      clinicId,
      passwordHash,
      values: {
        role,
        fullName: member.fullName,
        email: member.email,
        phone: member.phone,
        specialty,
        departmentId: departmentIdOf(departmentIds, member),
      },
    });

    return inserted.id;
  };

  const adminId = await insert(profile.admin, 'admin');

  const doctors: ScheduledDoctor[] = [];
  for (const [index, doctor] of profile.doctors.entries()) {
    const id = await insert(doctor, 'doctor', doctor.specialty);
    doctors.push({ id, profile: doctor, isDemoDoctor: index === 0 });
  }

  const [firstStaff, ...otherStaff] = profile.staff;
  const staffIds: [string, ...string[]] = [await insert(firstStaff, 'staff')];
  for (const staff of otherStaff) {
    staffIds.push(await insert(staff, 'staff'));
  }

  return { adminId, doctors, staffIds };
}

/**
 * Inserts one demo clinic with its departments, members, clients, appointments and session
 * results. Ids and data come from the profile's seed, so the same `now` gives the same rows.
 */
export async function seedClinic(
  trx: Transaction<DB>,
  options: { profile: ClinicProfile; passwordHash: string; now: Date },
): Promise<DemoClinicSummary> {
  const { profile, passwordHash, now } = options;
  const random = createRandom(profile.seed);
  const today = localDateOf(now, profile.timeZone);

  const clinic = await trx
    .insertInto('clinics')
    .values({ name: profile.name, timeZone: profile.timeZone, currency: profile.currency })
    .returning('id')
    .executeTakeFirstOrThrow();
  const clinicId = clinic.id;

  const departmentIds = await insertDepartments(trx, { random, profile, clinicId });
  const members = await insertMembers(trx, { profile, clinicId, departmentIds, passwordHash });

  const clients = buildClients({ random, profile, clinicId, today });
  await insertInBatches(
    trx,
    'clients',
    clients.map((client) => client.row),
  );
  await trx
    .updateTable('clinics')
    .set({ nextRecordNumber: clients.length + 1 })
    .where('id', '=', clinicId)
    .execute();

  const schedule = buildSchedule({
    random: createRandom(profile.seed ^ SCHEDULE_SEED_SALT),
    profile,
    clinicId,
    now,
    today,
    doctors: members.doctors,
    departmentIds,
    bookerIds: [...members.staffIds, members.adminId],
    clients,
  });
  await insertInBatches(trx, 'appointments', schedule.appointments);
  await insertInBatches(trx, 'sessionResults', schedule.sessionResults);

  return {
    name: profile.name,
    timeZone: profile.timeZone,
    admin: { email: profile.admin.email },
    doctor: { email: profile.doctors[0].email },
    staff: { email: profile.staff[0].email },
    counts: {
      departments: departmentIds.size,
      doctors: members.doctors.length,
      staff: members.staffIds.length,
      clients: clients.length,
      appointments: schedule.appointments.length,
      sessionResults: schedule.sessionResults.length,
    },
  };
}
