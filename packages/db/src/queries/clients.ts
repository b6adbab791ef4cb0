import {
  computeBirthDateBounds,
  notFound,
  type Client,
  type CreateClientInput,
  type ListClientsInput,
  type Page,
  type UpdateClientInput,
} from '@medsys/domain';
import { sql, type Kysely } from 'kysely';

import { decodeCursor, toPage } from '../paging';
import type { DB } from '../schema';
import { containsPattern } from '../text-search';
import { takeNextRecordNumber } from './clinics';
import { archivedAtFor, databaseNow } from '../timestamps';

type Scope = { clinicId: string };

const CLIENT_COLUMNS = [
  'id',
  'recordNumber',
  'fullName',
  'birthDate',
  'sex',
  'isDisabled',
  'disabilityNote',
  'phone',
  'address',
  'guardianName',
  'guardianPhone',
  'notes',
  'archivedAt',
  'createdAt',
  'updatedAt',
] as const;

/**
 * Lists a page of the clinic's clients ordered by full name, then id. `today` is the clinic's
 * local date as 'YYYY-MM-DD', against which `ageMin` and `ageMax` are counted.
 */
export async function listClients(
  db: Kysely<DB>,
  options: Scope & ListClientsInput & { today: string },
): Promise<Page<Client>> {
  let query = db
    .selectFrom('clients')
    .select(CLIENT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('archivedAt', options.isArchived ? 'is not' : 'is', null)
    .orderBy('fullName')
    .orderBy('id')
    .limit(options.limit + 1);

  if (options.sex) {
    query = query.where('sex', '=', options.sex);
  }

  if (options.isDisabled !== undefined) {
    query = query.where('isDisabled', '=', options.isDisabled);
  }

  const bounds = computeBirthDateBounds(options, options.today);

  if (bounds.bornOnOrAfter !== null) {
    query = query.where('birthDate', '>=', bounds.bornOnOrAfter);
  }

  if (bounds.bornOnOrBefore !== null) {
    query = query.where('birthDate', '<=', bounds.bornOnOrBefore);
  }

  if (options.search) {
    // The same expression as the trigram index `clients_text`, so the index serves the search.
    query = query.where(
      sql<string>`full_name || ' ' || record_number || ' ' || coalesce(phone, '')`,
      'ilike',
      containsPattern(options.search),
    );
  }

  if (options.cursor) {
    const [fullName, id] = decodeCursor(options.cursor, 'text');
    query = query.where((eb) => eb(eb.refTuple('fullName', 'id'), '>', eb.tuple(fullName, id)));
  }

  const rows = await query.execute();

  return toPage(rows, options.limit, (row) => [row.fullName, row.id]);
}

export async function findClient(
  db: Kysely<DB>,
  options: Scope & { id: string },
): Promise<Client | undefined> {
  return db
    .selectFrom('clients')
    .select(CLIENT_COLUMNS)
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .executeTakeFirst();
}

/** Gets a client, archived or not. */
export async function getClient(db: Kysely<DB>, options: Scope & { id: string }): Promise<Client> {
  const client = await findClient(db, options);

  if (!client) {
    throw notFound('client');
  }

  return client;
}

/**
 * Creates a client. Without a record number it takes the clinic's next free one, skipping numbers
 * that were already given by hand. A record number already in use is a CONFLICT on `recordNumber`.
 */
export async function createClient(
  db: Kysely<DB>,
  options: Scope & { values: CreateClientInput },
): Promise<Client> {
  if (options.values.recordNumber === undefined) {
    return insertWithNextRecordNumber(db, options);
  }

  return db
    .insertInto('clients')
    .values({
      ...options.values,
      recordNumber: options.values.recordNumber,
      clinicId: options.clinicId,
    })
    .returning(CLIENT_COLUMNS)
    .executeTakeFirstOrThrow();
}

/**
 * Inserts a client under the clinic's next record number. A number someone entered by hand, even
 * in a transaction still running, makes the insert do nothing, and the next number is tried.
 */
async function insertWithNextRecordNumber(
  db: Kysely<DB>,
  options: Scope & { values: CreateClientInput },
): Promise<Client> {
  for (;;) {
    const recordNumber = await takeNextRecordNumber(db, { clinicId: options.clinicId });
    const inserted = await db
      .insertInto('clients')
      .values({ ...options.values, recordNumber, clinicId: options.clinicId })
      .onConflict((conflict) => conflict.columns(['clinicId', 'recordNumber']).doNothing())
      .returning(CLIENT_COLUMNS)
      .executeTakeFirst();

    if (inserted) {
      return inserted;
    }
  }
}

/** Updates the fields present in `values`. Archived clients can be updated too. */
export async function updateClient(
  db: Kysely<DB>,
  options: Scope & { values: UpdateClientInput },
): Promise<Client> {
  const { id, ...changes } = options.values;
  const updated = await db
    .updateTable('clients')
    .set({ ...changes, updatedAt: databaseNow() })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', id)
    .returning(CLIENT_COLUMNS)
    .executeTakeFirst();

  if (!updated) {
    throw notFound('client');
  }

  return updated;
}

/**
 * Archives or restores a client. Archiving an archived client keeps its first archive time, and
 * restoring a client that is not archived changes nothing but `updatedAt`.
 */
export async function setClientArchived(
  db: Kysely<DB>,
  options: Scope & { id: string; isArchived: boolean },
): Promise<Client> {
  const updated = await db
    .updateTable('clients')
    .set({
      archivedAt: archivedAtFor(options.isArchived),
      updatedAt: databaseNow(),
    })
    .where('clinicId', '=', options.clinicId)
    .where('id', '=', options.id)
    .returning(CLIENT_COLUMNS)
    .executeTakeFirst();

  if (!updated) {
    throw notFound('client');
  }

  return updated;
}
