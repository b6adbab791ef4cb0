import { sql, type Kysely } from 'kysely';

import type { DB } from '../schema';
import { unsafeWithoutClinic } from '../scope';
import type { DemoSummary } from './demo-summary';
import { HARBOR_PROFILE } from './harbor-profile';
import { QUYOSH_PROFILE } from './quyosh-profile';
import { seedClinic } from './seed-clinic';

/** The password of every demo account. It is public, so the demo must never hold real data. */
export const DEMO_PASSWORD = 'medsys-demo';

const DEMO_PROFILES = [QUYOSH_PROFILE, HARBOR_PROFILE] as const;

// Two app processes starting on one empty PostgreSQL take this lock in turn, so the second one
// sees the first one's clinics and loads nothing.
const SEED_LOCK_KEY = 7_301_226_417;

export type SeedDemoDataOptions = {
  /** Hashes the demo password. It is called once, and every demo account stores the hash. */
  hashPassword: (password: string) => Promise<string>;
  /**
   * The instant the demo is built around, the current time by default. Appointments run from six
   * months before it to two weeks after it.
   */
  now?: Date;
  log?: (message: string) => void;
};

/**
 * Loads two demo clinics in one transaction when the database has no clinic yet, and returns
 * what it loaded. Returns null and changes nothing when any clinic exists, so a restart does
 * not load the demo twice. Any failure rolls the whole load back.
 */
export async function seedDemoData(
  db: Kysely<DB>,
  options: SeedDemoDataOptions,
): Promise<DemoSummary | null> {
  const now = options.now ?? new Date();
  const startedAt = performance.now();

  const summary = await unsafeWithoutClinic(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`.execute(trx);
    const existing = await trx.selectFrom('clinics').select('id').limit(1).executeTakeFirst();

    if (existing) {
      return null;
    }

    const passwordHash = await options.hashPassword(DEMO_PASSWORD);
    const clinics = [];
    for (const profile of DEMO_PROFILES) {
      clinics.push(await seedClinic(trx, { profile, passwordHash, now }));
    }

    return { clinics, password: DEMO_PASSWORD };
  });

  const elapsedMs = Math.round(performance.now() - startedAt);

  if (!summary) {
    options.log?.('demo data not loaded: the database already has a clinic');

    return null;
  }

  for (const clinic of summary.clinics) {
    const { counts } = clinic;
    options.log?.(
      `demo clinic "${clinic.name}" (${clinic.timeZone}) loaded: ${counts.clients} clients, ` +
        `${counts.appointments} appointments, ${counts.sessionResults} session results. ` +
        `Sign in as ${clinic.admin.email}, ${clinic.doctor.email} or ${clinic.staff.email}.`,
    );
  }
  options.log?.(`demo data loaded in ${elapsedMs} ms`);

  return summary;
}
