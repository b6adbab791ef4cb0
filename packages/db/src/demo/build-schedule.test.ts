import { localDateOf } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { buildClients } from './build-clients';
import { buildSchedule, type Schedule } from './build-schedule';
import { HARBOR_PROFILE } from './harbor-profile';
import { createRandom } from './random';

const CLINIC_ID = '00000000-0000-4000-8000-000000000001';

// 13:00 in Los Angeles, so the UTC date of each `now` is also the clinic's local date.
const MARCH_NOW = new Date('2026-03-11T20:00:00Z');
const JUNE_NOW = new Date('2026-06-10T20:00:00Z');

function buildDemo(now: Date): { clients: ReturnType<typeof buildClients>; schedule: Schedule } {
  const profile = HARBOR_PROFILE;
  const today = now.toISOString().slice(0, 10);
  const clients = buildClients({
    random: createRandom(profile.seed),
    profile,
    clinicId: CLINIC_ID,
    today,
  });
  const departmentIds = new Map(
    profile.departments.map((department) => [department.key, department.key]),
  );
  const doctors = profile.doctors.map((doctor, index) => ({
    id: `doctor-${index}`,
    profile: doctor,
    isDemoDoctor: index === 0,
  }));
  const schedule = buildSchedule({
    random: createRandom(profile.seed + 1),
    profile,
    clinicId: CLINIC_ID,
    now,
    today,
    doctors,
    departmentIds,
    bookerIds: ['staff-0'],
    clients,
  });

  return { clients, schedule };
}

describe('demo builders', () => {
  it('build the same rows for the same now', () => {
    const first = buildDemo(MARCH_NOW);
    const second = buildDemo(MARCH_NOW);

    expect(first.schedule.appointments.length).toBeGreaterThan(2000);
    expect(second.clients).toEqual(first.clients);
    expect(second.schedule).toEqual(first.schedule);
  });

  it('move the schedule with now', () => {
    const march = buildDemo(MARCH_NOW);
    const june = buildDemo(JUNE_NOW);
    const lastStart = (schedule: Schedule) =>
      schedule.appointments.reduce((last, row) => (row.startsAt > last ? row.startsAt : last), '');

    expect(lastStart(march.schedule).slice(0, 10)).toBe('2026-03-25');
    expect(lastStart(june.schedule).slice(0, 10)).toBe('2026-06-24');
  });

  it('keep one appointment per client and day', () => {
    const { schedule } = buildDemo(MARCH_NOW);
    const clientDays = schedule.appointments.map(
      (row) => `${row.clientId} ${localDateOf(row.startsAt, HARBOR_PROFILE.timeZone)}`,
    );

    expect(new Set(clientDays).size).toBe(clientDays.length);
  });
});
