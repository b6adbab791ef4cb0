import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { createDatabase, migrateToLatest } from '@medsys/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSessionManager } from '../auth/session-manager';
import { createHttpServer } from './server';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { INTERNAL_ERROR_MESSAGE } from '../trpc/errors';
import { createTestClinic, TEST_PASSWORD, type TestClinic } from '../test/clinic-factory';
import { createCapturingLogger, startTestServer } from '../test/http-harness';
import { testServices } from '../test/services';

type ErrorBody = {
  error: {
    message: string;
    data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null };
  };
};

/** Text that must never reach a client: stack frames, SQL, table and constraint names, paths. */
const LEAK_PATTERNS = [
  /\bat \S+ \(/,
  /select |insert |update /i,
  /_fkey|_key\b|_excl|_check/,
  /\/work\/|node_modules|\.ts:\d+/,
  /stack/i,
];

function expectNoLeak(body: string): void {
  for (const pattern of LEAK_PATTERNS) {
    expect(body).not.toMatch(pattern);
  }
}

describe('HTTP server', () => {
  const { logger, lines } = createCapturingLogger();
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let clinic: TestClinic;

  beforeAll(async () => {
    const services = { ...(await testServices()), logger };
    server = await startTestServer(services);
    clinic = await createTestClinic(services);
  });

  afterAll(async () => {
    await server.stop();
  });

  async function get(path: string, token?: string) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });

    return { status: response.status, text: await response.text() };
  }

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

    return { status: response.status, text: await response.text(), headers: response.headers };
  }

  it('answers a malformed id with BAD_REQUEST naming the field', async () => {
    const input = encodeURIComponent(JSON.stringify({ id: 'nope' }));
    const response = await get(`/trpc/departments.get?input=${input}`, clinic.admin.token);

    expect(response.status).toBe(400);
    const body = JSON.parse(response.text) as ErrorBody;
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.message).toBe('id: must be a valid id (UUID)');
    expect(body.error.data.fieldErrors).toEqual({ id: ['must be a valid id (UUID)'] });
    expectNoLeak(response.text);
  });

  it('answers a duplicate with CONFLICT and no constraint name', async () => {
    const client = {
      fullName: 'Twin',
      birthDate: '2019-01-01',
      sex: 'male',
      recordNumber: 'TWIN-1',
    };
    const headers = { Authorization: `Bearer ${clinic.staff.token}` };
    expect((await post('/trpc/clients.create', client, headers)).status).toBe(200);

    const response = await post('/trpc/clients.create', client, headers);

    expect(response.status).toBe(409);
    const body = JSON.parse(response.text) as ErrorBody;
    expect(body.error.message).toBe(
      'recordNumber: is already used by another client of this clinic',
    );
    expectNoLeak(response.text);
  });

  it('sends the appointment in the way with a booking conflict', async () => {
    const headers = { Authorization: `Bearer ${clinic.staff.token}` };
    const client = { fullName: 'Booked Twice', birthDate: '2018-02-02', sex: 'female' };
    const created = JSON.parse((await post('/trpc/clients.create', client, headers)).text) as {
      result: { data: { id: string } };
    };
    const booking = {
      clientId: created.result.data.id,
      doctorId: clinic.doctor.member.id,
      startsAt: '2025-05-05T10:00:00+05:00',
      endsAt: '2025-05-05T10:30:00+05:00',
    };
    const first = JSON.parse((await post('/trpc/appointments.create', booking, headers)).text) as {
      result: { data: { id: string } };
    };

    const second = await post('/trpc/appointments.create', booking, headers);

    expect(second.status).toBe(409);
    const body = JSON.parse(second.text) as ErrorBody & { error: { data: { context: unknown } } };
    expect(body.error.data.context).toEqual({
      conflictingAppointmentId: first.result.data.id,
      busy: 'doctor',
    });
    expectNoLeak(second.text);
  });

  it('logs one structured line per failed request with its ids', async () => {
    const input = encodeURIComponent(
      JSON.stringify({ id: '00000000-0000-4000-8000-000000000000' }),
    );
    const response = await get(`/trpc/departments.get?input=${input}`, clinic.staff.token);
    expect(response.status).toBe(404);

    const failures = lines.filter(
      (line) =>
        line.msg === 'request failed' &&
        line.path === 'departments.get' &&
        line.code === 'NOT_FOUND',
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      clinicId: clinic.clinic.id,
      memberId: clinic.staff.member.id,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
    });
  });

  it('rejects a NUL character by field, even before sign-in', async () => {
    const response = await post('/trpc/auth.signUpClinic', {
      clinic: { name: 'Nul\u0000Clinic', timeZone: 'UTC', currency: 'EUR' },
      admin: { fullName: 'Nul', email: 'nul@example.test', password: TEST_PASSWORD },
    });

    expect(response.status).toBe(400);
    const body = JSON.parse(response.text) as ErrorBody;
    expect(body.error.data.fieldErrors).toEqual({
      'clinic.name': ['must not contain the NUL character (U+0000)'],
    });
  });

  it('rejects a cursor of another list and out-of-range times', async () => {
    const clientCursor = Buffer.from(
      JSON.stringify(['Adrian Chen', clinic.doctor.member.id]),
    ).toString('base64url');
    const input = encodeURIComponent(JSON.stringify({ cursor: clientCursor }));
    const forged = await get(`/trpc/appointments.list?input=${input}`, clinic.staff.token);

    expect(forged.status).toBe(400);
    expect((JSON.parse(forged.text) as ErrorBody).error.message).toBe(
      'cursor: is not a cursor returned by this list',
    );

    for (const sortValue of ['2025-02-30T00:00:00.000Z', '0000-01-01T00:00:00.000Z']) {
      const impossible = Buffer.from(JSON.stringify([sortValue, clinic.doctor.member.id])).toString(
        'base64url',
      );
      const response = await get(
        `/trpc/sessionResults.list?input=${encodeURIComponent(JSON.stringify({ cursor: impossible }))}`,
        clinic.staff.token,
      );
      expect(response.status, sortValue).toBe(400);
    }

    const range = encodeURIComponent(JSON.stringify({ from: '0000-01-01T00:00:00Z' }));
    const ancient = await get(`/trpc/appointments.list?input=${range}`, clinic.staff.token);
    expect(ancient.status).toBe(400);
    expect((JSON.parse(ancient.text) as ErrorBody).error.data.fieldErrors).toEqual({
      from: ['must fall in the years 1900 to 2999'],
    });
    expect(lines.filter((line) => line.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
  });

  it('logs a rejected input by field name, not by what was typed', async () => {
    const response = await post(
      '/trpc/departments.create',
      { name: 'Ward', city: 'Tashkent', phone: 'Aziza Karimova, fever' },
      { Authorization: `Bearer ${clinic.admin.token}` },
    );
    expect(response.status).toBe(400);

    const failure = lines.find(
      (line) => line.path === 'departments.create' && line.code === 'BAD_REQUEST',
    );
    expect(failure?.fields).toEqual(['phone']);
    expect(JSON.stringify(lines)).not.toContain('Aziza');
  });

  it('signs in with a cookie that is HttpOnly and works on its own', async () => {
    const signedIn = await post('/trpc/auth.signIn', {
      email: clinic.staff.email,
      password: TEST_PASSWORD,
    });
    expect(signedIn.status).toBe(200);

    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^medsys_session=[A-Za-z0-9_-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');

    const me = await fetch(`${server.baseUrl}/trpc/auth.me`, {
      headers: { Cookie: cookie.split(';')[0] ?? '' },
    });
    expect(me.status).toBe(200);
    expect(await me.text()).toContain(clinic.staff.member.id);
  });

  it('refuses a form-encoded write that a foreign page could send', async () => {
    const response = await fetch(`${server.baseUrl}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });

    expect(response.status).toBe(415);
  });
});

describe('HTTP server serving the web client', () => {
  it('sends compressed, long-cached assets and a revalidated index', async () => {
    const webDistDir = await mkdtemp(join(tmpdir(), 'medsys-web-'));
    const script = 'console.log("medsys");\n'.repeat(200);
    await mkdir(join(webDistDir, 'assets'));
    await writeFile(join(webDistDir, 'index.html'), '<!doctype html><title>medsys</title>');
    await writeFile(join(webDistDir, 'assets', 'app-1a2b3c.js'), script);
    await writeFile(join(webDistDir, 'assets', 'app-1a2b3c.js.gz'), gzipSync(script));
    const services = await testServices();
    const server = createHttpServer(services, { webDistDir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const asset = await fetch(`${baseUrl}/assets/app-1a2b3c.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    const page = await fetch(`${baseUrl}/clients/some-page`);
    await new Promise<void>((resolve) => server.close(() => resolve()));

    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(script);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('<title>medsys</title>');
  });
});

describe('HTTP server with its database down', () => {
  it('answers a plain internal error and logs the cause', async () => {
    const isPostgres = process.env.TEST_ENGINE === 'postgres';
    const database = await createDatabase({
      databaseUrl: isPostgres ? process.env.TEST_DATABASE_URL : undefined,
    });
    await migrateToLatest(database.db);
    const { logger, lines } = createCapturingLogger();
    const server = await startTestServer({
      db: database.db,
      sessions: createSessionManager(database.db, { isSecureCookie: false }),
      signInLimiter: new SignInLimiter(),
      logger,
    });

    await database.close();
    const response = await fetch(`${server.baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'someone@example.test', password: TEST_PASSWORD }),
    });
    const text = await response.text();
    await server.stop();

    expect(response.status).toBe(500);
    expect((JSON.parse(text) as ErrorBody).error.message).toBe(INTERNAL_ERROR_MESSAGE);
    expectNoLeak(text);
    const failure = lines.find((line) => line.msg === 'request failed');
    expect(failure).toMatchObject({
      path: 'auth.signIn',
      code: 'INTERNAL_SERVER_ERROR',
      level: 50,
    });
    expect(failure?.cause).toBeDefined();
  });
});
