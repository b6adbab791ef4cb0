/** Sex values recorded on a client. */
export const SEXES = ['male', 'female', 'other', 'unknown'] as const;

export type Sex = (typeof SEXES)[number];
