import { createHash, randomBytes } from 'node:crypto';

/** A random secret of 160 bits, written with letters and digits only. */
export function generateSecret(): string {
  return randomBytes(20).toString('base64url');
}

/** The SHA-256 of a secret, as stored in the database instead of the secret itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
