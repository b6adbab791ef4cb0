import { TENANT_TABLES, withClinic } from '@medsys/db';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';

import { createTestClinic } from '../test/clinic-factory';
import { testServices } from '../test/services';

describe('row-level security', () => {
  it("shows the app role only its clinic's rows, even without a clinic filter", async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    await createTestClinic(services);

    const seen = await withClinic(services.db, clinicA.clinic.id, async (trx) => ({
      clinics: await trx.selectFrom('clinics').select('id').execute(),
      departments: await trx.selectFrom('departments').select('clinicId').execute(),
      members: await trx.selectFrom('members').select('clinicId').execute(),
    }));

    expect(seen.clinics.map((row) => row.id)).toEqual([clinicA.clinic.id]);
    expect(new Set(seen.departments.map((row) => row.clinicId))).toEqual(
      new Set([clinicA.clinic.id]),
    );
    expect(seen.members).toHaveLength(3);
    expect(new Set(seen.members.map((row) => row.clinicId))).toEqual(new Set([clinicA.clinic.id]));
  });

  it('refuses the app role a write into another clinic', async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);

    const write = withClinic(services.db, clinicA.clinic.id, (trx) =>
      trx
        .insertInto('departments')
        .values({ clinicId: clinicB.clinic.id, name: 'Smuggled', city: 'Nowhere' })
        .execute(),
    );

    await expect(write).rejects.toThrow(/row-level security/);
    const smuggled = await services.db
      .selectFrom('departments')
      .select('id')
      .where('name', '=', 'Smuggled')
      .execute();
    expect(smuggled).toEqual([]);
  });

  it('shows nothing when no clinic is set', async () => {
    const services = await testServices();
    await createTestClinic(services);

    const counts = await services.db.transaction().execute(async (trx) => {
      await sql`set local role medsys_app`.execute(trx);

      return trx
        .selectFrom('members')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
    });

    expect(counts.count).toBe(0);
  });

  it('guards every tenant table and sessions with a policy', async () => {
    const services = await testServices();

    const rows = await sql<{ tablename: string; rowsecurity: boolean }>`
      select tablename, rowsecurity from pg_tables where schemaname = 'public'
    `.execute(services.db);
    const guarded = rows.rows
      .filter((row) => row.rowsecurity)
      .map((row) => row.tablename)
      .sort();

    expect(guarded).toEqual([...TENANT_TABLES, 'auth_sessions'].sort());
  });

  it('keeps credentials and sessions away from the app role', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);

    const read = withClinic(services.db, clinic.clinic.id, (trx) =>
      trx.selectFrom('accounts').select('passwordHash').execute(),
    );

    await expect(read).rejects.toThrow(/permission denied/);
  });
});
