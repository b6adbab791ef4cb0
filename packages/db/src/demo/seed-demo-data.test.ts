import { BAND_KEYS, ageOn, bandOf, localDateOf, type BandKey, type Sex } from '@medsys/domain';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDatabase, type Database } from '../engine/create-database';
import { migrateToLatest } from '../migrate';
import type { DB } from '../schema';
import { DEMO_PASSWORD, seedDemoData, type DemoSummary } from './index';

// A Wednesday: 12:30 in Tashkent (UTC+5) and 00:30 in Los Angeles (UTC-7 since 8 March).
const NOW = new Date('2026-03-11T07:30:00Z');
const QUYOSH = "Quyosh Children's Clinic";
const HARBOR = 'Harbor Pediatrics';
const LIVE_STATUSES = sql`('scheduled', 'arrived', 'completed')`;

function fakeHash(password: string): Promise<string> {
  return Promise.resolve(`hash:${password}`);
}

type Engine = {
  name: string;
  open: () => Promise<{ database: Database; drop: () => Promise<void> }>;
};

async function openPGlite() {
  const database = await createDatabase({});

  return { database, drop: () => database.close() };
}

/**
 * Creates an empty database next to the one named by TEST_DATABASE_URL, because the demo only
 * loads into a database without clinics, and drops it afterwards.
 */
async function openFreshPostgres() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const server = await createDatabase({ databaseUrl: serverUrl, poolSize: 1 });
  const url = new URL(serverUrl);
  const name = `${url.pathname.slice(1)}_demo_seed`;
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(server.db);
  await sql`create database ${sql.id(name)}`.execute(server.db);
  url.pathname = `/${name}`;
  const database = await createDatabase({ databaseUrl: url.toString(), poolSize: 2 });

  return {
    database,
    drop: async () => {
      await database.close();
      // Without force: PostgreSQL waits up to 5 seconds for the closed pool's sessions to end.
      await sql`drop database if exists ${sql.id(name)}`.execute(server.db);
      await server.close();
    },
  };
}

const ENGINES: Engine[] = [
  { name: 'PGlite', open: openPGlite },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'PostgreSQL', open: openFreshPostgres }] : []),
];

async function countRows(db: Kysely<DB>, table: keyof DB): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();

  return row.count;
}

async function clinicIdOf(db: Kysely<DB>, name: string): Promise<{ id: string; timeZone: string }> {
  return db
    .selectFrom('clinics')
    .select(['id', 'timeZone'])
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
}

describe.each(ENGINES)('seedDemoData on $name', ({ open }) => {
  let opened: Awaited<ReturnType<Engine['open']>>;
  let db: Kysely<DB>;
  let summary: DemoSummary | null;
  const messages: string[] = [];

  beforeAll(async () => {
    opened = await open();
    db = opened.database.db;
    await migrateToLatest(db);
    summary = await seedDemoData(db, {
      hashPassword: fakeHash,
      now: NOW,
      log: (message) => messages.push(message),
    });
  }, 120_000);

  afterAll(async () => {
    await opened.drop();
  });

  it('returns a summary of both clinics', () => {
    expect(summary?.password).toBe(DEMO_PASSWORD);
    expect(summary?.clinics.map((clinic) => clinic.name)).toEqual([QUYOSH, HARBOR]);
    expect(summary?.clinics[0]).toMatchObject({
      timeZone: 'Asia/Tashkent',
      admin: { email: 'admin@quyosh.demo' },
      doctor: { email: 'doctor@quyosh.demo' },
      staff: { email: 'staff@quyosh.demo' },
      counts: { departments: 3, doctors: 7, staff: 3, clients: 1150 },
    });
    expect(summary?.clinics[1]).toMatchObject({
      timeZone: 'America/Los_Angeles',
      admin: { email: 'admin@harbor.demo' },
      doctor: { email: 'doctor@harbor.demo' },
      staff: { email: 'staff@harbor.demo' },
      counts: { departments: 2, doctors: 4, staff: 2, clients: 850 },
    });
    expect(messages.at(-1)).toMatch(/^demo data loaded in \d+ ms/);
  });

  it('matches the summary counts with the rows', async () => {
    const appointments = summary?.clinics.reduce((sum, c) => sum + c.counts.appointments, 0);
    const results = summary?.clinics.reduce((sum, c) => sum + c.counts.sessionResults, 0);

    expect(await countRows(db, 'appointments')).toBe(appointments);
    expect(await countRows(db, 'sessionResults')).toBe(results);
    expect(appointments).toBeGreaterThan(5000);
  });

  it('creates two clinics in different time zones', async () => {
    const clinics = await db
      .selectFrom('clinics')
      .select(['name', 'timeZone', 'currency'])
      .orderBy('name')
      .execute();

    expect(clinics).toEqual([
      { name: HARBOR, timeZone: 'America/Los_Angeles', currency: 'USD' },
      { name: QUYOSH, timeZone: 'Asia/Tashkent', currency: 'UZS' },
    ]);
  });

  it('loads about two thousand clients', async () => {
    const count = await countRows(db, 'clients');

    expect(count).toBeGreaterThanOrEqual(1900);
    expect(count).toBeLessThanOrEqual(2100);
  });

  it('advances each record number counter past its clients', async () => {
    const rows = await db
      .selectFrom('clinics')
      .innerJoin('clients', 'clients.clinicId', 'clinics.id')
      .select((eb) => [
        'clinics.nextRecordNumber',
        eb.fn.max('clients.recordNumber').as('lastRecordNumber'),
        eb.fn.countAll<number>().as('clients'),
      ])
      .groupBy(['clinics.id', 'clinics.nextRecordNumber'])
      .execute();

    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.nextRecordNumber).toBe(row.clients + 1);
      expect(row.lastRecordNumber).toBe(`C-${String(row.clients).padStart(6, '0')}`);
    }
  });

  it('fills every statistics band in each clinic', async () => {
    for (const name of [QUYOSH, HARBOR]) {
      const clinic = await clinicIdOf(db, name);
      const today = localDateOf(NOW, clinic.timeZone);
      const clients = await db
        .selectFrom('clients')
        .select(['birthDate', 'sex', 'isDisabled'])
        .where('clinicId', '=', clinic.id)
        .execute();
      const counts = new Map<BandKey, number>();

      for (const client of clients) {
        const age = ageOn(client.birthDate, today);
        const band = bandOf({ sex: client.sex, isDisabled: client.isDisabled, age });
        counts.set(band, (counts.get(band) ?? 0) + 1);
      }

      for (const band of BAND_KEYS) {
        expect(counts.get(band) ?? 0, `${name}: ${band}`).toBeGreaterThan(0);
      }
    }
  });

  it('records every sex and a note for each disability', async () => {
    const sexes = await db.selectFrom('clients').select('sex').distinct().orderBy('sex').execute();
    const disabledWithoutNote = await db
      .selectFrom('clients')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('isDisabled', '=', true)
      .where('disabilityNote', 'is', null)
      .executeTakeFirstOrThrow();

    expect(sexes.map((row) => row.sex)).toEqual<Sex[]>(['female', 'male', 'other', 'unknown']);
    expect(disabledWithoutNote.count).toBe(0);
  });

  it('includes clients born on 29 February in each clinic', async () => {
    const rows = await db
      .selectFrom('clients')
      .innerJoin('clinics', 'clinics.id', 'clients.clinicId')
      .select((eb) => ['clinics.name', eb.fn.countAll<number>().as('count')])
      .where(sql<boolean>`to_char(clients.birth_date, 'MM-DD') = '02-29'`)
      .groupBy('clinics.name')
      .orderBy('clinics.name')
      .execute();

    expect(rows.map((row) => row.name)).toEqual([HARBOR, QUYOSH]);
    for (const row of rows) {
      expect(row.count, row.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every child a guardian with a phone', async () => {
    const rows = await db
      .selectFrom('clients')
      .select(['birthDate', 'guardianName', 'guardianPhone'])
      .execute();
    const today = localDateOf(NOW, 'Asia/Tashkent');
    const children = rows.filter((row) => ageOn(row.birthDate, today) < 17);

    expect(children.length).toBeGreaterThan(1000);
    expect(children.filter((row) => row.guardianName === null)).toEqual([]);
    expect(children.filter((row) => row.guardianPhone === null)).toEqual([]);
  });

  it('archives a few clients', async () => {
    const archived = await db
      .selectFrom('clients')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('archivedAt', 'is not', null)
      .executeTakeFirstOrThrow();

    expect(archived.count).toBeGreaterThan(5);
    expect(archived.count).toBeLessThan(60);
  });

  it('has appointments in all five statuses', async () => {
    const rows = await db
      .selectFrom('appointments')
      .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
      .groupBy('status')
      .orderBy('status')
      .execute();

    expect(rows.map((row) => row.status)).toEqual([
      'arrived',
      'cancelled',
      'completed',
      'no_show',
      'scheduled',
    ]);
  });

  it('gives each completed appointment exactly one result', async () => {
    const completedWithoutOne = await sql<{ count: number }>`
      select count(*) as count
      from appointments a
      where a.status = 'completed'
        and (select count(*) from session_results r
             where r.clinic_id = a.clinic_id and r.appointment_id = a.id) <> 1`.execute(db);
    const resultsOfOtherStatuses = await db
      .selectFrom('sessionResults as r')
      .innerJoin('appointments as a', (join) =>
        join.onRef('a.clinicId', '=', 'r.clinicId').onRef('a.id', '=', 'r.appointmentId'),
      )
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('a.status', '<>', 'completed')
      .executeTakeFirstOrThrow();

    expect(completedWithoutOne.rows[0]?.count).toBe(0);
    expect(resultsOfOtherStatuses.count).toBe(0);
  });

  it('copies the visit onto its result', async () => {
    const mismatched = await sql<{ count: number }>`
      select count(*) as count
      from session_results r
      join appointments a on a.clinic_id = r.clinic_id and a.id = r.appointment_id
      where r.visit_starts_at <> a.starts_at or r.doctor_id <> a.doctor_id
        or r.client_id <> a.client_id or r.recorded_by <> a.doctor_id`.execute(db);

    expect(mismatched.rows[0]?.count).toBe(0);
  });

  it('never overlaps live appointments of one doctor', async () => {
    const overlaps = await sql<{ count: number }>`
      select count(*) as count
      from appointments a
      join appointments b on b.clinic_id = a.clinic_id and b.doctor_id = a.doctor_id
        and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at
      where a.status in ${LIVE_STATUSES} and b.status in ${LIVE_STATUSES}`.execute(db);

    expect(overlaps.rows[0]?.count).toBe(0);
  });

  it('never overlaps live appointments of one client', async () => {
    const overlaps = await sql<{ count: number }>`
      select count(*) as count
      from appointments a
      join appointments b on b.clinic_id = a.clinic_id and b.client_id = a.client_id
        and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at
      where a.status in ${LIVE_STATUSES} and b.status in ${LIVE_STATUSES}`.execute(db);

    expect(overlaps.rows[0]?.count).toBe(0);
  });

  it('books a cancelled slot again for another client', async () => {
    const rebooked = await sql<{ count: number }>`
      select count(*) as count
      from appointments a
      join appointments b on b.clinic_id = a.clinic_id and b.doctor_id = a.doctor_id
        and b.starts_at = a.starts_at and b.id <> a.id
      where a.status = 'cancelled' and b.status in ${LIVE_STATUSES}`.execute(db);

    expect(rebooked.rows[0]?.count).toBeGreaterThan(0);
  });

  it('keeps appointments inside local working hours', async () => {
    // PostgreSQL's own time zone rules check the generator's conversion of local times.
    const outside = await sql<{ name: string; count: number }>`
      select c.name, count(*) as count
      from appointments a
      join clinics c on c.id = a.clinic_id
      cross join lateral (select
        (a.starts_at at time zone c.time_zone) as local_start,
        (a.ends_at at time zone c.time_zone) as local_end) t
      where local_start::date <> local_end::date
        or (c.name = ${QUYOSH} and (local_start::time < '08:00' or local_end::time > '17:00'
          or extract(isodow from local_start) = 7
          or (local_start::time < '14:00' and local_end::time > '13:00'
            and extract(isodow from local_start) < 6)))
        or (c.name = ${HARBOR} and (local_start::time < '08:30' or local_end::time > '17:30'
          or extract(isodow from local_start) > 5
          or (local_start::time < '13:30' and local_end::time > '12:30')))
      group by c.name`.execute(db);

    expect(outside.rows).toEqual([]);
  });

  it('spans six months back and two weeks ahead', async () => {
    const span = await db
      .selectFrom('appointments')
      .select((eb) => [eb.fn.min('startsAt').as('first'), eb.fn.max('startsAt').as('last')])
      .executeTakeFirstOrThrow();
    const dayMs = 86_400_000;

    expect(Date.parse(span.first)).toBeGreaterThan(NOW.getTime() - 186 * dayMs);
    expect(Date.parse(span.first)).toBeLessThan(NOW.getTime() - 178 * dayMs);
    expect(Date.parse(span.last)).toBeGreaterThan(NOW.getTime() + 12 * dayMs);
    expect(Date.parse(span.last)).toBeLessThan(NOW.getTime() + 15 * dayMs);
  });

  it("lists today's visits for the demo doctor", async () => {
    const today = localDateOf(NOW, 'Asia/Tashkent');
    const rows = await sql<{ status: string }>`
      select a.status
      from appointments a
      join members m on m.clinic_id = a.clinic_id and m.id = a.doctor_id
      where m.email = 'doctor@quyosh.demo'
        and (a.starts_at at time zone 'Asia/Tashkent')::date = ${today}::date`.execute(db);
    const statuses = new Set(rows.rows.map((row) => row.status));

    expect(rows.rows.length).toBeGreaterThanOrEqual(10);
    expect(statuses.has('completed')).toBe(true);
    expect(statuses.has('arrived')).toBe(true);
    expect(statuses.has('scheduled')).toBe(true);
  });

  it('uses ICD-10 codes and every payment status', async () => {
    const codes = await db
      .selectFrom('sessionResults')
      .select('diagnosisCode')
      .distinct()
      .execute();
    const payments = await db
      .selectFrom('sessionResults')
      .select('paymentStatus')
      .distinct()
      .orderBy('paymentStatus')
      .execute();

    expect(codes.map((row) => row.diagnosisCode)).toEqual(
      expect.arrayContaining(['J06.9', 'H66.9', 'K59.0', 'L20.9']),
    );
    expect(payments.map((row) => row.paymentStatus)).toEqual([
      'paid',
      'partial',
      'unpaid',
      'waived',
    ]);
  });

  it('gives every member an account with the demo password', async () => {
    const accounts = await db
      .selectFrom('members')
      .leftJoin('accounts', (join) =>
        join
          .onRef('accounts.id', '=', 'members.id')
          .onRef('accounts.clinicId', '=', 'members.clinicId'),
      )
      .select([
        'members.email',
        'members.role',
        'accounts.emailNormalized',
        'accounts.passwordHash',
      ])
      .execute();

    expect(accounts).toHaveLength(18);
    for (const account of accounts) {
      expect(account.emailNormalized, account.email).toBe(account.email.toLowerCase());
      expect(account.passwordHash, account.email).toBe(`hash:${DEMO_PASSWORD}`);
    }
    expect(accounts.filter((account) => account.role === 'admin')).toHaveLength(2);
    expect(accounts.filter((account) => account.role === 'doctor')).toHaveLength(11);
  });

  it('returns null and adds nothing on a second call', async () => {
    const before = await countRows(db, 'appointments');
    const again = await seedDemoData(db, { hashPassword: fakeHash, now: NOW });

    expect(again).toBeNull();
    expect(await countRows(db, 'clinics')).toBe(2);
    expect(await countRows(db, 'appointments')).toBe(before);
  });
});
