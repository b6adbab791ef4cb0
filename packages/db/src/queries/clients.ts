import {
  badField,
  computeBirthDateBounds,
  idSchema,
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
    const [fullName, id] = decodeClientCursor(options.cursor);
    query = query.where((eb) => eb(eb.refTuple('fullName', 'id'), '>', eb.tuple(fullName, id)));
  }

  const rows = await query.execute();

  return toPage(rows, options.limit, (row) => [row.fullName, row.id]);
}

/** Decodes a (full name, id) cursor. Any other content is a BAD_REQUEST on `cursor`. */
function decodeClientCursor(cursor: string): [string, string] {
  const [fullName, id] = decodeCursor(cursor, 2);

  if (typeof fullName !== 'string' || !idSchema.safeParse(id).success) {
    throw badField('cursor', 'is not a cursor returned by this list');
  }

  return [fullName, String(id)];
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
  const recordNumber =
    options.values.recordNumber ?? (await takeFreeRecordNumber(db, { clinicId: options.clinicId }));

  return db
    .insertInto('clients')
    .values({ ...options.values, recordNumber, clinicId: options.clinicId })
    .returning(CLIENT_COLUMNS)
    .executeTakeFirstOrThrow();
}

async function takeFreeRecordNumber(db: Kysely<DB>, options: Scope): Promise<string> {
  for (;;) {
    const recordNumber = await takeNextRecordNumber(db, options);
    const taken = await db
      .selectFrom('clients')
      .select('id')
      .where('clinicId', '=', options.clinicId)
      .where('recordNumber', '=', recordNumber)
      .executeTakeFirst();

    if (!taken) {
      return recordNumber;
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
