import { sql, type Kysely, type Transaction } from 'kysely';

import type { DB } from './schema';
import { APP_ROLE } from './tenancy';

/**
 * Runs `work` in one transaction as the app role with the clinic set for row-level security.
 * Both settings are transaction-local, so the connection goes back to the pool clean. Anything
 * thrown rolls the whole transaction back.
 */
export async function withClinic<T>(
  db: Kysely<DB>,
  clinicId: string,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local role ${sql.raw(APP_ROLE)}`.execute(trx);
    await sql`select set_config('app.clinic_id', ${clinicId}, true)`.execute(trx);

    return work(trx);
  });
}

/**
 * Runs `work` in one transaction as the owner role, outside row-level security. Only sign-up,
 * sign-in and session checks use it, because they run before the clinic is known.
 */
export async function unsafeWithoutClinic<T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(work);
}
