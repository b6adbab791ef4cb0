import pg from 'pg';

/** PostgreSQL type ids whose text form the app reads its own way, the same on both engines. */
export const TYPE_ID = {
  int8: 20,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

const parseDateText = (text: string): string => text;

// Instants leave the database as ISO 8601 strings in UTC, so no driver turns them into a local
// Date and no JSON serializer has to guess.
const parseInstantText = (text: string): string => new Date(text).toISOString();

// Counts and sums of minor units stay far below 2^53, so a JavaScript number represents them exactly.
const parseInt8Text = (text: string): number => Number(text);

export const TEXT_PARSERS: Record<number, (text: string) => unknown> = {
  [TYPE_ID.int8]: parseInt8Text,
  [TYPE_ID.date]: parseDateText,
  [TYPE_ID.timestamptz]: parseInstantText,
};

/** Looks up the `pg` driver's parser for a type, with ours in front of its built-in ones. */
export function postgresTypeParser(
  typeId: number,
  format?: 'text' | 'binary',
): (text: string) => unknown {
  const parser = TEXT_PARSERS[typeId];

  if (parser) {
    return parser;
  }

  // pg types the id as its enum of built-in types, but looks up any id at run time.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment, @typescript-eslint/no-unsafe-return
  return pg.types.getTypeParser(typeId, format ?? 'text');
}
