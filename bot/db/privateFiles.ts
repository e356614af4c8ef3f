import fs from 'node:fs';
import path from 'node:path';

/** Files the bot writes are readable by its own user only: 0600 files, 0700 folders (the process's umask). */
export function restrictNewFiles(): void {
  process.umask(0o077);
}

/** A folder of the bot's own: made 0700, or narrowed to 0700 when it exists. */
export function privateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
}

/**
 * The SQLite database (health notes, tenants) in a 0700 folder, the file and its -wal, -shm and -journal 0600,
 * also when an earlier version made them world-readable.
 */
export function privateSqliteFiles(databaseFile: string): void {
  privateFolder(path.dirname(databaseFile));
  fs.closeSync(fs.openSync(databaseFile, 'a', 0o600));
  for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`, `${databaseFile}-journal`]) {
    if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
  }
}
