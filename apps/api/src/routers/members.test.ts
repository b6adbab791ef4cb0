import { describe, expect, it } from 'vitest';

import { callerFor } from '../test/callers';
import { createTestClinic, TEST_PASSWORD } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices } from '../test/services';

describe('members', () => {
  it('lists members by role, department, specialty and text', async () => {
    const { admin, doctor, staff, departmentId } = await createTestClinic(await testServices());

    const doctors = await admin.caller.members.list({ role: 'doctor' });
    expect(doctors.items.map((member) => member.id)).toEqual([doctor.member.id]);

    const inDepartment = await admin.caller.members.list({ departmentId });
    expect(inDepartment.items.map((member) => member.id)).toEqual([doctor.member.id]);

    const bySpecialty = await admin.caller.members.list({ specialty: 'paediat' });
    expect(bySpecialty.items.map((member) => member.id)).toEqual([doctor.member.id]);

    const byText = await admin.caller.members.list({ search: 'sardor' });
    expect(byText.items.map((member) => member.id)).toEqual([staff.member.id]);

    const everyone = await admin.caller.members.list({});
    expect(everyone.items.map((member) => member.fullName)).toEqual([
      'Ada Admin',
      'Dilnoza Doctor',
      'Sardor Staff',
    ]);
  });

  it('shows doctors and staff, but not admins, to doctors and staff', async () => {
    const { admin, doctor, staff } = await createTestClinic(await testServices());

    for (const member of [doctor, staff]) {
      const listed = await member.caller.members.list({});
      expect(listed.items.map((item) => item.role).sort()).toEqual(['doctor', 'staff']);
      await expectTRPCError(member.caller.members.get({ id: admin.member.id }), {
        code: 'NOT_FOUND',
      });
      expect((await member.caller.members.list({ role: 'admin' })).items).toEqual([]);
    }
  });

  it('lets admins update, archive and restore a member', async () => {
    const services = await testServices();
    const { admin, doctor } = await createTestClinic(services);

    const updated = await admin.caller.members.update({
      id: doctor.member.id,
      specialty: 'Neurology',
    });
    expect(updated.specialty).toBe('Neurology');
    expect(updated.fullName).toBe('Dilnoza Doctor');

    const archived = await admin.caller.members.archive({ id: doctor.member.id });
    expect(archived.archivedAt).not.toBeNull();
    const active = await admin.caller.members.list({});
    expect(active.items.map((member) => member.id)).not.toContain(doctor.member.id);
    const listedArchived = await admin.caller.members.list({ isArchived: true });
    expect(listedArchived.items.map((member) => member.id)).toEqual([doctor.member.id]);

    const restored = await admin.caller.members.restore({ id: doctor.member.id });
    expect(restored.archivedAt).toBeNull();
    await expectTRPCError(doctor.caller.auth.me(), { code: 'UNAUTHORIZED' });
    const again = await callerFor(services).auth.signIn({
      email: doctor.email,
      password: TEST_PASSWORD,
    });
    expect(again.member.id).toBe(doctor.member.id);
  });

  it('ends the sessions of an archived member', async () => {
    const services = await testServices();
    const { admin, staff } = await createTestClinic(services);

    await admin.caller.members.archive({ id: staff.member.id });

    await expectTRPCError(staff.caller.auth.listSessions(), { code: 'UNAUTHORIZED' });
    await admin.caller.members.restore({ id: staff.member.id });
    await expectTRPCError(staff.caller.auth.me(), { code: 'UNAUTHORIZED' });
  });

  it('revokes the open invitations of an archived member', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const deputy = await clinic.addMember('admin', 'Deputy Admin');
    const { code } = await deputy.caller.invitations.create({
      email: 'deputy-friend@example.test',
      role: 'admin',
    });

    await clinic.admin.caller.members.archive({ id: deputy.member.id });

    await expectTRPCError(
      callerFor(services).auth.acceptInvitation({
        code,
        email: 'deputy-friend@example.test',
        password: TEST_PASSWORD,
        fullName: 'Friend',
      }),
      { code: 'BAD_REQUEST', message: 'code: is not a valid invitation code' },
    );
  });

  it('keeps the last active admin', async () => {
    const services = await testServices();
    const { admin } = await createTestClinic(services);

    await expectTRPCError(admin.caller.members.archive({ id: admin.member.id }), {
      code: 'CONFLICT',
      message: 'the last active admin of a clinic cannot be archived',
    });
    expect((await admin.caller.auth.me()).member.archivedAt).toBeNull();
  });

  it('archives an admin while another remains', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const deputy = await clinic.addMember('admin', 'Deputy Admin');

    const archived = await deputy.caller.members.archive({ id: clinic.admin.member.id });

    expect(archived.archivedAt).not.toBeNull();
    await expectTRPCError(deputy.caller.members.archive({ id: deputy.member.id }), {
      code: 'CONFLICT',
    });
  });

  it('refuses member changes to doctors and staff', async () => {
    const { doctor, staff } = await createTestClinic(await testServices());

    for (const member of [doctor, staff]) {
      await expectTRPCError(member.caller.members.update({ id: staff.member.id, fullName: 'X' }), {
        code: 'FORBIDDEN',
      });
      await expectTRPCError(member.caller.members.archive({ id: doctor.member.id }), {
        code: 'FORBIDDEN',
      });
      await expectTRPCError(member.caller.members.restore({ id: doctor.member.id }), {
        code: 'FORBIDDEN',
      });
    }
  });

  it('rejects bad member fields by name', async () => {
    const { admin, doctor } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.members.update({ id: doctor.member.id, fullName: ' ' }), {
      code: 'BAD_REQUEST',
      message: 'fullName: must not be blank',
    });
    await expectTRPCError(admin.caller.members.list({ limit: 101 }), {
      code: 'BAD_REQUEST',
      message: 'limit: must be at most 100',
    });
    expect((await admin.caller.members.get({ id: doctor.member.id })).fullName).toBe(
      'Dilnoza Doctor',
    );
  });

  it("hides one clinic's members from another clinic", async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);
    const target = clinicA.doctor.member;
    const intruder = clinicB.admin.caller;

    await expectTRPCError(intruder.members.get({ id: target.id }), { code: 'NOT_FOUND' });
    await expectTRPCError(intruder.members.update({ id: target.id, fullName: 'Taken' }), {
      code: 'NOT_FOUND',
    });
    await expectTRPCError(intruder.members.archive({ id: target.id }), { code: 'NOT_FOUND' });
    await expectTRPCError(intruder.members.restore({ id: target.id }), { code: 'NOT_FOUND' });
    await expectTRPCError(
      intruder.members.update({ id: clinicB.doctor.member.id, departmentId: clinicA.departmentId }),
      {
        code: 'NOT_FOUND',
      },
    );

    const listed = await intruder.members.list({ departmentId: clinicA.departmentId });
    expect(listed.items).toEqual([]);
    const searched = await intruder.members.list({ search: clinicA.doctor.email });
    expect(searched.items).toEqual([]);

    const after = await clinicA.admin.caller.members.get({ id: target.id });
    expect(after).toEqual(target);
    const signedIn = await callerFor(services).auth.signIn({
      email: clinicA.doctor.email,
      password: TEST_PASSWORD,
    });
    expect(signedIn.member.id).toBe(target.id);
  });
});

describe('clinic', () => {
  it('lets every member read the settings and only admins change them', async () => {
    const { admin, doctor, staff, clinic } = await createTestClinic(await testServices());

    for (const member of [doctor, staff]) {
      expect((await member.caller.clinic.get()).id).toBe(clinic.id);
      await expectTRPCError(member.caller.clinic.update({ name: 'Renamed' }), {
        code: 'FORBIDDEN',
      });
    }

    const updated = await admin.caller.clinic.update({
      timeZone: 'America/Los_Angeles',
      currency: 'USD',
    });
    expect(updated).toMatchObject({
      name: clinic.name,
      timeZone: 'America/Los_Angeles',
      currency: 'USD',
    });
  });

  it('rejects an unknown time zone, quoting it', async () => {
    const { admin, clinic } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.clinic.update({ timeZone: 'Mars/Base' }), {
      code: 'BAD_REQUEST',
      message: 'timeZone: unknown time zone "Mars/Base"',
    });
    expect((await admin.caller.clinic.get()).timeZone).toBe(clinic.timeZone);
  });

  it('rejects zones the database would read differently', async () => {
    const { admin, clinic } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.clinic.update({ timeZone: 'IST' }), {
      code: 'BAD_REQUEST',
      message: 'timeZone: unknown time zone "IST"',
    });
    await expectTRPCError(admin.caller.clinic.update({ timeZone: 'US/Pacific-New' }), {
      code: 'BAD_REQUEST',
      message: 'timeZone: unknown time zone "US/Pacific-New"',
    });
    expect((await admin.caller.clinic.get()).timeZone).toBe(clinic.timeZone);
  });

  it('ignores a clinic id sent in the input', async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);

    const input = { name: 'Hijacked', id: clinicA.clinic.id, clinicId: clinicA.clinic.id } as {
      name: string;
    };
    const updated = await clinicB.admin.caller.clinic.update(input);

    expect(updated.id).toBe(clinicB.clinic.id);
    expect((await clinicA.admin.caller.clinic.get()).name).toBe(clinicA.clinic.name);
  });
});
