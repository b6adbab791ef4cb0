import { AppError, type Page } from '@medsys/domain';

/** The sort key of the last row on a page, as text, followed by its id, which breaks ties. */
export type CursorKey = readonly string[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The kind of a list's sort value, which a cursor stores before the id that breaks ties. */
export type CursorPart = 'text' | 'instant';

/**
 * Decodes a cursor made by `encodeCursor` for a list sorted by one `part` and then by id. Anything
 * else, including a cursor of another kind of list, is a `BAD_REQUEST` on `cursor`.
 */
export function decodeCursor(cursor: string, part: CursorPart): [sortValue: string, id: string] {
  let key: unknown;

  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }

  if (!isCursorKey(key, part)) {
    throw invalidCursor();
  }

  return key;
}

/**
 * Turns `limit + 1` fetched rows into a page; the extra row only shows that another page exists.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit;

  return { items, nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isCursorPart(value: unknown, part: CursorPart): boolean {
  if (typeof value !== 'string' || value.includes('\u0000')) {
    return false;
  }

  return part === 'text' || isStoredInstant(value);
}

// A stored instant reads back in exactly this form, within the years the schemas allow. Anything
// else (30 February, year 0) would reach PostgreSQL and fail there.
function isStoredInstant(value: string): boolean {
  if (!INSTANT_PATTERN.test(value)) {
    return false;
  }

  const time = new Date(value);
  const year = time.getUTCFullYear();

  return (
    !Number.isNaN(time.getTime()) && time.toISOString() === value && year >= 1900 && year < 3000
  );
}

function isCursorKey(key: unknown, part: CursorPart): key is [string, string] {
  if (!Array.isArray(key) || key.length !== 2) {
    return false;
  }

  const [sortValue, id] = key as unknown[];

  return isCursorPart(sortValue, part) && typeof id === 'string' && UUID_PATTERN.test(id);
}

function invalidCursor(): AppError {
  return new AppError('BAD_REQUEST', 'cursor: is not a cursor returned by this list', {
    fieldErrors: { cursor: ['is not a cursor returned by this list'] },
  });
}
