import { createRequire } from 'node:module';
import type { SessionStore } from 'telegraf';

/** The part of better-sqlite3's API this store uses (the package ships no types here). */
interface Statement {
  get(...params: string[]): { value: string } | undefined;
  run(...params: string[]): unknown;
}
interface Database {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): Statement;
}
type DatabaseConstructor = new (filename: string) => Database;

/**
 * better-sqlite3, as installed for Prisma's SQLite adapter (node_modules/@prisma/adapter-better-sqlite3): the same
 * native build the bot uses, without a second copy (it would need a native build, and this machine has no prebuilt
 * binaries to download).
 */
function loadBetterSqlite3(): DatabaseConstructor {
  const fromAdapter = createRequire(require.resolve('@prisma/adapter-better-sqlite3'));
  return fromAdapter('better-sqlite3') as DatabaseConstructor;
}

/**
 * A telegraf SessionStore on SQLite: one table of key → JSON, as @telegraf/session's SQLite store does (its 2.0 beta;
 * the released 1.0.1 has no SQLite store). WAL, synchronous=NORMAL.
 */
export function sqliteSessionStore<T>(filename: string): SessionStore<T> {
  const BetterSqlite3 = loadBetterSqlite3();
  const db = new BetterSqlite3(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS telegraf_sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const select = db.prepare('SELECT value FROM telegraf_sessions WHERE key = ?');
  const upsert = db.prepare('INSERT INTO telegraf_sessions (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM telegraf_sessions WHERE key = ?');
  return {
    get: (key) => {
      const row = select.get(key);
      return row === undefined ? undefined : (JSON.parse(row.value) as T);
    },
    set: (key, value) => upsert.run(key, JSON.stringify(value)),
    delete: (key) => remove.run(key),
  };
}
