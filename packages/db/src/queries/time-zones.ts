import { badField } from '@medsys/domain';
import { sql, type Kysely } from 'kysely';

import type { DB } from '../schema';

/**
 * Rejects a time zone that the database's own zone data lacks, since the statistics query reads
 * local dates with it. The runtime's data and the database's can differ by release.
 */
export async function assertDatabaseTimeZone(
  db: Kysely<DB>,
  options: { timeZone: string; field: string },
): Promise<void> {
  const result = await sql<{ isKnown: boolean }>`
    select exists (select 1 from pg_timezone_names where name = ${options.timeZone}) as is_known
  `.execute(db);

  if (result.rows[0]?.isKnown !== true) {
    throw badField(
      options.field,
      `unknown time zone "${options.timeZone}" in the database's time zone data`,
    );
  }
}
