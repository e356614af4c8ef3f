import argon2 from 'argon2';

export { MIN_PASSWORD_LENGTH } from './passwordPolicy';

/** argon2id with the library's defaults (64 MiB, 3 passes), which follow OWASP's advice. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of a real check, so an unknown email cannot be told from a wrong password by timing. */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-of-anyone');
  await verifyPassword(await dummyHash, password);
  return false;
}
