/** Prisma's error codes the services act on. */
const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

/** A unique key was taken meanwhile (two writers at once). */
export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === 'P2002';
}

/** The record to update or delete was not found (deleted meanwhile). */
export function isRecordMissing(error: unknown): boolean {
  return codeOf(error) === 'P2025';
}
