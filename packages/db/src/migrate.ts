import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

import * as initialSchema from './migrations/2026-12-01-0001-initial-schema';
import type { DB } from './schema';

const MIGRATIONS: Record<string, Migration> = {
  '2026-12-01-0001-initial-schema': initialSchema,
};

const staticProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};

/** Applies every migration not yet applied; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: staticProvider });
  const { error, results } = await migrator.migrateToLatest();

  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error');
    const name = failed?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration "${name}" failed: ${reason}`, { cause: error });
  }
}
