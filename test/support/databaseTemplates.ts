import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrateDeploy } from '../../bot/db/prismaCli';
import type { DatabaseProvider } from '../../bot/db/databaseTarget';

/**
 * Migrated databases that each test file copies instead of running the Prisma CLI itself: a SQLite file in the temp
 * folder and a PostgreSQL template database. Both are named by a hash of the migrations, so runs of branches with
 * other migrations (at the same time too) each have their own, and a later run with the same migrations reuses them.
 */

const MIGRATIONS = path.resolve(__dirname, '..', '..', 'prisma');

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export function migrationsHash(provider: DatabaseProvider): string {
  const hash = createHash('sha256');
  const folder = path.join(MIGRATIONS, provider, 'migrations');
  for (const file of (fs.readdirSync(folder, { recursive: true }) as string[]).sort()) {
    const full = path.join(folder, file);
    if (fs.statSync(full).isFile()) hash.update(file).update('\0').update(fs.readFileSync(full)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The migrated SQLite file to copy; made once (in a folder of its own, renamed into place when complete). */
export async function sqliteTemplate(): Promise<string> {
  const folder = path.join(os.tmpdir(), `casa-template-${migrationsHash('sqlite')}`);
  const file = path.join(folder, 'casa.db');
  if (fs.existsSync(file)) return file;
  const building = fs.mkdtempSync(`${folder}.building-`);
  await migrateDeploy(`file:${path.join(building, 'casa.db')}`);
  try {
    fs.renameSync(building, folder);
  } catch (error) {
    // Another run made it meanwhile: theirs is as good as ours.
    fs.rmSync(building, { recursive: true, force: true });
    if (!fs.existsSync(file)) throw error;
  }
  return file;
}

/** The name of the migrated PostgreSQL template database; made once, under an advisory lock against other runs. */
export async function postgresTemplate(): Promise<string> {
  const name = `casa_template_${migrationsHash('postgresql')}`;
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const found = await admin.query<{ datistemplate: boolean }>('SELECT datistemplate FROM pg_database WHERE datname = $1', [name]);
    if (found.rows[0]?.datistemplate) return name;
    // A database of this name that is not yet a template was left half made by a run that stopped: start again.
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await migrateDeploy(postgresUrl(name));
    // No connections, so CREATE DATABASE … TEMPLATE never finds it in use; marked a template once complete.
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
    return name;
  } finally {
    await admin.end();
  }
}

/** A new database: copied from the template (CREATE DATABASE … TEMPLATE), migrated in milliseconds, or empty. */
export async function postgresDatabase(migrated: boolean): Promise<string> {
  const name = `casa_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await adminQuery(migrated ? `CREATE DATABASE "${name}" TEMPLATE "${await postgresTemplate()}"` : `CREATE DATABASE "${name}"`);
  return postgresUrl(name);
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}
