import { ageOn } from '@medsys/domain';
import type { Insertable } from 'kysely';

import type { AppointmentTable, SessionResultTable } from '../schema';
import type { DemoClient } from './build-clients';
import { addDays, isoWeekdayOf, listDates, subtractMonths } from './calendar';
import type { ClinicProfile, DemoDoctor, WorkingHours } from './clinic-profile';
import { pickClinicalCase } from './clinical-cases';
import { instantAtLocalTime } from './local-time';
import type { Random } from './random';
import {
  chooseAppointmentNotes,
  chooseCancelReason,
  choosePayment,
  chooseStatus,
} from './visit-outcomes';

export type ScheduledDoctor = { id: string; profile: DemoDoctor; isDemoDoctor: boolean };

export type Schedule = {
  appointments: Insertable<AppointmentTable>[];
  sessionResults: Insertable<SessionResultTable>[];
};

type ScheduleOptions = {
  random: Random;
  profile: ClinicProfile;
  clinicId: string;
  now: Date;
  /** The clinic's local date at `now`. */
  today: string;
  doctors: readonly ScheduledDoctor[];
  /** Department ids by the profile's department key. */
  departmentIds: ReadonlyMap<string, string>;
  /** Members who book appointments. The first one books most of them. */
  bookerIds: readonly [string, ...string[]];
  clients: readonly DemoClient[];
};

type Slot = { date: string; startsAt: string; endsAt: string; departmentId: string };

const HISTORY_MONTHS = 6;
const FUTURE_DAYS = 14;
const CLIENT_PICK_ATTEMPTS = 12;
// Share of cancelled slots that the front desk gives to another client.
const REBOOKED_SHARE = 0.3;

/** Share of a doctor's slots that are booked, by how far the day is from today. */
function bookingRate(date: string, today: string, isDemoDoctor: boolean): number {
  if (date < today) {
    return 0.32;
  }

  if (date === today) {
    return isDemoDoctor ? 0.8 : 0.55;
  }

  return date <= addDays(today, 3) ? 0.45 : 0.2;
}

function listSlotStarts(hours: WorkingHours, slotMinutes: number): number[] {
  const starts: number[] = [];

  for (let start = hours.opensAt; start + slotMinutes <= hours.closesAt; start += slotMinutes) {
    const { lunch } = hours;
    const overlapsLunch =
      lunch !== null && start < lunch.endsAt && start + slotMinutes > lunch.startsAt;

    if (!overlapsLunch) {
      starts.push(start);
    }
  }

  return starts;
}

/**
 * Returns a doctor's hours on `date`, or undefined on a day off. The demo doctor also works
 * today when today is a day off, so signing in as them always shows a day's list.
 */
function hoursOn(
  profile: ClinicProfile,
  doctor: ScheduledDoctor,
  date: string,
  today: string,
): WorkingHours | undefined {
  const hours = profile.hours[isoWeekdayOf(date)];

  if (hours || !doctor.isDemoDoctor || date !== today) {
    return hours;
  }

  return Object.values(profile.hours)[0];
}

/**
 * Builds six months of appointments up to `now` and two weeks ahead, with a session result for
 * every completed one. A doctor's slots do not overlap, a slot gets at most one live
 * appointment, and a client books at most one appointment a day. So no two live appointments of
 * a doctor or of a client overlap, which the database's exclusion constraints require.
 */
export function buildSchedule(options: ScheduleOptions): Schedule {
  const { random, profile, today } = options;
  const schedule: Schedule = { appointments: [], sessionResults: [] };
  const bookedClientDays = new Set<string>();
  const first = subtractMonths(today, HISTORY_MONTHS);
  const last = addDays(today, FUTURE_DAYS);

  for (const date of listDates(first, last)) {
    const weekday = isoWeekdayOf(date);
    const availableClients = options.clients.filter(
      (client) =>
        client.row.birthDate <= date && (client.archivedOn === null || date < client.archivedOn),
    );

    for (const doctor of options.doctors) {
      const hours = hoursOn(profile, doctor, date, today);

      if (!hours) {
        continue;
      }

      const departmentKey =
        doctor.profile.visitingDepartments?.[weekday] ?? doctor.profile.departmentKey;
      const departmentId =
        departmentKey === null ? undefined : options.departmentIds.get(departmentKey);

      if (departmentId === undefined) {
        throw new Error(
          `invalid demo profile: doctor ${doctor.profile.email} has no department on ${date}`,
        );
      }

      const rate = bookingRate(date, today, doctor.isDemoDoctor);
      const slotMinutes = doctor.profile.slotMinutes;

      for (const start of listSlotStarts(hours, slotMinutes)) {
        if (!random.chance(rate)) {
          continue;
        }

        const slot: Slot = {
          date,
          startsAt: instantAtLocalTime(date, start, profile.timeZone),
          endsAt: instantAtLocalTime(date, start + slotMinutes, profile.timeZone),
          departmentId,
        };
        bookSlot(options, { schedule, bookedClientDays, availableClients }, doctor, slot);
      }
    }
  }

  return schedule;
}

/** Books one slot, and once more for another client when the first booking was cancelled. */
function bookSlot(
  options: ScheduleOptions,
  state: { schedule: Schedule; bookedClientDays: Set<string>; availableClients: DemoClient[] },
  doctor: ScheduledDoctor,
  slot: Slot,
): void {
  const { random, today } = options;
  const timing = {
    isBeforeToday: slot.date < today,
    isToday: slot.date === today,
    startsAtMs: Date.parse(slot.startsAt),
    nowMs: options.now.getTime(),
  };
  let canBeCancelled = true;

  for (;;) {
    const client = pickFreeClient(random, state, slot.date);

    if (!client) {
      return;
    }

    const status = chooseStatus(random, timing, { canBeCancelled });
    const appointmentId = random.uuid();

    state.schedule.appointments.push({
      clinicId: options.clinicId,
      id: appointmentId,
      clientId: client.row.id,
      doctorId: doctor.id,
      departmentId: slot.departmentId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status,
      cancelReason: status === 'cancelled' ? chooseCancelReason(random) : null,
      notes: chooseAppointmentNotes(random),
      createdBy: random.chance(0.7) ? options.bookerIds[0] : random.pick(options.bookerIds),
    });

    if (status === 'completed') {
      state.schedule.sessionResults.push(
        buildSessionResult(options, { appointmentId, doctor, client, slot }),
      );
    }

    if (status !== 'cancelled' || !random.chance(REBOOKED_SHARE)) {
      return;
    }

    canBeCancelled = false;
  }
}

function pickFreeClient(
  random: Random,
  state: { bookedClientDays: Set<string>; availableClients: DemoClient[] },
  date: string,
): DemoClient | undefined {
  if (state.availableClients.length === 0) {
    return undefined;
  }

  for (let attempt = 0; attempt < CLIENT_PICK_ATTEMPTS; attempt += 1) {
    const client = random.pick(state.availableClients);
    const key = `${client.row.id}/${date}`;

    if (!state.bookedClientDays.has(key)) {
      state.bookedClientDays.add(key);

      return client;
    }
  }

  return undefined;
}

function buildSessionResult(
  options: ScheduleOptions,
  visit: { appointmentId: string; doctor: ScheduledDoctor; client: DemoClient; slot: Slot },
): Insertable<SessionResultTable> {
  const { random, profile } = options;
  const { client, doctor, slot } = visit;
  const isDisabled = client.row.isDisabled;
  const age = ageOn(client.row.birthDate, slot.date);
  const clinicalCase = pickClinicalCase(random, doctor.profile.field, { age, isDisabled });
  const payment = choosePayment(random, {
    priceMinor: profile.prices[doctor.profile.field],
    stepMinor: profile.paymentStepMinor,
    isDisabled,
    isToday: slot.date === options.today,
  });

  return {
    clinicId: options.clinicId,
    id: random.uuid(),
    appointmentId: visit.appointmentId,
    doctorId: doctor.id,
    clientId: client.row.id,
    visitStartsAt: slot.startsAt,
    complaints: random.pick(clinicalCase.complaints),
    examination: clinicalCase.examination,
    diagnosis: clinicalCase.diagnosis,
    diagnosisCode: clinicalCase.code,
    treatment: clinicalCase.treatment,
    recommendations: clinicalCase.recommendations,
    ...payment,
    recordedBy: doctor.id,
  };
}
