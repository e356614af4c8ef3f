import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's score (0–4): 3 is "safely unguessable" against an offline attack on a slow hash. */
const MIN_SCORE = 3;

/** zxcvbn-ts with its offline list of common passwords (and keyboard patterns, repeats, sequences). */
const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** Whether a password is too easy to guess: among the common passwords, a repeat, a keyboard walk… */
export function isGuessable(password: string): boolean {
  return estimator.check(password.slice(0, 100)).score < MIN_SCORE;
}

/** A staff password: 12 characters at least, not a common or easily guessed one. */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200)
  .refine((password) => !isGuessable(password), 'too common or too easy to guess (a repeat, a sequence, a well-known password)');
