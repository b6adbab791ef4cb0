import { randomUUID } from 'node:crypto';

import { withClinic } from '@medsys/db';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';

import { callerFor } from '../test/callers';
import { createTestClinic, type TestClinic } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices, type TestServices } from '../test/services';

const DAY = '2025-04-07';

/** Returns an instant on the test day in UTC, e.g. at('10:30'). */
function at(time: string): string {
  return `${DAY}T${time}:00.000Z`;
}

/** Inserts clients straight into the database, since these tests are about appointments. */
async function addClients(
  services: TestServices,
  clinic: TestClinic,
  count: number,
): Promise<string[]> {
  const clinicId = clinic.clinic.id;
  const rows = await withClinic(services.db, clinicId, (trx) =>
    trx
      .insertInto('clients')
      .values(
        Array.from({ length: count }, (_, index) => ({
          clinicId,
          recordNumber: `T-${randomUUID().slice(0, 8)}`,
          fullName: `Client ${index + 1}`,
          birthDate: '2012-09-01',
          sex: 'male' as const,
        })),
      )
      .returning('id')
      .execute(),
  );

  return rows.map((row) => row.id);
}

/** Splits settled calls into the values of the ones that succeeded and the errors of the rest. */
function partition<T>(results: PromiseSettledResult<T>[]): { won: T[]; lost: unknown[] } {
  const won: T[] = [];
  const lost: unknown[] = [];

  for (const result of results) {
    if (result.status === 'fulfilled') {
      won.push(result.value);
    } else {
      lost.push(result.reason);
    }
  }

  return { won, lost };
}

/** Checks that a failed booking is a CONFLICT that names the appointment in the way. */
function expectOverlapConflict(
  failure: unknown,
  expected: { busy: 'doctor' | 'client'; blockingId: string; from: string; to: string },
): void {
  expect(failure).toBeInstanceOf(TRPCError);
  const error = failure as TRPCError;
  const period = `from ${expected.from} to ${expected.to}`;
  const message = `the ${expected.busy} is busy ${period} with another appointment`;

  expect(error.code).toBe('CONFLICT');
  expect(error.message).toBe(message);
  expect(error.cause).toMatchObject({
    options: {
      context: { conflictingAppointmentId: expected.blockingId, busy: expected.busy },
      fieldErrors: { startsAt: [message] },
    },
  });
}

describe('appointment overlaps of one doctor', () => {
  it('lets one of ten parallel bookings win and frees the time on cancel', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const clientIds = await addClients(services, clinic, 13);
    const doctorId = clinic.doctor.member.id;
    const book = (clientId: string, start: string, end: string) =>
      callerFor(services, clinic.staff.token).appointments.create({
        clientId,
        doctorId,
        startsAt: at(start),
        endsAt: at(end),
      });

    const results = await Promise.allSettled(
      clientIds.slice(0, 10).map((clientId) => book(clientId, '10:00', '10:30')),
    );
    const { won, lost } = partition(results);

    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    const winner = won[0];

    if (!winner) {
      throw new Error('no booking succeeded');
    }

    for (const failure of lost) {
      expectOverlapConflict(failure, {
        busy: 'doctor',
        blockingId: winner.id,
        from: at('10:00'),
        to: at('10:30'),
      });
    }

    const stored = await clinic.admin.caller.appointments.list({ doctorId });
    expect(stored.items.map((item) => item.id)).toEqual([winner.id]);

    const [touchingClient, overlappingClient, rebookingClient] = clientIds.slice(10) as [
      string,
      string,
      string,
    ];
    const touching = await book(touchingClient, '10:30', '11:00');
    expect(touching.startsAt).toBe(at('10:30'));

    const overlapping = await book(overlappingClient, '10:15', '10:45').catch(
      (error: unknown) => error,
    );
    expectOverlapConflict(overlapping, {
      busy: 'doctor',
      blockingId: winner.id,
      from: at('10:00'),
      to: at('10:30'),
    });

    await clinic.staff.caller.appointments.cancel({ id: winner.id, reason: 'Client is ill' });
    const rebooked = await book(rebookingClient, '10:00', '10:30');
    expect(rebooked.doctorId).toBe(doctorId);

    const live = await clinic.admin.caller.appointments.list({
      doctorId,
      status: ['scheduled', 'arrived', 'completed'],
    });
    expect(live.items.map((item) => item.id)).toEqual([rebooked.id, touching.id]);
  });

  it('frees the time of a no-show but not of a completed visit', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const [first, second, third] = (await addClients(services, clinic, 3)) as [
      string,
      string,
      string,
    ];
    const doctorId = clinic.doctor.member.id;
    const book = (clientId: string) =>
      clinic.staff.caller.appointments.create({
        clientId,
        doctorId,
        startsAt: at('14:00'),
        endsAt: at('14:30'),
      });

    const missed = await book(first);
    await clinic.staff.caller.appointments.markNoShow({ id: missed.id });
    const completed = await book(second);
    await clinic.staff.caller.appointments.complete({ id: completed.id });

    const blocked = await book(third).catch((error: unknown) => error);
    expectOverlapConflict(blocked, {
      busy: 'doctor',
      blockingId: completed.id,
      from: at('14:00'),
      to: at('14:30'),
    });
  });

  it('rejects a reschedule into a busy time', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const [first, second] = (await addClients(services, clinic, 2)) as [string, string];
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const doctorId = clinic.doctor.member.id;
    const early = await clinic.staff.caller.appointments.create({
      clientId: first,
      doctorId,
      startsAt: at('09:00'),
      endsAt: at('09:30'),
    });
    const late = await clinic.staff.caller.appointments.create({
      clientId: second,
      doctorId: otherDoctor.member.id,
      startsAt: at('11:00'),
      endsAt: at('11:30'),
    });

    const shifted = await clinic.staff.caller.appointments.reschedule({
      id: early.id,
      startsAt: at('09:15'),
      endsAt: at('09:45'),
    });
    expect(shifted.startsAt).toBe(at('09:15'));

    const blocked = await clinic.staff.caller.appointments
      .reschedule({
        id: late.id,
        startsAt: at('09:40'),
        endsAt: at('10:10'),
        doctorId,
      })
      .catch((error: unknown) => error);
    expectOverlapConflict(blocked, {
      busy: 'doctor',
      blockingId: early.id,
      from: at('09:15'),
      to: at('09:45'),
    });
    expect(await clinic.staff.caller.appointments.get({ id: late.id })).toEqual(late);

    const moved = await clinic.staff.caller.appointments.reschedule({
      id: late.id,
      startsAt: at('09:45'),
      endsAt: at('10:15'),
      doctorId,
    });
    expect(moved.doctorId).toBe(doctorId);
  });
});

describe('appointment overlaps of one client', () => {
  it('lets one of parallel bookings with different doctors win', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const [clientId] = (await addClients(services, clinic, 1)) as [string];
    const doctors = [
      clinic.doctor,
      await clinic.addMember('doctor', 'Otabek Doctor'),
      await clinic.addMember('doctor', 'Nodira Doctor'),
    ];
    const book = (doctorId: string, start: string, end: string) =>
      callerFor(services, clinic.staff.token).appointments.create({
        clientId,
        doctorId,
        startsAt: at(start),
        endsAt: at(end),
      });

    const results = await Promise.allSettled(
      doctors.map((doctor) => book(doctor.member.id, '10:00', '10:30')),
    );
    const { won, lost } = partition(results);

    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(2);
    const winner = won[0];

    if (!winner) {
      throw new Error('no booking succeeded');
    }

    for (const failure of lost) {
      expectOverlapConflict(failure, {
        busy: 'client',
        blockingId: winner.id,
        from: at('10:00'),
        to: at('10:30'),
      });
    }

    const stored = await clinic.admin.caller.appointments.list({ clientId });
    expect(stored.items.map((item) => item.id)).toEqual([winner.id]);

    const others = doctors.filter((doctor) => doctor.member.id !== winner.doctorId);
    const [second, third] = others.map((doctor) => doctor.member.id) as [string, string];
    const touching = await book(second, '10:30', '11:00');
    expect(touching.doctorId).toBe(second);

    const overlapping = await book(third, '10:15', '10:45').catch((error: unknown) => error);
    expectOverlapConflict(overlapping, {
      busy: 'client',
      blockingId: winner.id,
      from: at('10:00'),
      to: at('10:30'),
    });

    await clinic.staff.caller.appointments.cancel({ id: winner.id, reason: 'Booked twice' });
    const rebooked = await book(third, '10:00', '10:30');
    expect(rebooked.doctorId).toBe(third);

    const live = await clinic.admin.caller.appointments.list({
      clientId,
      status: ['scheduled', 'arrived', 'completed'],
    });
    expect(live.items.map((item) => item.id)).toEqual([rebooked.id, touching.id]);
  });

  it('lets two clinics book the same times for their own doctors', async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);
    const [clientA] = (await addClients(services, clinicA, 1)) as [string];
    const [clientB] = (await addClients(services, clinicB, 1)) as [string];
    const times = { startsAt: at('10:00'), endsAt: at('10:30') };

    const [bookedA, bookedB] = await Promise.all([
      clinicA.staff.caller.appointments.create({
        ...times,
        clientId: clientA,
        doctorId: clinicA.doctor.member.id,
      }),
      clinicB.staff.caller.appointments.create({
        ...times,
        clientId: clientB,
        doctorId: clinicB.doctor.member.id,
      }),
    ]);

    expect(bookedA.startsAt).toBe(at('10:00'));
    expect(bookedB.startsAt).toBe(at('10:00'));
    await expectTRPCError(
      clinicB.staff.caller.appointments.create({
        startsAt: at('10:10'),
        endsAt: at('10:20'),
        clientId: clientB,
        doctorId: clinicB.doctor.member.id,
      }),
      { code: 'CONFLICT', message: 'the doctor is busy' },
    );
  });
});

describe('appointment overlaps across doctors and clients', () => {
  it('books crossing pairs in parallel without a deadlock', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const secondDoctor = await clinic.addMember('doctor', 'Second Doctor');
    const doctorIds = [clinic.doctor.member.id, secondDoctor.member.id];
    const clientIds = await addClients(services, clinic, 2);

    const hours = Array.from({ length: 12 }, (_, index) => String(index + 7).padStart(2, '0'));

    for (const [round, hour] of hours.entries()) {
      const calls = [...doctorIds, ...doctorIds, ...doctorIds].flatMap((doctorId) =>
        clientIds.map((clientId) =>
          callerFor(services, clinic.staff.token).appointments.create({
            clientId,
            doctorId,
            startsAt: at(`${hour}:00`),
            endsAt: at(`${hour}:30`),
          }),
        ),
      );

      const { won, lost } = partition(await Promise.allSettled(calls));

      expect(won, `round ${round}`).toHaveLength(2);
      expect(new Set(won.map((appointment) => appointment.doctorId)).size).toBe(2);
      expect(new Set(won.map((appointment) => appointment.clientId)).size).toBe(2);
      expect(lost).toHaveLength(10);
      for (const failure of lost) {
        expect((failure as TRPCError).code).toBe('CONFLICT');
      }
    }
  });
});

describe('appointment status changes during bookings', () => {
  it('keeps a status change and parallel bookings consistent', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const secondDoctor = await clinic.addMember('doctor', 'Second Doctor');
    const [firstClient, secondClient] = await addClients(services, clinic, 2);
    const staff = () => callerFor(services, clinic.staff.token);

    for (let round = 0; round < 12; round += 1) {
      const hour = String(round + 7).padStart(2, '0');
      const slot = { startsAt: at(`${hour}:00`), endsAt: at(`${hour}:30`) };
      const booked = await staff().appointments.create({
        ...slot,
        clientId: firstClient ?? '',
        doctorId: clinic.doctor.member.id,
      });

      const results = await Promise.allSettled([
        staff().appointments.create({
          ...slot,
          clientId: secondClient ?? '',
          doctorId: clinic.doctor.member.id,
        }),
        round % 2 === 0
          ? staff().appointments.complete({ id: booked.id })
          : staff().appointments.arrive({ id: booked.id }),
        staff().appointments.create({
          ...slot,
          clientId: firstClient ?? '',
          doctorId: secondDoctor.member.id,
        }),
      ]);

      const [secondBooking, statusChange, thirdBooking] = results;
      expect(statusChange.status, `round ${round}`).toBe('fulfilled');
      for (const booking of [secondBooking, thirdBooking]) {
        expect(booking.status).toBe('rejected');
        expect(((booking as PromiseRejectedResult).reason as TRPCError).code).toBe('CONFLICT');
      }
    }
  });
});
