import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id (a const enum, which isolated modules cannot read).
const OPTIONS = { algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Checked against when the e-mail address is unknown, so that answer takes as long as a
// wrong password and does not tell an attacker which addresses exist.
let decoy: Promise<string> | undefined;

/** true only when `passwordHash` exists and matches; always does the same amount of work. */
export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  decoy ??= hashPassword('decoy password that matches nothing');
  const hashToCheck = passwordHash ?? (await decoy);
  const matches = await verify(hashToCheck, password).catch(() => false);
  return matches && !!passwordHash;
}
