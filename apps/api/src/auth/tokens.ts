import { createHash, randomBytes } from 'node:crypto';

/** Generates a random secret of 160 bits, written in base64url. */
export function generateSecret(): string {
  return randomBytes(20).toString('base64url');
}

/** Hashes a secret with SHA-256, the form the database stores instead of the secret itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
