/** Inputs nest only a few levels; deeper values are left to the schema, which rejects them. */
const MAX_DEPTH = 16;

/**
 * Finds the first string in a request's raw input that contains the NUL character and returns its
 * dotted path (`input` for the input itself). PostgreSQL cannot store NUL in text, so such input
 * must be rejected before it reaches a query.
 */
export function findNulCharacter(input: unknown): string | undefined {
  const pending: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];

  while (pending.length > 0) {
    const { value, path } = pending.pop() ?? { value: undefined, path: [] };

    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return path.length > 0 ? path.join('.') : 'input';
      }

      continue;
    }

    if (typeof value !== 'object' || value === null || path.length >= MAX_DEPTH) {
      continue;
    }

    for (const [key, child] of Object.entries(value)) {
      pending.push({ value: child, path: [...path, key] });
    }
  }

  return undefined;
}
