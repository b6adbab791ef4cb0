import { AppError, type Page } from '@medsys/domain';

/** The sort key of the last row on a page, as text, followed by its id, which breaks ties. */
export type CursorKey = readonly string[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; anything else is a `BAD_REQUEST` on `cursor`. */
export function decodeCursor(cursor: string, length: number): CursorKey {
  let key: unknown;

  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }

  if (!isCursorKey(key, length)) {
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

// Every list sorts by text columns and breaks ties by id, so a key is strings ending in a UUID.
function isCursorKey(key: unknown, length: number): key is string[] {
  if (!Array.isArray(key) || key.length !== length) {
    return false;
  }

  const id: unknown = key.at(-1);

  return (
    key.every((part) => typeof part === 'string') && typeof id === 'string' && UUID_PATTERN.test(id)
  );
}

function invalidCursor(): AppError {
  return new AppError('BAD_REQUEST', 'cursor: is not a cursor returned by this list', {
    fieldErrors: { cursor: ['is not a cursor returned by this list'] },
  });
}
