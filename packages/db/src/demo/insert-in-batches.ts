import type { Insertable, Transaction } from 'kysely';

import type { DB } from '../schema';

// 500 rows of the widest demo table (session results, 18 columns) bind 9,000 parameters, well
// under PostgreSQL's limit of 65,535 per statement.
const BATCH_SIZE = 500;

/** Inserts rows with one multi-row INSERT per batch, which loads thousands of rows in seconds. */
export async function insertInBatches<T extends keyof DB>(
  trx: Transaction<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + BATCH_SIZE))
      .execute();
  }
}
