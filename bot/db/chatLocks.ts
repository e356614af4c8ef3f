import { createHash } from 'node:crypto';
import type { Db } from './prismaClient';
import type { DatabaseProvider } from './databaseTarget';

/**
 * Takes a chat for the running transaction, so one chat's turns run one at a time across processes: on PostgreSQL a
 * transaction-level advisory lock (released by the commit, or by the database when a process dies); SQLite runs one
 * process, whose turns of a chat already follow each other.
 */
export function chatLocker(db: Db, provider: DatabaseProvider): (chatKey: string) => Promise<void> {
  if (provider === 'sqlite') return async () => undefined;
  return async (chatKey) => {
    await db.$executeRawUnsafe(`SET LOCAL lock_timeout = '15s'`);
    await db.$queryRawUnsafe('SELECT pg_advisory_xact_lock($1::bigint)::text', lockNumberOf(chatKey));
  };
}

/** A signed 64-bit number for the chat, as advisory locks take (passed as text: pg reads it as bigint). */
function lockNumberOf(chatKey: string): string {
  return createHash('sha256').update(chatKey).digest().readBigInt64BE(0).toString();
}
