import { sql, type Kysely } from 'kysely';

import type { DB } from './schema';

/**
 * Refreshes the planner's statistics of every table. PGlite runs no autovacuum worker, so after a
 * bulk load such as the demo data the planner would otherwise pick plans for empty tables.
 */
export async function refreshPlannerStatistics(db: Kysely<DB>): Promise<void> {
  await sql`analyze`.execute(db);
}
