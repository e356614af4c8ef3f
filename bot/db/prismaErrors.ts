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

/** Prisma's codes for a database that cannot be reached, timed out or gave up on a transaction. */
const TRANSIENT_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034']);
/** PostgreSQL's SQLSTATE classes and codes that say "try again": connection, shutdown, lock, serialization. */
const TRANSIENT_SQLSTATE = /^(08|53|57P0|55P03|40001|40P01)/;
const TRANSIENT_TEXT = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|terminating connection|Connection terminated|connection (?:is )?(?:closed|refused|lost)|Can't reach database|database is locked|SQLITE_BUSY|Transaction already closed|Transaction not found|timeout|timed out/i;

/**
 * True when an error says the database could not do the work now but may later (unreachable, restarting, a lock
 * or a conflict): the work is retried, not dropped. A bug gives the same error every time and is not transient.
 */
export function isTransientDbError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause, originalCode } = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof code === 'string' && (TRANSIENT_PRISMA.has(code) || TRANSIENT_SQLSTATE.test(code))) return true;
    if (typeof originalCode === 'string' && TRANSIENT_SQLSTATE.test(originalCode)) return true;
    if (typeof message === 'string' && TRANSIENT_TEXT.test(message)) return true;
    current = cause;
  }
  return false;
}
