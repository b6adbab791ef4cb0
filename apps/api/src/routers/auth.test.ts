import { randomUUID } from 'node:crypto';

import { AppError } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { hashSecret } from '../auth/tokens';

import { callerFor } from '../test/callers';
import { createTestClinic, TEST_PASSWORD } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices } from '../test/services';

describe('auth.signUpClinic', () => {
  it('creates a clinic with its first admin and signs them in', async () => {
    const services = await testServices();
    const email = `Malika.Admin-${randomUUID()}@Example.TEST`;
    const signedUp = await callerFor(services).auth.signUpClinic({
      clinic: { name: ' Quyosh Clinic ', timeZone: 'Asia/Tashkent', currency: 'UZS' },
      admin: { fullName: 'Malika Admin', email, password: TEST_PASSWORD },
    });

    expect(signedUp.clinic.name).toBe('Quyosh Clinic');
    expect(signedUp.clinic.timeZone).toBe('Asia/Tashkent');
    expect(signedUp.member.role).toBe('admin');
    expect(signedUp.member.email).toBe(email);
    expect(signedUp.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const me = await callerFor(services, signedUp.token).auth.me();
    expect(me.member.id).toBe(signedUp.member.id);
    expect(me.clinic.id).toBe(signedUp.clinic.id);
  });

  it('stores only a hash of the session token', async () => {
    const services = await testServices();
    const { admin } = await createTestClinic(services);

    const stored = await services.db.selectFrom('authSessions').select('id').execute();
    const ids = stored.map((row) => row.id);
    expect(ids).not.toContain(admin.token);
    expect(ids).toContain(hashSecret(admin.token));
  });

  it('lets another clinic use an email without telling it', async () => {
    const services = await testServices();
    const { admin } = await createTestClinic(services);

    const other = await callerFor(services).auth.signUpClinic({
      clinic: { name: 'Second Clinic', timeZone: 'UTC', currency: 'EUR' },
      admin: {
        fullName: 'Same Person',
        email: admin.email.toUpperCase(),
        password: 'another password 2',
      },
    });

    expect(other.clinic.id).not.toBe(admin.member.id);
    const first = await callerFor(services).auth.signIn({
      email: admin.email,
      password: TEST_PASSWORD,
    });
    expect(first.member.id).toBe(admin.member.id);
    const second = await callerFor(services).auth.signIn({
      email: admin.email,
      password: 'another password 2',
    });
    expect(second.member.id).toBe(other.member.id);
  });

  it('asks which clinic when one password opens two', async () => {
    const services = await testServices();
    const { admin, clinic } = await createTestClinic(services);
    const other = await callerFor(services).auth.signUpClinic({
      clinic: { name: 'Twin Clinic', timeZone: 'UTC', currency: 'EUR' },
      admin: { fullName: 'Same Person', email: admin.email, password: TEST_PASSWORD },
    });

    const error = await expectTRPCError(
      callerFor(services).auth.signIn({ email: admin.email, password: TEST_PASSWORD }),
      { code: 'BAD_REQUEST', message: 'clinicId: this email and password open several clinics' },
    );
    const clinics = JSON.parse(
      (error.cause as AppError).options.context?.clinics ?? '[]',
    ) as unknown[];
    expect(clinics).toEqual(
      expect.arrayContaining([
        { id: clinic.id, name: clinic.name },
        { id: other.clinic.id, name: 'Twin Clinic' },
      ]),
    );

    const chosen = await callerFor(services).auth.signIn({
      email: admin.email,
      password: TEST_PASSWORD,
      clinicId: other.clinic.id,
    });
    expect(chosen.member.id).toBe(other.member.id);
  });

  it('rejects a second member of one clinic with the same email', async () => {
    const services = await testServices();
    const { admin, doctor } = await createTestClinic(services);
    const { code } = await admin.caller.invitations.create({ email: doctor.email, role: 'staff' });

    await expectTRPCError(
      callerFor(services).auth.acceptInvitation({
        code,
        email: doctor.email.toUpperCase(),
        password: TEST_PASSWORD,
        fullName: 'Copy',
      }),
      { code: 'CONFLICT', message: 'email: is already used by another member of this clinic' },
    );
  });

  it('names every bad field', async () => {
    const services = await testServices();

    const error = await expectTRPCError(
      callerFor(services).auth.signUpClinic({
        clinic: { name: '', timeZone: 'Mars/Base', currency: 'dollars' },
        admin: { fullName: 'A', email: 'not-an-email', password: 'short' },
      }),
      { code: 'BAD_REQUEST', message: 'unknown time zone "Mars/Base"' },
    );

    expect(error.cause).toBeInstanceOf(AppError);
    const fieldErrors = (error.cause as AppError).options.fieldErrors ?? {};
    expect(Object.keys(fieldErrors).sort()).toEqual([
      'admin.email',
      'admin.password',
      'clinic.currency',
      'clinic.name',
      'clinic.timeZone',
    ]);
  });
});

describe('auth.signIn', () => {
  it('signs in with any case of the email', async () => {
    const services = await testServices();
    const { doctor } = await createTestClinic(services);

    const session = await callerFor(services).auth.signIn({
      email: doctor.email.toUpperCase(),
      password: TEST_PASSWORD,
    });

    expect(session.member.id).toBe(doctor.member.id);
    const me = await callerFor(services, session.token).auth.me();
    expect(me.member.role).toBe('doctor');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const services = await testServices();
    const { staff } = await createTestClinic(services);
    const anonymous = callerFor(services);

    const wrongPassword = await expectTRPCError(
      anonymous.auth.signIn({ email: staff.email, password: 'wrong password!' }),
      { code: 'UNAUTHORIZED' },
    );
    const unknownEmail = await expectTRPCError(
      anonymous.auth.signIn({ email: 'nobody@example.test', password: 'wrong password!' }),
      { code: 'UNAUTHORIZED' },
    );

    expect(wrongPassword.message).toBe('the email or the password is wrong');
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it('stops guessing after ten wrong passwords', async () => {
    const services = await testServices();
    const { staff, doctor } = await createTestClinic(services);
    const anonymous = callerFor(services);

    for (let attempt = 0; attempt < 10; attempt += 1) {
      await expectTRPCError(
        anonymous.auth.signIn({ email: staff.email, password: `guess ${attempt}` }),
        {
          code: 'UNAUTHORIZED',
        },
      );
    }

    await expectTRPCError(
      anonymous.auth.signIn({ email: staff.email.toUpperCase(), password: TEST_PASSWORD }),
      {
        code: 'TOO_MANY_REQUESTS',
        message: 'too many failed sign-ins for this email',
      },
    );
    const other = await anonymous.auth.signIn({ email: doctor.email, password: TEST_PASSWORD });
    expect(other.member.id).toBe(doctor.member.id);
  });

  it('refuses an archived member', async () => {
    const services = await testServices();
    const { admin, staff } = await createTestClinic(services);

    await admin.caller.members.archive({ id: staff.member.id });

    await expectTRPCError(
      callerFor(services).auth.signIn({ email: staff.email, password: TEST_PASSWORD }),
      {
        code: 'UNAUTHORIZED',
        message: 'archived',
      },
    );
    await expectTRPCError(staff.caller.auth.me(), { code: 'UNAUTHORIZED' });
  });
});

describe('auth sessions', () => {
  it('signs out, after which the token no longer works', async () => {
    const services = await testServices();
    const { doctor } = await createTestClinic(services);

    await doctor.caller.auth.signOut();

    await expectTRPCError(doctor.caller.auth.me(), {
      code: 'UNAUTHORIZED',
      message: 'your session has expired or was revoked',
    });
  });

  it("lists and revokes one's own sessions only", async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const second = await callerFor(services).auth.signIn({
      email: clinic.staff.email,
      password: TEST_PASSWORD,
    });

    const sessions = await clinic.staff.caller.auth.listSessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.isCurrent)).toHaveLength(1);
    const other = sessions.find((session) => !session.isCurrent);
    expect(other?.id).toBe(hashSecret(second.token));

    await expectTRPCError(
      clinic.doctor.caller.auth.revokeSession({ id: hashSecret(second.token) }),
      {
        code: 'NOT_FOUND',
      },
    );
    expect(await callerFor(services, second.token).auth.me()).toMatchObject({
      member: { id: clinic.staff.member.id },
    });

    await clinic.staff.caller.auth.revokeSession({ id: hashSecret(second.token) });
    await expectTRPCError(callerFor(services, second.token).auth.me(), { code: 'UNAUTHORIZED' });
    expect(await clinic.staff.caller.auth.listSessions()).toHaveLength(1);
  });

  it('revokes every session of the member at once', async () => {
    const services = await testServices();
    const { admin } = await createTestClinic(services);
    const second = await callerFor(services).auth.signIn({
      email: admin.email,
      password: TEST_PASSWORD,
    });

    await admin.caller.auth.revokeAllSessions();

    await expectTRPCError(admin.caller.auth.me(), { code: 'UNAUTHORIZED' });
    await expectTRPCError(callerFor(services, second.token).auth.me(), { code: 'UNAUTHORIZED' });
  });

  it('refuses an expired session and extends one in its second half', async () => {
    const services = await testServices();
    const { admin, doctor } = await createTestClinic(services);
    const dayMs = 24 * 60 * 60 * 1000;

    await services.db
      .updateTable('authSessions')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', hashSecret(doctor.token))
      .execute();
    await expectTRPCError(doctor.caller.auth.me(), { code: 'UNAUTHORIZED', message: 'expired' });

    await services.db
      .updateTable('authSessions')
      .set({ expiresAt: new Date(Date.now() + 2 * dayMs).toISOString() })
      .where('id', '=', hashSecret(admin.token))
      .execute();
    await admin.caller.auth.me();
    const extended = await services.db
      .selectFrom('authSessions')
      .select('expiresAt')
      .where('id', '=', hashSecret(admin.token))
      .executeTakeFirstOrThrow();
    expect(new Date(extended.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * dayMs);
  });

  it('asks anonymous callers to sign in', async () => {
    const services = await testServices();

    await expectTRPCError(callerFor(services).departments.list({}), {
      code: 'UNAUTHORIZED',
      message: 'sign in first',
    });
    await expectTRPCError(callerFor(services, 'made-up-token').auth.me(), { code: 'UNAUTHORIZED' });
  });
});
