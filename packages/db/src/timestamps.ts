import { sql, type RawBuilder } from 'kysely';

/**
 * The database's current time cut to milliseconds, for `updated_at` and similar columns. One
 * clock for every write, and a value that survives a round trip through JavaScript unchanged.
 */
export function databaseNow(): RawBuilder<string> {
  return sql<string>`date_trunc('milliseconds', now())`;
}

/** The `archived_at` value for archiving (keeping the first archive time) or restoring. */
export function archivedAtFor(isArchived: boolean): RawBuilder<string | null> {
  return isArchived
    ? sql<string>`coalesce(archived_at, date_trunc('milliseconds', now()))`
    : sql<null>`null`;
}
