/**
 * Times `countDoctorStatistics` on a seeded clinic and prints the median and p95 per period, before
 * and after ANALYZE. Run it with `pnpm --filter @medsys/db run bench`.
 *
 * BENCH_DATABASE_URL: a PostgreSQL database to time as well as in-memory PGlite. The seeded clinic
 * is deleted from it at the end.
 * BENCH_RUNS: timed runs per period, 50 by default.
 */
import { performance } from 'node:perf_hooks';

import { SEXES, isoWeekPeriod, monthPeriod, type StatisticsPeriod } from '@medsys/domain';
import { sql, type Insertable, type Kysely } from 'kysely';

import { createDatabase, type DatabaseEngine } from '../engine/create-database';
import { migrateToLatest } from '../migrate';
import { countDoctorStatistics } from '../queries/statistics';
import type { AppointmentStatus, AppointmentTable, ClientTable, DB } from '../schema';
import { unsafeWithoutClinic, withClinic } from '../scope';

const DOCTOR_COUNT = 10;
const CLIENT_COUNT = 2_000;
const SEED_YEAR = 2025;
const SEED_MONTHS = 6;
const VISITS_PER_DOCTOR_PER_DAY = 12;
const VISIT_MINUTES = 30;
const FIRST_VISIT_HOUR = 9;

// Asia/Tashkent is UTC+5 all through 2025, with no daylight saving, so a fixed offset turns the
// seeded local visit times into instants.
const TIME_ZONE = 'Asia/Tashkent';
const UTC_OFFSET_HOURS = 5;

const INSERT_BATCH_SIZE = 1_000;
const WARM_UP_RUNS = 5;
const DEFAULT_RUNS = 50;

type SeededClinic = {
  clinicId: string;
  doctorIds: string[];
  appointmentCount: number;
  completedCount: number;
};

type Timing = {
  engine: DatabaseEngine;
  /** Whether ANALYZE had run on the seeded tables, which changes the planner's choice of index. */
  isAnalyzed: boolean;
  period: StatisticsPeriod;
  runs: number;
  visits: number;
  clients: number;
  medianMs: number;
  p95Ms: number;
};

/** A small seeded generator (mulberry32), so every run inserts the same data. */
function createRandom(seed: number): () => number {
  let state = seed;

  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;

    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function randomInt(random: () => number, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function buildClients(clinicId: string, random: () => number): Insertable<ClientTable>[] {
  const clients: Insertable<ClientTable>[] = [];

  for (let index = 0; index < CLIENT_COUNT; index += 1) {
    // Birth dates from 1940 to late 2024, so every band gets clients.
    const birthDay = Date.UTC(1940, 0, 1) + randomInt(random, 85 * 365) * 86_400_000;
    const sex = SEXES[randomInt(random, SEXES.length)] ?? 'unknown';
    const isDisabled = random() < 0.05;

    clients.push({
      clinicId,
      recordNumber: `B-${String(index + 1).padStart(6, '0')}`,
      fullName: `Bench client ${index + 1}`,
      birthDate: toDateString(new Date(birthDay)),
      sex,
      isDisabled,
      disabilityNote: isDisabled ? 'Bench disability' : null,
    });
  }

  return clients;
}

/** Nine in ten visits are completed. The rest are cancelled or no-shows, which the query skips. */
function randomStatus(random: () => number): AppointmentStatus {
  const draw = random();

  if (draw < 0.9) {
    return 'completed';
  }

  return draw < 0.95 ? 'cancelled' : 'no_show';
}

/**
 * Builds every doctor's visits from Monday to Saturday over the seeded months. In one time slot
 * the doctors see clients `base + doctor * (CLIENT_COUNT / DOCTOR_COUNT)`, so no client is booked
 * twice at once and the exclusion constraints hold.
 */
function buildAppointments(
  seed: { clinicId: string; departmentId: string; createdBy: string; doctorIds: string[] },
  clientIds: string[],
  random: () => number,
): Insertable<AppointmentTable>[] {
  const appointments: Insertable<AppointmentTable>[] = [];
  const clientStride = Math.floor(CLIENT_COUNT / DOCTOR_COUNT);
  const firstDay = Date.UTC(SEED_YEAR, 0, 1);
  const endDay = Date.UTC(SEED_YEAR, SEED_MONTHS, 1);

  for (let day = firstDay; day < endDay; day += 86_400_000) {
    if (new Date(day).getUTCDay() === 0) {
      continue;
    }

    for (let slot = 0; slot < VISITS_PER_DOCTOR_PER_DAY; slot += 1) {
      const localMinutes = FIRST_VISIT_HOUR * 60 + slot * VISIT_MINUTES;
      const startsAt = day + (localMinutes - UTC_OFFSET_HOURS * 60) * 60_000;
      const endsAt = startsAt + VISIT_MINUTES * 60_000;
      const base = randomInt(random, CLIENT_COUNT);

      seed.doctorIds.forEach((doctorId, doctorIndex) => {
        const clientId = clientIds[(base + doctorIndex * clientStride) % CLIENT_COUNT];
        if (clientId === undefined) {
          throw new Error('bench client index out of range');
        }

        const status = randomStatus(random);
        appointments.push({
          clinicId: seed.clinicId,
          clientId,
          doctorId,
          departmentId: seed.departmentId,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(endsAt).toISOString(),
          status,
          cancelReason: status === 'cancelled' ? 'Bench cancellation' : null,
          createdBy: seed.createdBy,
        });
      });
    }
  }

  return appointments;
}

async function forEachBatch<Row>(
  rows: Row[],
  insertBatch: (batch: Row[]) => Promise<void>,
): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += INSERT_BATCH_SIZE) {
    await insertBatch(rows.slice(offset, offset + INSERT_BATCH_SIZE));
  }
}

/** Inserts one clinic with its doctors, clients and six months of visits, as the owner role. */
async function seedClinic(db: Kysely<DB>): Promise<SeededClinic> {
  const random = createRandom(20_250_101);

  return unsafeWithoutClinic(db, async (trx) => {
    const clinic = await trx
      .insertInto('clinics')
      .values({ name: 'Statistics bench clinic', timeZone: TIME_ZONE, currency: 'UZS' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const clinicId = clinic.id;

    const department = await trx
      .insertInto('departments')
      .values({ clinicId, name: 'Bench department', city: 'Tashkent' })
      .returning('id')
      .executeTakeFirstOrThrow();

    const members = await trx
      .insertInto('members')
      .values([
        { clinicId, role: 'admin', fullName: 'Bench admin', email: 'admin@bench.test' },
        ...Array.from({ length: DOCTOR_COUNT }, (_unused, index) => ({
          clinicId,
          role: 'doctor' as const,
          fullName: `Bench doctor ${index + 1}`,
          email: `doctor-${index + 1}@bench.test`,
          specialty: 'Paediatrics',
          departmentId: department.id,
        })),
      ])
      .returning(['id', 'role'])
      .execute();
    const admin = members.find((member) => member.role === 'admin');
    if (!admin) {
      throw new Error('the bench admin was not inserted');
    }
    const doctorIds = members.filter((member) => member.role === 'doctor').map((row) => row.id);

    const clientIds: string[] = [];
    await forEachBatch(buildClients(clinicId, random), async (batch) => {
      const inserted = await trx.insertInto('clients').values(batch).returning('id').execute();
      clientIds.push(...inserted.map((row) => row.id));
    });

    const appointments = buildAppointments(
      { clinicId, departmentId: department.id, createdBy: admin.id, doctorIds },
      clientIds,
      random,
    );
    await forEachBatch(appointments, async (batch) => {
      await trx.insertInto('appointments').values(batch).execute();
    });

    return {
      clinicId,
      doctorIds,
      appointmentCount: appointments.length,
      completedCount: appointments.filter((row) => row.status === 'completed').length,
    };
  });
}

/** Deletes the seeded clinic, so a shared PostgreSQL database keeps no bench rows. */
async function deleteClinic(db: Kysely<DB>, clinicId: string): Promise<void> {
  await unsafeWithoutClinic(db, async (trx) => {
    await trx.deleteFrom('appointments').where('clinicId', '=', clinicId).execute();
    await trx.deleteFrom('clients').where('clinicId', '=', clinicId).execute();
    await trx.deleteFrom('members').where('clinicId', '=', clinicId).execute();
    await trx.deleteFrom('departments').where('clinicId', '=', clinicId).execute();
    await trx.deleteFrom('clinics').where('id', '=', clinicId).execute();
  });
}

function percentile(sortedMs: number[], fraction: number): number {
  const index = Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1);

  return sortedMs[Math.max(index, 0)] ?? Number.NaN;
}

/**
 * Runs the query `runs` times after a warm-up, inside one transaction as the app role, so
 * row-level security applies as it does for a request.
 */
async function timePeriod(
  db: Kysely<DB>,
  seeded: SeededClinic,
  period: StatisticsPeriod,
  runs: number,
): Promise<Omit<Timing, 'engine' | 'isAnalyzed'>> {
  const doctorId = seeded.doctorIds[0];
  if (doctorId === undefined) {
    throw new Error('the bench clinic has no doctor');
  }

  const options = {
    clinicId: seeded.clinicId,
    doctorId,
    start: period.start,
    end: period.end,
    timeZone: TIME_ZONE,
  };

  return withClinic(db, seeded.clinicId, async (trx) => {
    for (let run = 0; run < WARM_UP_RUNS; run += 1) {
      await countDoctorStatistics(trx, options);
    }

    const durationsMs: number[] = [];
    let counts = await countDoctorStatistics(trx, options);

    for (let run = 0; run < runs; run += 1) {
      const startedAt = performance.now();
      counts = await countDoctorStatistics(trx, options);
      durationsMs.push(performance.now() - startedAt);
    }

    durationsMs.sort((left, right) => left - right);

    return {
      period,
      runs,
      visits: counts.visits,
      clients: counts.totalClients,
      medianMs: percentile(durationsMs, 0.5),
      p95Ms: percentile(durationsMs, 0.95),
    };
  });
}

type EngineResult = {
  engine: DatabaseEngine;
  seeded: SeededClinic;
  seedSeconds: number;
  timings: Timing[];
};

async function benchEngine(databaseUrl: string | undefined, runs: number): Promise<EngineResult> {
  const database = await createDatabase({ databaseUrl });

  try {
    await migrateToLatest(database.db);

    const seedStartedAt = performance.now();
    const seeded = await seedClinic(database.db);
    const seedSeconds = (performance.now() - seedStartedAt) / 1000;

    try {
      const periods = [monthPeriod('2025-03', TIME_ZONE), isoWeekPeriod('2025-W11', TIME_ZONE)];
      const timings: Timing[] = [];

      for (const isAnalyzed of [false, true]) {
        if (isAnalyzed) {
          await sql`analyze appointments, clients`.execute(database.db);
        }

        for (const period of periods) {
          const timing = await timePeriod(database.db, seeded, period, runs);
          timings.push({ engine: database.engine, isAnalyzed, ...timing });
        }
      }

      return { engine: database.engine, seeded, seedSeconds, timings };
    } finally {
      if (database.engine === 'postgres') {
        await deleteClinic(database.db, seeded.clinicId);
      }
    }
  } finally {
    await database.close();
  }
}

function formatRow(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, index) => String(cell).padEnd(widths[index] ?? 0)).join('  ');
}

function printTimings(timings: Timing[]): void {
  const header = [
    'engine',
    'ANALYZE',
    'period',
    'runs',
    'visits',
    'clients',
    'median ms',
    'p95 ms',
  ];
  const rows = timings.map((timing) => [
    timing.engine,
    timing.isAnalyzed ? 'after' : 'before',
    timing.period.label,
    timing.runs,
    timing.visits,
    timing.clients,
    timing.medianMs.toFixed(2),
    timing.p95Ms.toFixed(2),
  ]);
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => String(row[index]).length)),
  );

  console.log(formatRow(header, widths));
  for (const row of rows) {
    console.log(formatRow(row, widths));
  }
}

function readRuns(): number {
  const text = process.env.BENCH_RUNS;
  if (text === undefined || text === '') {
    return DEFAULT_RUNS;
  }

  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`invalid BENCH_RUNS "${text}": expected a whole number of runs, 1 or more`);
  }

  return runs;
}

async function main(): Promise<void> {
  const runs = readRuns();
  const databaseUrls: (string | undefined)[] = [undefined];
  if (process.env.BENCH_DATABASE_URL) {
    databaseUrls.push(process.env.BENCH_DATABASE_URL);
  }

  const timings: Timing[] = [];

  for (const databaseUrl of databaseUrls) {
    const {
      engine,
      seeded,
      seedSeconds,
      timings: engineTimings,
    } = await benchEngine(databaseUrl, runs);

    console.log(
      `${engine}: seeded ${seeded.doctorIds.length} doctors, ${CLIENT_COUNT} clients and ` +
        `${seeded.appointmentCount} appointments (${seeded.completedCount} completed) ` +
        `in ${seedSeconds.toFixed(1)} s`,
    );
    timings.push(...engineTimings);
  }

  console.log('');
  printTimings(timings);
}

await main();
