import { sql, type RawBuilder } from 'kysely';

/**
 * Returns the database's current time cut to milliseconds, for `updated_at` and similar columns,
 * so every write uses one clock and the value survives a round trip through JavaScript unchanged.
 */
export function databaseNow(): RawBuilder<string> {
  return sql<string>`date_trunc('milliseconds', now())`;
}

/** Returns the `archived_at` value that archives (keeping the first archive time) or restores. */
export function archivedAtFor(isArchived: boolean): RawBuilder<string | null> {
  return isArchived
    ? sql<string>`coalesce(archived_at, date_trunc('milliseconds', now()))`
    : sql<null>`null`;
}
