/** Escapes `%`, `_` and `\` so user text matches literally inside an `ilike` pattern. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
