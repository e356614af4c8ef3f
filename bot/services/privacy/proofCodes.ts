import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read aloud or copied from a phone (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

/** How long a code the bot showed stays good for a coordinator. */
export const PROOF_CODE_DAYS = 7;

/** "K7QM-2XPF": 40 random bits, in two halves to read out. */
export function newProofCode(): string {
  const letters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

/** A code as typed by a coordinator: upper case, the dash optional, spaces ignored. */
export function normaliseProofCode(typed: string): string {
  const letters = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}
