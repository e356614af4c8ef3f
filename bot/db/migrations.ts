import fs from 'node:fs';
import path from 'node:path';
import { migrateDeploy } from './prismaCli';
import type { DatabaseProvider } from './databaseTarget';
import type { Db } from './prismaClient';

const ROOT = path.resolve(__dirname, '..', '..');

/** The migrations this code brings for a provider (prisma/<provider>/migrations/<name>/). */
export function migrationNames(provider: DatabaseProvider): string[] {
  const folder = path.join(ROOT, 'prisma', provider, 'migrations');
  return fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/**
 * Applies pending migrations with the Prisma CLI, and only when some are pending: a restart on an up-to-date database
 * starts no child process (and does not need the file to itself, which SQLite's migrate asks for).
 */
export async function migrateIfPending(db: Db, databaseUrl: string, provider: DatabaseProvider): Promise<void> {
  const rows = await db
    .$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
    .catch(() => []);
  const applied = new Set(rows.map((row) => row.migration_name));
  if (migrationNames(provider).every((name) => applied.has(name))) return;
  await migrateDeploy(databaseUrl);
}
