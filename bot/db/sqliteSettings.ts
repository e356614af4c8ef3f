import type { Db } from './prismaClient';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

/**
 * SQLite in production shape: write-ahead log (readers never wait for the writer, one fsync per commit at most),
 * deleted rows overwritten in the file (the discreet path's), and a wait instead of an error on a busy file.
 */
export async function prepareSqlite(db: Db, synchronous: SqliteSynchronous): Promise<void> {
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe(`PRAGMA synchronous = ${synchronous}`);
  await db.$queryRawUnsafe('PRAGMA secure_delete = ON');
  await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
}

/**
 * Copies the write-ahead log into the file and empties it: after an erase, nothing of what was erased stays in
 * `casa.db-wal` (secure_delete has already overwritten it in the file).
 */
export async function checkpointSqlite(db: Db): Promise<void> {
  await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
}
