import { mkdir } from 'node:fs/promises';

import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CamelCasePlugin, Kysely, PostgresDialect, sql, type Dialect } from 'kysely';
import pg from 'pg';

import type { DB } from '../schema';
import { PGliteDialect } from './pglite-dialect';
import { postgresTypeParser, TEXT_PARSERS } from './type-parsers';

export type DatabaseEngine = 'pglite' | 'postgres';

export type DatabaseOptions = {
  /** A PostgreSQL URL; without one the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder; `memory://` keeps everything in memory. */
  dataDir?: string | undefined;
  /** The session time zone of every connection; queries must not depend on it. */
  sessionTimeZone?: string | undefined;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number | undefined;
};

export type Database = {
  db: Kysely<DB>;
  engine: DatabaseEngine;
  close: () => Promise<void>;
};

/** Opens PostgreSQL when a URL is given, and PGlite in a local folder otherwise. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  const { dialect, engine } = options.databaseUrl
    ? openPostgres(options.databaseUrl, options)
    : await openPGlite(options);
  const db = new Kysely<DB>({ dialect, plugins: [new CamelCasePlugin()] });

  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new Error(`cannot reach the ${engine} database: ${messageOf(error)}`, { cause: error });
  }

  return { db, engine, close: () => db.destroy() };
}

function openPostgres(
  databaseUrl: string,
  options: DatabaseOptions,
): { dialect: Dialect; engine: DatabaseEngine } {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    types: { getTypeParser: postgresTypeParser },
    ...(options.sessionTimeZone ? { options: `-c TimeZone=${options.sessionTimeZone}` } : {}),
  });

  return { dialect: new PostgresDialect({ pool }), engine: 'postgres' };
}

async function openPGlite(
  options: DatabaseOptions,
): Promise<{ dialect: Dialect; engine: DatabaseEngine }> {
  const dataDir = options.dataDir ?? 'memory://';

  // PGlite creates its own folder but not the folders above it.
  if (!dataDir.includes('://')) {
    await mkdir(dataDir, { recursive: true });
  }

  const pglite = await PGlite.create(dataDir, {
    extensions: { btree_gist, pg_trgm },
    parsers: TEXT_PARSERS,
  });

  if (options.sessionTimeZone) {
    await pglite.query(`select set_config('TimeZone', $1, false)`, [options.sessionTimeZone]);
  }

  return { dialect: new PGliteDialect(pglite), engine: 'pglite' };
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(messageOf).join('; ');
  }

  return error instanceof Error ? error.message : String(error);
}
