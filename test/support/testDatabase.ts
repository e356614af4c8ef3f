import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrateDeploy } from '../../bot/db/prismaCli';
import { createPrismaClient, type Db } from '../../bot/db/prismaClient';

export type Provider = 'sqlite' | 'postgresql';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file (a temp SQLite file, or a new PostgreSQL database). */
export async function createTestDatabase(provider: Provider = 'sqlite'): Promise<TestDatabase> {
  const url = provider === 'sqlite' ? await freshSqliteUrl() : await freshPostgresUrl();
  await migrateDeploy(url);
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

async function freshSqliteUrl(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casa-test-'));
  return `file:${path.join(dir, 'casa.db')}`;
}

async function freshPostgresUrl(): Promise<string> {
  const name = `casa_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
