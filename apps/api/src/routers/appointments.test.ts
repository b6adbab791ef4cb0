import { randomUUID } from 'node:crypto';

import { withClinic } from '@medsys/db';
import { describe, expect, it } from 'vitest';

import { createTestClinic, type TestClinic } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices, type TestServices } from '../test/services';

const DAY = '2025-04-07';

/** Returns an instant on the test day in UTC, e.g. at('10:30'). */
function at(time: string): string {
  return `${DAY}T${time}:00.000Z`;
}

/** Inserts a client straight into the database, since these tests are about appointments. */
async function addClient(
  services: TestServices,
  clinic: TestClinic,
  options: { isArchived?: boolean } = {},
): Promise<string> {
  const clinicId = clinic.clinic.id;
  const row = await withClinic(services.db, clinicId, (trx) =>
    trx
      .insertInto('clients')
      .values({
        clinicId,
        recordNumber: `T-${randomUUID().slice(0, 8)}`,
        fullName: 'Aziza Client',
        birthDate: '2015-03-08',
        sex: 'female',
        archivedAt: options.isArchived ? new Date().toISOString() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );

  return row.id;
}

async function setUp() {
  const services = await testServices();
  const clinic = await createTestClinic(services);
  const clientId = await addClient(services, clinic);

  return { services, clinic, clientId };
}

describe('appointments.create', () => {
  it("books in the doctor's home department and stores instants in UTC", async () => {
    const { clinic, clientId } = await setUp();

    const created = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: `${DAY}T15:00:00+05:00`,
      endsAt: `${DAY}T15:30:00+05:00`,
      notes: '  First visit  ',
    });

    expect(created.startsAt).toBe(at('10:00'));
    expect(created.endsAt).toBe(at('10:30'));
    expect(created.departmentId).toBe(clinic.departmentId);
    expect(created.status).toBe('scheduled');
    expect(created.cancelReason).toBeNull();
    expect(created.notes).toBe('First visit');
    expect(created.createdBy).toBe(clinic.staff.member.id);
    expect(await clinic.doctor.caller.appointments.get({ id: created.id })).toEqual(created);
  });

  it('lets doctors book their own appointments in any department', async () => {
    const { clinic, clientId } = await setUp();
    const branch = await clinic.admin.caller.departments.create({
      name: 'North',
      city: 'Tashkent',
    });

    const created = await clinic.doctor.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      departmentId: branch.id,
      startsAt: at('09:00'),
      endsAt: at('09:20'),
    });

    expect(created.departmentId).toBe(branch.id);
    expect(created.createdBy).toBe(clinic.doctor.member.id);
  });

  it('lets admins book for any doctor', async () => {
    const { clinic, clientId } = await setUp();

    const created = await clinic.admin.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: at('09:00'),
      endsAt: at('17:00'),
    });

    expect(created.endsAt).toBe(at('17:00'));
  });

  it('forbids a doctor to book for another doctor', async () => {
    const { clinic, clientId } = await setUp();
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');

    await expectTRPCError(
      clinic.doctor.caller.appointments.create({
        clientId,
        doctorId: otherDoctor.member.id,
        startsAt: at('10:00'),
        endsAt: at('10:30'),
      }),
      { code: 'FORBIDDEN', message: 'your role may not write these appointments' },
    );

    const stored = await clinic.admin.caller.appointments.list({});
    expect(stored.items).toEqual([]);
  });

  it('rejects missing offsets, reversed and overlong times', async () => {
    const { clinic, clientId } = await setUp();
    const booking = { clientId, doctorId: clinic.doctor.member.id };

    const noOffset = await expectTRPCError(
      clinic.staff.caller.appointments.create({
        ...booking,
        startsAt: '2025-03-31T10:00:00',
        endsAt: '2025-03-31T10:30:00Z',
      }),
      { code: 'BAD_REQUEST', message: 'startsAt: must be a date and time with a UTC offset' },
    );
    expect(noOffset.cause).toMatchObject({
      options: { fieldErrors: { startsAt: [expect.any(String)] } },
    });

    await expectTRPCError(
      clinic.staff.caller.appointments.create({
        ...booking,
        startsAt: '2025-03-31T10:30:00Z',
        endsAt: '2025-03-31T10:00:00Z',
      }),
      {
        code: 'BAD_REQUEST',
        message: 'endsAt: 2025-03-31T10:00:00.000Z is not after startsAt 2025-03-31T10:30:00.000Z',
      },
    );

    await expectTRPCError(
      clinic.staff.caller.appointments.create({
        ...booking,
        startsAt: '2025-03-31T10:00:00Z',
        endsAt: '2025-03-31T10:00:00Z',
      }),
      { code: 'BAD_REQUEST', message: 'endsAt: 2025-03-31T10:00:00.000Z is not after startsAt' },
    );

    await expectTRPCError(
      clinic.staff.caller.appointments.create({
        ...booking,
        startsAt: '2025-03-31T08:00:00Z',
        endsAt: '2025-03-31T17:00:00Z',
      }),
      {
        code: 'BAD_REQUEST',
        message: 'endsAt: 2025-03-31T17:00:00.000Z is more than 8 hours after startsAt',
      },
    );

    await expectTRPCError(
      clinic.staff.caller.appointments.create({
        ...booking,
        clientId: 'client-1',
        startsAt: at('10:00'),
        endsAt: at('10:30'),
      }),
      { code: 'BAD_REQUEST', message: 'clientId: must be a valid id' },
    );

    const stored = await clinic.admin.caller.appointments.list({});
    expect(stored.items).toEqual([]);
  });

  it('answers NOT_FOUND for a missing, archived or non-doctor doctor', async () => {
    const { clinic, clientId } = await setUp();
    const archivedDoctor = await clinic.addMember('doctor', 'Former Doctor');
    await clinic.admin.caller.members.archive({ id: archivedDoctor.member.id });
    const times = { startsAt: at('10:00'), endsAt: at('10:30') };

    for (const doctorId of [randomUUID(), archivedDoctor.member.id, clinic.staff.member.id]) {
      await expectTRPCError(
        clinic.staff.caller.appointments.create({ ...times, clientId, doctorId }),
        { code: 'NOT_FOUND', message: 'doctor not found' },
      );
    }

    const stored = await clinic.admin.caller.appointments.list({});
    expect(stored.items).toEqual([]);
  });

  it('answers NOT_FOUND for a missing or archived client and a missing department', async () => {
    const { services, clinic } = await setUp();
    const archivedClientId = await addClient(services, clinic, { isArchived: true });
    const booking = {
      doctorId: clinic.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    };

    for (const clientId of [randomUUID(), archivedClientId]) {
      await expectTRPCError(clinic.staff.caller.appointments.create({ ...booking, clientId }), {
        code: 'NOT_FOUND',
        message: 'client not found',
      });
    }

    const clientId = await addClient(services, clinic);
    await expectTRPCError(
      clinic.staff.caller.appointments.create({ ...booking, clientId, departmentId: randomUUID() }),
      { code: 'NOT_FOUND', message: 'department not found' },
    );

    const stored = await clinic.admin.caller.appointments.list({});
    expect(stored.items).toEqual([]);
  });

  it('asks for departmentId when the doctor has no home department', async () => {
    const { clinic, clientId } = await setUp();
    await clinic.admin.caller.members.update({ id: clinic.doctor.member.id, departmentId: null });
    const booking = {
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    };

    const error = await expectTRPCError(clinic.staff.caller.appointments.create(booking), {
      code: 'BAD_REQUEST',
      message: `departmentId: is required because doctor ${clinic.doctor.member.id} has no home department`,
    });
    expect(error.cause).toMatchObject({
      options: { fieldErrors: { departmentId: [expect.any(String)] } },
    });

    const created = await clinic.staff.caller.appointments.create({
      ...booking,
      departmentId: clinic.departmentId,
    });
    expect(created.departmentId).toBe(clinic.departmentId);
  });
});

describe('appointments.list', () => {
  it('filters by doctor, client, department, status and start time', async () => {
    const { services, clinic, clientId } = await setUp();
    const otherClientId = await addClient(services, clinic);
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const branch = await clinic.admin.caller.departments.create({
      name: 'North',
      city: 'Tashkent',
    });
    const book = (
      doctorId: string,
      client: string,
      start: string,
      end: string,
      departmentId?: string,
    ) =>
      clinic.staff.caller.appointments.create({
        clientId: client,
        doctorId,
        departmentId,
        startsAt: at(start),
        endsAt: at(end),
      });
    const first = await book(clinic.doctor.member.id, clientId, '09:00', '09:30');
    const second = await book(otherDoctor.member.id, otherClientId, '09:00', '09:30', branch.id);
    const third = await book(clinic.doctor.member.id, otherClientId, '10:00', '10:30');
    const fourth = await book(otherDoctor.member.id, clientId, '11:00', '11:30');
    await clinic.staff.caller.appointments.arrive({ id: third.id });
    await clinic.staff.caller.appointments.cancel({ id: fourth.id, reason: 'Feels better' });
    const list = async (filters: Parameters<typeof clinic.staff.caller.appointments.list>[0]) =>
      (await clinic.doctor.caller.appointments.list(filters)).items.map((item) => item.id);

    expect(await list({ doctorId: clinic.doctor.member.id })).toEqual([first.id, third.id]);
    expect(await list({ clientId })).toEqual([first.id, fourth.id]);
    expect(await list({ departmentId: branch.id })).toEqual([second.id]);
    expect(await list({ status: 'arrived' })).toEqual([third.id]);
    expect(await list({ status: ['cancelled', 'arrived'] })).toEqual([third.id, fourth.id]);
    expect(await list({ from: at('09:00'), to: at('10:00') })).toHaveLength(2);
    expect(await list({ from: at('09:00'), to: at('10:00') })).not.toContain(third.id);
    expect(await list({ from: `${DAY}T15:00:00+05:00` })).toEqual([third.id, fourth.id]);
    expect(await list({ to: at('09:00') })).toEqual([]);
  });

  it('pages by start time and id without repeats or gaps', async () => {
    const { services, clinic, clientId } = await setUp();
    const otherClientId = await addClient(services, clinic);
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const expected: string[] = [];

    for (const hour of ['08', '09', '10']) {
      const pair = await Promise.all([
        clinic.staff.caller.appointments.create({
          clientId,
          doctorId: clinic.doctor.member.id,
          startsAt: at(`${hour}:00`),
          endsAt: at(`${hour}:30`),
        }),
        clinic.staff.caller.appointments.create({
          clientId: otherClientId,
          doctorId: otherDoctor.member.id,
          startsAt: at(`${hour}:00`),
          endsAt: at(`${hour}:30`),
        }),
      ]);
      expected.push(...pair.map((appointment) => appointment.id).sort());
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;

    do {
      const page = await clinic.admin.caller.appointments.list({ limit: 4, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(2);
    expect(seen).toEqual(expected);
  });

  it('rejects a period that ends before it starts, and a foreign cursor', async () => {
    const { clinic } = await setUp();

    await expectTRPCError(
      clinic.staff.caller.appointments.list({ from: at('10:00'), to: at('09:00') }),
      { code: 'BAD_REQUEST', message: `to: ${at('09:00')} is not after from ${at('10:00')}` },
    );
    await expectTRPCError(clinic.staff.caller.appointments.list({ status: 'done' as 'arrived' }), {
      code: 'BAD_REQUEST',
      message: 'status',
    });
    await expectTRPCError(clinic.staff.caller.appointments.list({ cursor: 'bm90IGEgY3Vyc29y' }), {
      code: 'BAD_REQUEST',
      message: 'cursor: is not a cursor returned by this list',
    });
  });
});

describe('appointments.reschedule', () => {
  it('moves a scheduled appointment, also to another doctor', async () => {
    const { clinic, clientId } = await setUp();
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const created = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    });

    const shifted = await clinic.doctor.caller.appointments.reschedule({
      id: created.id,
      startsAt: at('10:15'),
      endsAt: at('10:45'),
    });
    expect(shifted.startsAt).toBe(at('10:15'));
    expect(shifted.endsAt).toBe(at('10:45'));
    expect(shifted.doctorId).toBe(clinic.doctor.member.id);

    const moved = await clinic.staff.caller.appointments.reschedule({
      id: created.id,
      startsAt: at('12:00'),
      endsAt: at('12:30'),
      doctorId: otherDoctor.member.id,
    });
    expect(moved.doctorId).toBe(otherDoctor.member.id);
    expect(moved.departmentId).toBe(created.departmentId);
    expect(moved.clientId).toBe(clientId);
  });

  it("forbids a doctor to move another doctor's appointment or hand their own away", async () => {
    const { clinic, clientId } = await setUp();
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const own = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    });
    const others = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: otherDoctor.member.id,
      startsAt: at('11:00'),
      endsAt: at('11:30'),
    });

    await expectTRPCError(
      clinic.doctor.caller.appointments.reschedule({
        id: others.id,
        startsAt: at('12:00'),
        endsAt: at('12:30'),
      }),
      { code: 'FORBIDDEN' },
    );
    await expectTRPCError(
      clinic.doctor.caller.appointments.reschedule({
        id: own.id,
        startsAt: at('12:00'),
        endsAt: at('12:30'),
        doctorId: otherDoctor.member.id,
      }),
      { code: 'FORBIDDEN' },
    );

    expect(await clinic.staff.caller.appointments.get({ id: own.id })).toEqual(own);
    expect(await clinic.staff.caller.appointments.get({ id: others.id })).toEqual(others);
  });

  it('reschedules only scheduled appointments', async () => {
    const { clinic, clientId } = await setUp();
    const created = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    });
    const arrived = await clinic.staff.caller.appointments.arrive({ id: created.id });

    await expectTRPCError(
      clinic.staff.caller.appointments.reschedule({
        id: created.id,
        startsAt: at('12:00'),
        endsAt: at('12:30'),
      }),
      { code: 'CONFLICT', message: 'the appointment is arrived' },
    );
    expect(await clinic.staff.caller.appointments.get({ id: created.id })).toEqual(arrived);
  });

  it('rejects bad times and unknown doctors or departments', async () => {
    const { clinic, clientId } = await setUp();
    const created = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    });

    await expectTRPCError(
      clinic.staff.caller.appointments.reschedule({
        id: created.id,
        startsAt: at('11:00'),
        endsAt: at('10:00'),
      }),
      { code: 'BAD_REQUEST', message: `endsAt: ${at('10:00')} is not after startsAt` },
    );
    await expectTRPCError(
      clinic.staff.caller.appointments.reschedule({
        id: created.id,
        startsAt: '2025-04-07T11:00:00',
        endsAt: at('11:30'),
      }),
      { code: 'BAD_REQUEST', message: 'startsAt:' },
    );
    await expectTRPCError(
      clinic.staff.caller.appointments.reschedule({
        id: created.id,
        startsAt: at('11:00'),
        endsAt: at('11:30'),
        doctorId: clinic.staff.member.id,
      }),
      { code: 'NOT_FOUND', message: 'doctor not found' },
    );
    await expectTRPCError(
      clinic.staff.caller.appointments.reschedule({
        id: created.id,
        startsAt: at('11:00'),
        endsAt: at('11:30'),
        departmentId: randomUUID(),
      }),
      { code: 'NOT_FOUND', message: 'department not found' },
    );
    await expectTRPCError(
      clinic.staff.caller.appointments.reschedule({
        id: randomUUID(),
        startsAt: at('11:00'),
        endsAt: at('11:30'),
      }),
      { code: 'NOT_FOUND', message: 'appointment not found' },
    );

    expect(await clinic.staff.caller.appointments.get({ id: created.id })).toEqual(created);
  });
});

describe('appointments status changes', () => {
  it('moves through arrived to completed, and cancels or marks no-show', async () => {
    const { clinic, clientId } = await setUp();
    const book = (start: string, end: string) =>
      clinic.staff.caller.appointments.create({
        clientId,
        doctorId: clinic.doctor.member.id,
        startsAt: at(start),
        endsAt: at(end),
      });
    const visit = await book('09:00', '09:30');
    const cancelled = await book('10:00', '10:30');
    const missed = await book('11:00', '11:30');
    const direct = await book('12:00', '12:30');

    expect((await clinic.doctor.caller.appointments.arrive({ id: visit.id })).status).toBe(
      'arrived',
    );
    expect((await clinic.doctor.caller.appointments.complete({ id: visit.id })).status).toBe(
      'completed',
    );
    expect((await clinic.admin.caller.appointments.complete({ id: direct.id })).status).toBe(
      'completed',
    );

    const cancelledNow = await clinic.staff.caller.appointments.cancel({
      id: cancelled.id,
      reason: '  The family moved away ',
    });
    expect(cancelledNow.status).toBe('cancelled');
    expect(cancelledNow.cancelReason).toBe('The family moved away');

    await clinic.staff.caller.appointments.arrive({ id: missed.id });
    expect((await clinic.staff.caller.appointments.markNoShow({ id: missed.id })).status).toBe(
      'no_show',
    );
  });

  it('answers CONFLICT naming the current status for a wrong change', async () => {
    const { clinic, clientId } = await setUp();
    const book = (start: string, end: string) =>
      clinic.staff.caller.appointments.create({
        clientId,
        doctorId: clinic.doctor.member.id,
        startsAt: at(start),
        endsAt: at(end),
      });
    const completed = await book('09:00', '09:30');
    await clinic.staff.caller.appointments.complete({ id: completed.id });
    const cancelled = await book('10:00', '10:30');
    await clinic.staff.caller.appointments.cancel({ id: cancelled.id, reason: 'Ill' });
    const missed = await book('11:00', '11:30');
    await clinic.staff.caller.appointments.markNoShow({ id: missed.id });
    const arrived = await book('12:00', '12:30');
    await clinic.staff.caller.appointments.arrive({ id: arrived.id });
    const calls = clinic.staff.caller.appointments;

    await expectTRPCError(calls.arrive({ id: completed.id }), {
      code: 'CONFLICT',
      message: 'the appointment is completed; only a scheduled appointment can become arrived',
    });
    await expectTRPCError(calls.cancel({ id: completed.id, reason: 'Late' }), {
      code: 'CONFLICT',
      message: 'the appointment is completed',
    });
    await expectTRPCError(calls.markNoShow({ id: completed.id }), {
      code: 'CONFLICT',
      message: 'the appointment is completed',
    });
    await expectTRPCError(calls.complete({ id: cancelled.id }), {
      code: 'CONFLICT',
      message: 'the appointment is cancelled',
    });
    await expectTRPCError(calls.cancel({ id: cancelled.id, reason: 'Twice' }), {
      code: 'CONFLICT',
      message: 'the appointment is cancelled',
    });
    await expectTRPCError(calls.arrive({ id: missed.id }), {
      code: 'CONFLICT',
      message: 'the appointment is no_show',
    });
    await expectTRPCError(calls.arrive({ id: arrived.id }), {
      code: 'CONFLICT',
      message: 'the appointment is arrived',
    });

    const statuses = await Promise.all(
      [completed, cancelled, missed, arrived].map(
        async (appointment) => (await calls.get({ id: appointment.id })).status,
      ),
    );
    expect(statuses).toEqual(['completed', 'cancelled', 'no_show', 'arrived']);
    expect((await calls.get({ id: cancelled.id })).cancelReason).toBe('Ill');
  });

  it('needs a reason to cancel', async () => {
    const { clinic, clientId } = await setUp();
    const created = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: clinic.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    });

    await expectTRPCError(
      clinic.staff.caller.appointments.cancel({ id: created.id, reason: '  ' }),
      {
        code: 'BAD_REQUEST',
        message: 'reason: must not be blank',
      },
    );
    expect((await clinic.staff.caller.appointments.get({ id: created.id })).status).toBe(
      'scheduled',
    );
  });

  it("forbids a doctor to change another doctor's appointment", async () => {
    const { clinic, clientId } = await setUp();
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const others = await clinic.staff.caller.appointments.create({
      clientId,
      doctorId: otherDoctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    });
    const calls = clinic.doctor.caller.appointments;

    for (const call of [
      () => calls.arrive({ id: others.id }),
      () => calls.complete({ id: others.id }),
      () => calls.markNoShow({ id: others.id }),
      () => calls.cancel({ id: others.id, reason: 'Not mine' }),
    ]) {
      await expectTRPCError(call(), { code: 'FORBIDDEN' });
    }

    expect(await otherDoctor.caller.appointments.get({ id: others.id })).toEqual(others);
  });
});

describe('appointments across clinics', () => {
  it("answers NOT_FOUND for another clinic's ids and changes nothing there", async () => {
    const { services, clinic: clinicA, clientId: clientA } = await setUp();
    const clinicB = await createTestClinic(services);
    const clientB = await addClient(services, clinicB);
    const appointment = await clinicA.staff.caller.appointments.create({
      clientId: clientA,
      doctorId: clinicA.doctor.member.id,
      startsAt: at('10:00'),
      endsAt: at('10:30'),
    });
    const times = { startsAt: at('12:00'), endsAt: at('12:30') };

    for (const intruder of [clinicB.admin, clinicB.staff, clinicB.doctor]) {
      const calls = intruder.caller.appointments;
      const id = appointment.id;

      await expectTRPCError(calls.get({ id }), {
        code: 'NOT_FOUND',
        message: 'appointment not found',
      });
      await expectTRPCError(calls.reschedule({ id, ...times }), { code: 'NOT_FOUND' });
      await expectTRPCError(calls.arrive({ id }), { code: 'NOT_FOUND' });
      await expectTRPCError(calls.complete({ id }), { code: 'NOT_FOUND' });
      await expectTRPCError(calls.markNoShow({ id }), { code: 'NOT_FOUND' });
      await expectTRPCError(calls.cancel({ id, reason: 'Intrusion' }), { code: 'NOT_FOUND' });

      for (const filters of [
        { doctorId: clinicA.doctor.member.id },
        { clientId: clientA },
        { departmentId: clinicA.departmentId },
        {},
      ]) {
        expect((await calls.list(filters)).items).toEqual([]);
      }
    }

    const staffB = clinicB.staff.caller.appointments;
    await expectTRPCError(
      staffB.create({ ...times, clientId: clientB, doctorId: clinicA.doctor.member.id }),
      { code: 'NOT_FOUND', message: 'doctor not found' },
    );
    await expectTRPCError(
      staffB.create({ ...times, clientId: clientA, doctorId: clinicB.doctor.member.id }),
      { code: 'NOT_FOUND', message: 'client not found' },
    );
    await expectTRPCError(
      staffB.create({
        ...times,
        clientId: clientB,
        doctorId: clinicB.doctor.member.id,
        departmentId: clinicA.departmentId,
      }),
      { code: 'NOT_FOUND', message: 'department not found' },
    );
    await expectTRPCError(
      staffB.reschedule({ id: appointment.id, ...times, doctorId: clinicB.doctor.member.id }),
      { code: 'NOT_FOUND' },
    );

    expect((await staffB.list({})).items).toEqual([]);
    expect(await clinicA.admin.caller.appointments.get({ id: appointment.id })).toEqual(
      appointment,
    );
    expect((await clinicA.admin.caller.appointments.list({})).items).toEqual([appointment]);
  });
});
