import { AppError, type Page } from '@medsys/domain';

/** The sort key of the last row on a page, followed by its id, which breaks ties. */
export type CursorKey = readonly (string | number | boolean | null)[];

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

  if (!Array.isArray(key) || key.length !== length) {
    throw invalidCursor();
  }

  return key as CursorKey;
}

/**
 * Turns `limit + 1` fetched rows into a page; the extra row only tells that another page exists.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit;

  return { items, nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}

function invalidCursor(): AppError {
  return new AppError('BAD_REQUEST', 'cursor: is not a cursor returned by this list', {
    fieldErrors: { cursor: ['is not a cursor returned by this list'] },
  });
}
