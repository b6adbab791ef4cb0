import { describe, expect, it } from 'vitest';

import { createTestClinic } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices } from '../test/services';

describe('departments', () => {
  it('creates, reads, updates and deletes a department', async () => {
    const { admin } = await createTestClinic(await testServices());

    const created = await admin.caller.departments.create({
      name: 'Chilonzor branch',
      city: 'Tashkent',
      address: ' 12 Bunyodkor Avenue ',
      phone: '+998 71 200 00 00',
    });
    expect(created.name).toBe('Chilonzor branch');
    expect(created.address).toBe('12 Bunyodkor Avenue');

    const read = await admin.caller.departments.get({ id: created.id });
    expect(read).toEqual(created);

    const updated = await admin.caller.departments.update({ id: created.id, city: 'Samarkand' });
    expect(updated.city).toBe('Samarkand');
    expect(updated.address).toBe('12 Bunyodkor Avenue');

    await admin.caller.departments.delete({ id: created.id });
    await expectTRPCError(admin.caller.departments.get({ id: created.id }), { code: 'NOT_FOUND' });
  });

  it('filters by city and text, and pages by name', async () => {
    const { admin } = await createTestClinic(await testServices());
    for (const [name, city] of [
      ['Alpha', 'Bukhara'],
      ['Beta', 'bukhara'],
      ['Gamma', 'Khiva'],
    ] as const) {
      await admin.caller.departments.create({ name, city });
    }

    const inBukhara = await admin.caller.departments.list({ city: 'BUKHARA' });
    expect(inBukhara.items.map((department) => department.name)).toEqual(['Alpha', 'Beta']);

    const matching = await admin.caller.departments.list({ search: 'amm' });
    expect(matching.items.map((department) => department.name)).toEqual(['Gamma']);

    const first = await admin.caller.departments.list({ limit: 2 });
    expect(first.items.map((department) => department.name)).toEqual(['Alpha', 'Beta']);
    expect(first.nextCursor).not.toBeNull();
    const second = await admin.caller.departments.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((department) => department.name)).toEqual(['Gamma', 'Paediatrics']);
    expect(second.nextCursor).toBeNull();
  });

  it('lets doctors and staff read but not write', async () => {
    const { doctor, staff, departmentId } = await createTestClinic(await testServices());

    for (const member of [doctor, staff]) {
      const read = await member.caller.departments.get({ id: departmentId });
      expect(read.id).toBe(departmentId);
      await expectTRPCError(member.caller.departments.create({ name: 'X', city: 'Y' }), {
        code: 'FORBIDDEN',
      });
      await expectTRPCError(member.caller.departments.update({ id: departmentId, name: 'X' }), {
        code: 'FORBIDDEN',
      });
      await expectTRPCError(member.caller.departments.delete({ id: departmentId }), {
        code: 'FORBIDDEN',
      });
    }
  });

  it('rejects blank and malformed fields by name', async () => {
    const { admin } = await createTestClinic(await testServices());

    const blank = await expectTRPCError(
      admin.caller.departments.create({ name: '  ', city: 'Tashkent' }),
      {
        code: 'BAD_REQUEST',
        message: 'name: must not be blank',
      },
    );
    expect(blank.cause).toMatchObject({
      options: { fieldErrors: { name: ['must not be blank'] } },
    });

    await expectTRPCError(
      admin.caller.departments.create({ name: 'A', city: 'B', phone: 'call me' }),
      {
        code: 'BAD_REQUEST',
        message: 'phone: must be a phone number',
      },
    );
    await expectTRPCError(admin.caller.departments.get({ id: 'not-an-id' }), {
      code: 'BAD_REQUEST',
      message: 'id: must be a valid id',
    });

    const list = await admin.caller.departments.list({});
    expect(list.items).toHaveLength(1);
  });

  it('refuses to delete a department that members belong to', async () => {
    const { admin, departmentId } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.departments.delete({ id: departmentId }), {
      code: 'CONFLICT',
      message: 'cannot delete: members still refer to it; remove or move them first',
    });
    expect((await admin.caller.departments.get({ id: departmentId })).name).toBe('Paediatrics');
  });

  it("hides one clinic's departments from another clinic", async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);
    const before = await clinicA.admin.caller.departments.get({ id: clinicA.departmentId });

    const intruder = clinicB.admin.caller;
    await expectTRPCError(intruder.departments.get({ id: clinicA.departmentId }), {
      code: 'NOT_FOUND',
    });
    await expectTRPCError(
      intruder.departments.update({ id: clinicA.departmentId, name: 'Taken' }),
      {
        code: 'NOT_FOUND',
      },
    );
    await expectTRPCError(intruder.departments.delete({ id: clinicA.departmentId }), {
      code: 'NOT_FOUND',
    });

    const listed = await intruder.departments.list({ search: 'Paediatrics' });
    expect(listed.items.map((department) => department.id)).toEqual([clinicB.departmentId]);

    const after = await clinicA.admin.caller.departments.get({ id: clinicA.departmentId });
    expect(after).toEqual(before);
  });
});
