import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type Db } from '../../bot/db/prismaClient';
import { adminQuery, postgresDatabase, sqliteTemplate } from './databaseTemplates';

export type Provider = 'sqlite' | 'postgresql';

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own for one test file (a copy of the migrated template: a file, or a database);
 * with `migrated: false` an empty one.
 */
export async function createTestDatabase(provider: Provider = 'sqlite', { migrated = true } = {}): Promise<TestDatabase> {
  const url = provider === 'sqlite' ? await sqliteFile(migrated) : await postgresDatabase(migrated);
  const db = createPrismaClient(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      if (provider === 'sqlite') fs.rmSync(path.dirname(url.slice('file:'.length)), { recursive: true, force: true });
      else await adminQuery(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    },
  };
}

async function sqliteFile(migrated: boolean): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casa-test-')), 'casa.db');
  if (migrated) fs.copyFileSync(await sqliteTemplate(), file);
  return `file:${file}`;
}
