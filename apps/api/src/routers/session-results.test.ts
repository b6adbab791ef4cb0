import { randomUUID } from 'node:crypto';

import { recordSessionResult, withClinic } from '@medsys/db';
import type { Appointment, PaymentPartInput } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { createTestClinic, type TestClinic } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices, type TestServices } from '../test/services';

const DAY = '2025-04-07';

/** Returns an instant on the test day in UTC, e.g. at('10:30'). */
function at(time: string): string {
  return `${DAY}T${time}:00.000Z`;
}

/** Inserts a client straight into the database, since these tests are about session results. */
async function addClient(services: TestServices, clinic: TestClinic): Promise<string> {
  const clinicId = clinic.clinic.id;
  const row = await withClinic(services.db, clinicId, (trx) =>
    trx
      .insertInto('clients')
      .values({
        clinicId,
        recordNumber: `T-${randomUUID().slice(0, 8)}`,
        fullName: 'Jasur Client',
        birthDate: '2018-11-20',
        sex: 'male',
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

  /** Books a 30-minute visit starting at `start` on the test day. */
  const book = (start: string, options: { doctorId?: string; clientId?: string } = {}) => {
    const startsAt = at(start);
    const endsAt = new Date(Date.parse(startsAt) + 30 * 60 * 1000).toISOString();

    return clinic.staff.caller.appointments.create({
      clientId: options.clientId ?? clientId,
      doctorId: options.doctorId ?? clinic.doctor.member.id,
      startsAt,
      endsAt,
    });
  };

  return { services, clinic, clientId, book };
}

function paid(priceMinor: number): PaymentPartInput {
  return { priceMinor, paidMinor: priceMinor, paymentStatus: 'paid' };
}

describe('sessionResults.record', () => {
  it('records the clinical part and completes the appointment', async () => {
    const { clinic, clientId, book } = await setUp();
    const appointment = await book('10:00');

    const result = await clinic.doctor.caller.sessionResults.record({
      appointmentId: appointment.id,
      clinical: {
        complaints: ' Cough for three days ',
        examination: 'Throat red',
        diagnosis: 'Acute upper respiratory infection',
        diagnosisCode: ' j06.9 ',
        treatment: 'Fluids and rest',
        recommendations: '',
      },
    });

    expect(result).toMatchObject({
      appointmentId: appointment.id,
      doctorId: clinic.doctor.member.id,
      clientId,
      visitStartsAt: at('10:00'),
      complaints: 'Cough for three days',
      diagnosisCode: 'J06.9',
      recommendations: null,
      priceMinor: 0,
      paidMinor: 0,
      paymentStatus: 'unpaid',
      recordedBy: clinic.doctor.member.id,
    });
    expect((await clinic.staff.caller.appointments.get({ id: appointment.id })).status).toBe(
      'completed',
    );
    expect(await clinic.staff.caller.sessionResults.get({ id: result.id })).toEqual(result);
    expect(
      await clinic.admin.caller.sessionResults.getByAppointment({ appointmentId: appointment.id }),
    ).toEqual(result);
  });

  it('lets staff record the payment and the doctor add the clinical part later', async () => {
    const { clinic, book } = await setUp();
    const appointment = await book('10:00');

    const recorded = await clinic.staff.caller.sessionResults.record({
      appointmentId: appointment.id,
      payment: { priceMinor: 5000, paidMinor: 2000, paymentStatus: 'partial' },
    });
    expect(recorded.complaints).toBeNull();
    expect(recorded.recordedBy).toBe(clinic.staff.member.id);

    const settled = await clinic.admin.caller.sessionResults.updatePayment({
      id: recorded.id,
      ...paid(5000),
    });
    expect(settled.paidMinor).toBe(5000);
    expect(settled.paymentStatus).toBe('paid');

    const described = await clinic.doctor.caller.sessionResults.updateClinical({
      id: recorded.id,
      diagnosis: 'Acute bronchitis',
      diagnosisCode: 'j20.9',
    });
    expect(described.diagnosis).toBe('Acute bronchitis');
    expect(described.diagnosisCode).toBe('J20.9');
    expect(described.priceMinor).toBe(5000);

    const cleared = await clinic.doctor.caller.sessionResults.updateClinical({
      id: recorded.id,
      diagnosisCode: null,
      treatment: 'Inhalations',
    });
    expect(cleared.diagnosisCode).toBeNull();
    expect(cleared.diagnosis).toBe('Acute bronchitis');
    expect(cleared.treatment).toBe('Inhalations');
    expect(cleared.paymentStatus).toBe('paid');
  });

  it('records results for arrived and completed appointments', async () => {
    const { clinic, book } = await setUp();
    const arrived = await book('09:00');
    await clinic.staff.caller.appointments.arrive({ id: arrived.id });
    const completed = await book('10:00');
    await clinic.staff.caller.appointments.complete({ id: completed.id });

    for (const appointment of [arrived, completed]) {
      const result = await clinic.staff.caller.sessionResults.record({
        appointmentId: appointment.id,
        payment: { priceMinor: 1000, paidMinor: 0, paymentStatus: 'waived' },
      });
      expect(result.paymentStatus).toBe('waived');
      expect((await clinic.staff.caller.appointments.get({ id: appointment.id })).status).toBe(
        'completed',
      );
    }
  });

  it('answers CONFLICT for a second result and for cancelled or missed appointments', async () => {
    const { clinic, book } = await setUp();
    const appointment = await book('09:00');
    const first = await clinic.doctor.caller.sessionResults.record({
      appointmentId: appointment.id,
      clinical: { diagnosis: 'Healthy' },
    });

    await expectTRPCError(
      clinic.doctor.caller.sessionResults.record({
        appointmentId: appointment.id,
        clinical: { diagnosis: 'Changed my mind' },
      }),
      { code: 'CONFLICT', message: 'appointmentId: the appointment already has a session result' },
    );
    expect(await clinic.doctor.caller.sessionResults.get({ id: first.id })).toEqual(first);

    const cancelled = await book('10:00');
    await clinic.staff.caller.appointments.cancel({ id: cancelled.id, reason: 'Ill' });
    const missed = await book('11:00');
    await clinic.staff.caller.appointments.markNoShow({ id: missed.id });

    for (const [appointmentId, status] of [
      [cancelled.id, 'cancelled'],
      [missed.id, 'no_show'],
    ] as const) {
      await expectTRPCError(
        clinic.staff.caller.sessionResults.record({ appointmentId, payment: paid(1000) }),
        { code: 'CONFLICT', message: `appointmentId: the appointment is ${status}` },
      );
      await expectTRPCError(
        clinic.staff.caller.sessionResults.getByAppointment({ appointmentId }),
        {
          code: 'NOT_FOUND',
          message: 'session result not found',
        },
      );
      expect((await clinic.staff.caller.appointments.get({ id: appointmentId })).status).toBe(
        status,
      );
    }
  });

  it('rejects bad amounts, codes and an empty result by field, storing nothing', async () => {
    const { clinic, book } = await setUp();
    const appointment = await book('10:00');
    const appointmentId = appointment.id;
    const record = clinic.staff.caller.sessionResults.record;
    const badPayments: [unknown, string, string][] = [
      [
        { priceMinor: '', paidMinor: 0, paymentStatus: 'unpaid' },
        'payment.priceMinor',
        'must be a whole number of minor units',
      ],
      [
        { priceMinor: '  ', paidMinor: 0, paymentStatus: 'unpaid' },
        'payment.priceMinor',
        'must be a whole number of minor units',
      ],
      [
        { priceMinor: 12.5, paidMinor: 0, paymentStatus: 'unpaid' },
        'payment.priceMinor',
        'must be a whole number of minor units',
      ],
      [
        { priceMinor: null, paidMinor: 0, paymentStatus: 'unpaid' },
        'payment.priceMinor',
        'must be a whole number of minor units',
      ],
      [
        { priceMinor: -100, paidMinor: 0, paymentStatus: 'unpaid' },
        'payment.priceMinor',
        'must not be negative',
      ],
      [
        { priceMinor: 1000, paidMinor: '', paymentStatus: 'paid' },
        'payment.paidMinor',
        'must be a whole number of minor units',
      ],
      [
        { priceMinor: 1000, paidMinor: 900, paymentStatus: 'paid' },
        'payment.paidMinor',
        'must equal priceMinor 1000 when paymentStatus is paid, not 900',
      ],
      [
        { priceMinor: 1000, paidMinor: 100, paymentStatus: 'unpaid' },
        'payment.paidMinor',
        'must be 0 when paymentStatus is unpaid, not 100',
      ],
      [
        { priceMinor: 1000, paidMinor: 1000, paymentStatus: 'partial' },
        'payment.paidMinor',
        'must be more than 0 and less than priceMinor 1000',
      ],
      [
        { priceMinor: 1000, paidMinor: 0, paymentStatus: 'partial' },
        'payment.paidMinor',
        'must be more than 0',
      ],
      [
        { priceMinor: 1000, paidMinor: 0, paymentStatus: 'free' },
        'payment.paymentStatus',
        'must be one of unpaid, partial, paid, waived',
      ],
    ];

    for (const [payment, field, message] of badPayments) {
      const error = await expectTRPCError(
        record({ appointmentId, payment: payment as PaymentPartInput }),
        { code: 'BAD_REQUEST', message: `${field}: ${message}` },
      );
      expect(error.cause).toMatchObject({
        options: { fieldErrors: { [field]: [expect.any(String)] } },
      });
    }

    await expectTRPCError(
      clinic.doctor.caller.sessionResults.record({
        appointmentId,
        clinical: { diagnosisCode: 'J6' },
      }),
      { code: 'BAD_REQUEST', message: 'clinical.diagnosisCode: "J6" is not an ICD-10 code' },
    );
    await expectTRPCError(record({ appointmentId }), {
      code: 'BAD_REQUEST',
      message: 'clinical: give the clinical part, the payment part or both',
    });
    await expectTRPCError(record({ appointmentId: 'visit-1', payment: paid(100) }), {
      code: 'BAD_REQUEST',
      message: 'appointmentId: must be a valid id',
    });

    await expectTRPCError(clinic.staff.caller.sessionResults.getByAppointment({ appointmentId }), {
      code: 'NOT_FOUND',
    });
    expect(await clinic.staff.caller.appointments.get({ id: appointmentId })).toEqual(appointment);
    expect((await clinic.staff.caller.sessionResults.list({})).items).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown appointment', async () => {
    const { clinic } = await setUp();

    await expectTRPCError(
      clinic.staff.caller.sessionResults.record({
        appointmentId: randomUUID(),
        payment: paid(100),
      }),
      { code: 'NOT_FOUND', message: 'appointment not found' },
    );
  });
});

describe('sessionResults roles', () => {
  it('limits each part to its writers', async () => {
    const { clinic, book } = await setUp();
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const own = await book('09:00');
    const others = await book('10:00', { doctorId: otherDoctor.member.id });
    const doctor = clinic.doctor.caller.sessionResults;
    const clinical = { diagnosis: 'Otitis media', diagnosisCode: 'H66.9' };

    await expectTRPCError(doctor.record({ appointmentId: own.id, payment: paid(1000) }), {
      code: 'FORBIDDEN',
      message: 'your role may not write the payment part of session results',
    });
    await expectTRPCError(doctor.record({ appointmentId: own.id, clinical, payment: paid(1000) }), {
      code: 'FORBIDDEN',
    });
    await expectTRPCError(doctor.record({ appointmentId: others.id, clinical }), {
      code: 'FORBIDDEN',
      message: 'your role may not write the clinical part of this session result',
    });

    for (const member of [clinic.staff, clinic.admin]) {
      await expectTRPCError(
        member.caller.sessionResults.record({ appointmentId: own.id, clinical }),
        {
          code: 'FORBIDDEN',
        },
      );
    }

    for (const appointment of [own, others]) {
      await expectTRPCError(
        clinic.admin.caller.sessionResults.getByAppointment({ appointmentId: appointment.id }),
        { code: 'NOT_FOUND' },
      );
      expect(await clinic.admin.caller.appointments.get({ id: appointment.id })).toEqual(
        appointment,
      );
    }

    const ownResult = await doctor.record({ appointmentId: own.id, clinical });
    const othersResult = await clinic.staff.caller.sessionResults.record({
      appointmentId: others.id,
      payment: paid(700),
    });

    await expectTRPCError(doctor.updatePayment({ id: ownResult.id, ...paid(1) }), {
      code: 'FORBIDDEN',
    });
    await expectTRPCError(doctor.updateClinical({ id: othersResult.id, diagnosis: 'Not mine' }), {
      code: 'FORBIDDEN',
    });

    for (const member of [clinic.staff, clinic.admin]) {
      await expectTRPCError(
        member.caller.sessionResults.updateClinical({ id: ownResult.id, diagnosis: 'Guess' }),
        { code: 'FORBIDDEN' },
      );
    }

    expect(await doctor.get({ id: ownResult.id })).toEqual(ownResult);
    expect(await doctor.get({ id: othersResult.id })).toEqual(othersResult);

    const updated = await otherDoctor.caller.sessionResults.updateClinical({
      id: othersResult.id,
      diagnosis: 'Tonsillitis',
    });
    expect(updated.diagnosis).toBe('Tonsillitis');
    expect(updated.priceMinor).toBe(700);
  });

  it('lets every role read results and totals', async () => {
    const { clinic, book } = await setUp();
    const appointment = await book('09:00');
    const result = await clinic.staff.caller.sessionResults.record({
      appointmentId: appointment.id,
      payment: paid(900),
    });

    for (const member of [clinic.admin, clinic.doctor, clinic.staff]) {
      expect(await member.caller.sessionResults.get({ id: result.id })).toEqual(result);
      expect((await member.caller.sessionResults.list({})).items).toEqual([result]);
      expect(await member.caller.sessionResults.totals({})).toEqual({
        count: 1,
        priceMinor: 900,
        paidMinor: 900,
      });
    }
  });
});

describe('sessionResults.totals', () => {
  it('sums minor units exactly and answers 0 for a doctor without results', async () => {
    const { clinic, book } = await setUp();
    const secondDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const idleDoctor = await clinic.addMember('doctor', 'Kamola Doctor');
    const visits: [string, string, PaymentPartInput][] = [
      ['08:00', clinic.doctor.member.id, paid(1210)],
      [
        '08:30',
        clinic.doctor.member.id,
        { priceMinor: 20, paidMinor: 10, paymentStatus: 'partial' },
      ],
      ['09:00', clinic.doctor.member.id, { priceMinor: 10, paidMinor: 0, paymentStatus: 'unpaid' }],
      ['09:30', secondDoctor.member.id, paid(3500)],
      ['10:00', secondDoctor.member.id, paid(1)],
      ['10:30', secondDoctor.member.id, paid(1)],
    ];

    for (const [start, doctorId, payment] of visits) {
      const appointment = await book(start, { doctorId });
      await clinic.staff.caller.sessionResults.record({ appointmentId: appointment.id, payment });
    }

    const totals = clinic.admin.caller.sessionResults.totals;
    expect(await totals({ doctorId: clinic.doctor.member.id })).toEqual({
      count: 3,
      priceMinor: 1240,
      paidMinor: 1220,
    });
    expect(await totals({ doctorId: secondDoctor.member.id })).toEqual({
      count: 3,
      priceMinor: 3502,
      paidMinor: 3502,
    });
    expect(await totals({})).toEqual({ count: 6, priceMinor: 4742, paidMinor: 4722 });
    expect(await totals({ paymentStatus: 'paid' })).toEqual({
      count: 4,
      priceMinor: 4712,
      paidMinor: 4712,
    });
    expect(await totals({ from: at('09:00'), to: at('10:00') })).toEqual({
      count: 2,
      priceMinor: 3510,
      paidMinor: 3500,
    });

    const idle = await totals({ doctorId: idleDoctor.member.id });
    expect(idle).toEqual({ count: 0, priceMinor: 0, paidMinor: 0 });
    expect(typeof idle.count).toBe('number');
    expect(typeof idle.priceMinor).toBe('number');
    expect(typeof idle.paidMinor).toBe('number');
  });

  it('sums a corrected payment to the corrected amount', async () => {
    const { clinic, book } = await setUp();
    const visits: [string, number][] = [
      ['08:00', 3500],
      ['09:00', 1],
      ['10:00', 1],
    ];
    const resultIds: string[] = [];

    for (const [start, amount] of visits) {
      const appointment = await book(start);
      const result = await clinic.staff.caller.sessionResults.record({
        appointmentId: appointment.id,
        payment: paid(amount),
      });
      resultIds.push(result.id);
    }

    const [, , last] = resultIds as [string, string, string];
    await clinic.staff.caller.sessionResults.updatePayment({
      id: last,
      priceMinor: 0,
      paidMinor: 0,
      paymentStatus: 'waived',
    });

    expect(await clinic.staff.caller.sessionResults.totals({})).toEqual({
      count: 3,
      priceMinor: 3501,
      paidMinor: 3501,
    });
  });
});

describe('sessionResults.list', () => {
  it('filters by doctor, client, time, code prefix and payment status', async () => {
    const { services, clinic, clientId, book } = await setUp();
    const otherClientId = await addClient(services, clinic);
    const otherDoctor = await clinic.addMember('doctor', 'Otabek Doctor');
    const visits: [string, string, string, string, PaymentPartInput][] = [
      ['08:00', clinic.doctor.member.id, clientId, 'J06.9', paid(100)],
      ['09:00', otherDoctor.member.id, otherClientId, 'J06', paid(100)],
      ['10:00', clinic.doctor.member.id, otherClientId, 'J60', paid(100)],
      [
        '11:00',
        otherDoctor.member.id,
        clientId,
        'A09',
        { priceMinor: 100, paidMinor: 0, paymentStatus: 'unpaid' },
      ],
    ];
    const ids: string[] = [];

    for (const [start, doctorId, client, diagnosisCode, payment] of visits) {
      const appointment = await book(start, { doctorId, clientId: client });
      const doctor = doctorId === otherDoctor.member.id ? otherDoctor : clinic.doctor;
      const result = await doctor.caller.sessionResults.record({
        appointmentId: appointment.id,
        clinical: { diagnosisCode },
      });
      await clinic.staff.caller.sessionResults.updatePayment({ id: result.id, ...payment });
      ids.push(result.id);
    }

    const [first, second, third, fourth] = ids as [string, string, string, string];
    const list = async (filters: Parameters<typeof clinic.staff.caller.sessionResults.list>[0]) =>
      (await clinic.staff.caller.sessionResults.list(filters)).items.map((item) => item.id);

    expect(await list({})).toEqual([fourth, third, second, first]);
    expect(await list({ doctorId: clinic.doctor.member.id })).toEqual([third, first]);
    expect(await list({ clientId })).toEqual([fourth, first]);
    expect(await list({ from: at('09:00'), to: at('11:00') })).toEqual([third, second]);
    expect(await list({ diagnosisCode: 'j06' })).toEqual([second, first]);
    expect(await list({ diagnosisCode: 'J06.9' })).toEqual([first]);
    expect(await list({ paymentStatus: 'unpaid' })).toEqual([fourth]);
    expect(await list({ diagnosisCode: 'J', doctorId: otherDoctor.member.id })).toEqual([second]);

    await expectTRPCError(clinic.staff.caller.sessionResults.list({ diagnosisCode: 'J0%' }), {
      code: 'BAD_REQUEST',
      message: 'diagnosisCode: must be the start of an ICD-10 code',
    });
    await expectTRPCError(
      clinic.staff.caller.sessionResults.totals({ from: at('11:00'), to: at('09:00') }),
      {
        code: 'BAD_REQUEST',
        message: `to: ${at('09:00')} is not after from ${at('11:00')}`,
      },
    );
  });

  it('pages newest visit first without repeats', async () => {
    const { clinic, book } = await setUp();
    const ids: string[] = [];

    for (const start of ['08:00', '08:30', '09:00', '09:30', '10:00']) {
      const appointment = await book(start);
      const result = await clinic.staff.caller.sessionResults.record({
        appointmentId: appointment.id,
        payment: paid(100),
      });
      ids.push(result.id);
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;

    do {
      const page = await clinic.doctor.caller.sessionResults.list({ limit: 2, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });
});

describe('recordSessionResult', () => {
  it('rolls back when the database rejects the payment', async () => {
    const { services, clinic, book } = await setUp();
    const appointment = await book('10:00');
    const clinicId = clinic.clinic.id;

    await expect(
      withClinic(services.db, clinicId, (trx) =>
        recordSessionResult(trx, {
          clinicId,
          recordedBy: clinic.staff.member.id,
          values: {
            appointmentId: appointment.id,
            payment: { priceMinor: 1000, paidMinor: 900, paymentStatus: 'paid' },
          },
        }),
      ),
    ).rejects.toMatchObject({ code: '23514', constraint: 'session_results_payment' });

    const stored = await services.db
      .selectFrom('sessionResults')
      .select('id')
      .where('appointmentId', '=', appointment.id)
      .execute();
    expect(stored).toEqual([]);
    const after: Appointment = await clinic.staff.caller.appointments.get({ id: appointment.id });
    expect(after.status).toBe('scheduled');
    expect(after).toEqual(appointment);
  });
});

describe('sessionResults across clinics', () => {
  it("answers NOT_FOUND for another clinic's ids and changes nothing there", async () => {
    const { services, clinic: clinicA, clientId: clientA, book } = await setUp();
    const clinicB = await createTestClinic(services);
    const recorded = await book('09:00');
    const result = await clinicA.staff.caller.sessionResults.record({
      appointmentId: recorded.id,
      payment: paid(2500),
    });
    const open = await book('10:00');

    for (const intruder of [clinicB.admin, clinicB.staff, clinicB.doctor]) {
      const calls = intruder.caller.sessionResults;

      await expectTRPCError(calls.get({ id: result.id }), {
        code: 'NOT_FOUND',
        message: 'session result not found',
      });
      await expectTRPCError(calls.getByAppointment({ appointmentId: recorded.id }), {
        code: 'NOT_FOUND',
      });
      await expectTRPCError(calls.updateClinical({ id: result.id, diagnosis: 'Intrusion' }), {
        code: 'NOT_FOUND',
      });
      await expectTRPCError(calls.updatePayment({ id: result.id, ...paid(1) }), {
        code: 'NOT_FOUND',
      });
      await expectTRPCError(calls.record({ appointmentId: open.id, payment: paid(1) }), {
        code: 'NOT_FOUND',
        message: 'appointment not found',
      });
      await expectTRPCError(
        calls.record({ appointmentId: open.id, clinical: { diagnosis: 'Intrusion' } }),
        { code: 'NOT_FOUND', message: 'appointment not found' },
      );

      for (const filters of [{ doctorId: clinicA.doctor.member.id }, { clientId: clientA }, {}]) {
        expect((await calls.list(filters)).items).toEqual([]);
        expect(await calls.totals(filters)).toEqual({ count: 0, priceMinor: 0, paidMinor: 0 });
      }
    }

    const readA = clinicA.admin.caller;
    expect(await readA.sessionResults.get({ id: result.id })).toEqual(result);
    expect(await readA.appointments.get({ id: open.id })).toEqual(open);
    await expectTRPCError(readA.sessionResults.getByAppointment({ appointmentId: open.id }), {
      code: 'NOT_FOUND',
    });
    expect(await readA.sessionResults.totals({})).toEqual({
      count: 1,
      priceMinor: 2500,
      paidMinor: 2500,
    });
  });
});

describe('sessionResults.record with an empty clinical part', () => {
  it('rejects it and leaves the appointment open', async () => {
    const { clinic, book } = await setUp();
    const appointment = await book('09:00');

    await expectTRPCError(
      clinic.doctor.caller.sessionResults.record({
        appointmentId: appointment.id,
        clinical: { complaints: '  ', diagnosis: '' },
      }),
      { code: 'BAD_REQUEST', message: 'clinical: fill in at least one of' },
    );

    const after = await clinic.doctor.caller.appointments.get({ id: appointment.id });
    expect(after.status).toBe('scheduled');
  });
});
