import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { callerFor } from '../test/callers';
import { createTestClinic, TEST_PASSWORD } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices } from '../test/services';

// Emails are unique per run, so the suite can run again on the same PostgreSQL database.
const run = randomUUID().slice(0, 8);
const profile = { fullName: 'Nodira Nurse', password: TEST_PASSWORD };

describe('invitations', () => {
  it('signs a member up with the role of their invitation', async () => {
    const services = await testServices();
    const { admin, clinic } = await createTestClinic(services);

    const { code, invitation } = await admin.caller.invitations.create({
      email: `New.Nurse-${run}@Example.test`,
      role: 'staff',
    });
    expect(invitation.email).toBe(`new.nurse-${run}@example.test`);
    expect(code.length).toBeGreaterThanOrEqual(20);

    const joined = await callerFor(services).auth.acceptInvitation({
      ...profile,
      code,
      email: `new.nurse-${run}@example.TEST`,
    });
    expect(joined.member.role).toBe('staff');
    expect(joined.clinic.id).toBe(clinic.id);

    const listed = await admin.caller.invitations.list({});
    const accepted = listed.items.find((item) => item.id === invitation.id);
    expect(accepted?.acceptedMemberId).toBe(joined.member.id);
  });

  it('accepts a code once only', async () => {
    const services = await testServices();
    const { admin } = await createTestClinic(services);
    const { code } = await admin.caller.invitations.create({
      email: `once-${run}@example.test`,
      role: 'doctor',
    });
    await callerFor(services).auth.acceptInvitation({
      ...profile,
      code,
      email: `once-${run}@example.test`,
    });

    await expectTRPCError(
      callerFor(services).auth.acceptInvitation({
        ...profile,
        code,
        email: `once-${run}@example.test`,
      }),
      { code: 'BAD_REQUEST', message: 'code: is not a valid invitation code' },
    );
  });

  it('rejects an expired, revoked or mismatched invitation', async () => {
    const services = await testServices();
    const { admin } = await createTestClinic(services);
    const anonymous = callerFor(services);

    const expired = await admin.caller.invitations.create({
      email: `late-${run}@example.test`,
      role: 'staff',
    });
    await services.db
      .updateTable('invitations')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.invitation.id)
      .execute();
    await expectTRPCError(
      anonymous.auth.acceptInvitation({
        ...profile,
        code: expired.code,
        email: `late-${run}@example.test`,
      }),
      {
        code: 'BAD_REQUEST',
        message: 'code: has expired',
      },
    );

    const revoked = await admin.caller.invitations.create({
      email: `gone-${run}@example.test`,
      role: 'staff',
    });
    await admin.caller.invitations.revoke({ id: revoked.invitation.id });
    await expectTRPCError(
      anonymous.auth.acceptInvitation({
        ...profile,
        code: revoked.code,
        email: `gone-${run}@example.test`,
      }),
      {
        code: 'BAD_REQUEST',
        message: 'code: is not a valid invitation code',
      },
    );

    const other = await admin.caller.invitations.create({
      email: `right-${run}@example.test`,
      role: 'staff',
    });
    await expectTRPCError(
      anonymous.auth.acceptInvitation({
        ...profile,
        code: other.code,
        email: `wrong-${run}@example.test`,
      }),
      {
        code: 'BAD_REQUEST',
        message: 'email: does not match',
      },
    );

    const members = await services.db.selectFrom('members').select('email').execute();
    const emails = members.map((member) => member.email);
    expect(emails).not.toContain(`late-${run}@example.test`);
    expect(emails).not.toContain(`gone-${run}@example.test`);
    expect(emails).not.toContain(`wrong-${run}@example.test`);
  });

  it('lets only admins issue, list and revoke invitations', async () => {
    const { doctor, staff } = await createTestClinic(await testServices());

    for (const member of [doctor, staff]) {
      await expectTRPCError(
        member.caller.invitations.create({ email: `x-${run}@example.test`, role: 'admin' }),
        {
          code: 'FORBIDDEN',
        },
      );
      await expectTRPCError(member.caller.invitations.list({}), { code: 'FORBIDDEN' });
    }
  });

  it("hides one clinic's invitations from another clinic", async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);
    const { invitation } = await clinicA.admin.caller.invitations.create({
      email: 'a-only@example.test',
      role: 'staff',
    });

    await expectTRPCError(clinicB.admin.caller.invitations.revoke({ id: invitation.id }), {
      code: 'NOT_FOUND',
    });
    const listed = await clinicB.admin.caller.invitations.list({ limit: 100 });
    expect(listed.items.map((item) => item.id)).not.toContain(invitation.id);

    const stillOpen = await clinicA.admin.caller.invitations.list({ isOpen: true });
    expect(stillOpen.items.map((item) => item.id)).toContain(invitation.id);
  });
});
