import type { AddressInfo } from 'node:net';

import {
  createHttpServer,
  createSessionManager,
  hashPassword,
  SignInLimiter,
} from '@medsys/api/server';
import { createDatabase, migrateToLatest, seedDemoData, type Database } from '@medsys/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runDoctorDay } from './doctor-day';

// 08:00 in Tashkent on a Tuesday, so the demo doctor's day lies ahead.
const NOW = new Date('2026-03-10T03:00:00Z');

describe('doctor-day example', () => {
  let database: Database;
  let server: ReturnType<typeof createHttpServer>;
  let url: string;

  beforeAll(async () => {
    database = await createDatabase({});
    await migrateToLatest(database.db);
    await seedDemoData(database.db, { hashPassword, now: NOW });
    server = createHttpServer({
      db: database.db,
      sessions: createSessionManager(database.db, { isSecureCookie: false }),
      signInLimiter: new SignInLimiter(),
      logger: pino({ level: 'silent' }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
  });

  it("runs a doctor's day over HTTP with the typed client", async () => {
    const lines: string[] = [];

    const day = await runDoctorDay({
      url,
      email: 'doctor@quyosh.demo',
      password: 'medsys-demo',
      now: NOW,
      print: (line) => lines.push(line),
    });

    expect(lines[0]).toContain("at Quyosh Children's Clinic, Asia/Tashkent");
    expect(day.appointments.length).toBeGreaterThan(0);
    expect(day.recorded?.diagnosisCode).toBe('J06.9');
    expect(day.monthly.period).toMatchObject({
      kind: 'month',
      label: '2026-03',
      timeZone: 'Asia/Tashkent',
    });
    expect(day.weekly.period).toMatchObject({ kind: 'week', label: '2026-W11' });

    for (const statistics of [day.monthly, day.weekly]) {
      const bandSum = Object.values(statistics.bands).reduce((sum, count) => sum + count, 0);
      expect(bandSum).toBe(statistics.totalClients);
      expect(statistics.visits).toBeGreaterThanOrEqual(statistics.totalClients);
    }

    expect(lines).toContain(`  ${'visits'.padEnd(42)} ${String(day.monthly.visits).padStart(5)}`);
  });
});
