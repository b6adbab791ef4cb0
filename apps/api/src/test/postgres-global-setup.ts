import { createDatabase, migrateToLatest } from '@medsys/db';

/** Migrates the PostgreSQL test database once per run; each test then makes its own clinics. */
export default async function setup(): Promise<void> {
  const database = await createDatabase({ databaseUrl: process.env.TEST_DATABASE_URL });

  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
}
