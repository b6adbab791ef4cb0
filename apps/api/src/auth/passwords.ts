import { hash, verify } from '@node-rs/argon2';

// Argon2id with the OWASP minimum of 19 MiB memory, 2 iterations and 1 lane.
const ARGON2ID = 2;
const HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Sign-in with an unknown email still spends the time of one verification, so response times do
// not tell which emails are registered.
const DECOY_HASH = hashPassword('not-a-real-password-for-timing');

export async function spendVerificationTime(password: string): Promise<void> {
  await verifyPassword(await DECOY_HASH, password);
}
