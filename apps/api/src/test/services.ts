import { createDatabase, migrateToLatest, type Database } from '@medsys/db';
import { afterAll } from 'vitest';

import { createSessionManager } from '../auth/session-manager';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { createLogger } from '../logger';
import type { AppServices } from '../trpc/context';

export type TestServices = AppServices & { database: Database };

// A session time zone far from every clinic's, so a query that leans on it gives wrong numbers.
const SESSION_TIME_ZONE = 'Pacific/Kiritimati';

let opened: Promise<TestServices> | undefined;

async function open(): Promise<TestServices> {
  const isPostgres = process.env.TEST_ENGINE === 'postgres';
  const database = await createDatabase({
    databaseUrl: isPostgres ? process.env.TEST_DATABASE_URL : undefined,
    sessionTimeZone: SESSION_TIME_ZONE,
    poolSize: 12,
  });

  // PostgreSQL is migrated once by the global setup; each test file gets a fresh PGlite.
  if (!isPostgres) {
    await migrateToLatest(database.db);
  }

  return {
    database,
    db: database.db,
    sessions: createSessionManager(database.db, { isSecureCookie: false }),
    signInLimiter: new SignInLimiter(),
    logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
  };
}

/** Opens this test file's database and services on first use, and closes them after the file. */
export function testServices(): Promise<TestServices> {
  if (!opened) {
    opened = open();
    afterAll(async () => {
      const services = await opened;
      opened = undefined;
      await services?.database.close();
    });
  }

  return opened;
}
