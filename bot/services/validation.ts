import type { z } from 'zod';
import { ValidationError } from './errors';

/** Reads input with a zod schema; wrong input is a ValidationError that says what is wrong, field by field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '));
  return parsed.data;
}
