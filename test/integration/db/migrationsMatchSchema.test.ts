import path from 'node:path';
import { runPrismaCli } from '../../../bot/db/prismaCli';
import type { Db } from '../../../bot/db/prismaClient';
import { createTestDatabase, type Provider, type TestDatabase } from '../../support/testDatabase';

/**
 * The migrations make the database the schema describes: a database migrated from prisma/<provider>/migrations and
 * one made straight from prisma/<provider>/schema.prisma (`prisma migrate diff --from-empty --script`) have the same
 * tables, columns, indexes and constraints. (The Prisma 6 CLI cannot diff a live database when a driver adapter is
 * configured, so the two databases are compared through their catalogs.)
 */

type Row = Record<string, unknown>;

const CATALOG: Record<Provider, string[]> = {
  sqlite: [
    `SELECT m.name AS tbl, c.name, c.type, c."notnull", c.dflt_value, c.pk FROM sqlite_master m JOIN pragma_table_info(m.name) c
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_prisma_migrations'`,
    `SELECT m.name AS tbl, i.name, i."unique", i.partial, (SELECT group_concat(k.name, ',') FROM pragma_index_info(i.name) k) AS cols
     FROM sqlite_master m JOIN pragma_index_list(m.name) i WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_prisma_migrations'`,
    `SELECT m.name AS tbl, f."table", f."from", f."to", f.on_update, f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
  ],
  postgresql: [
    // Catalog types (name, sql_identifier, "char") cast to text: the driver adapter reads plain types only.
    `SELECT table_name::text, column_name::text, data_type::text, udt_name::text, is_nullable::text, column_default::text
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    `SELECT tablename::text, indexname::text, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    `SELECT conrelid::regclass::text AS tbl, conname::text, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
    `SELECT t.typname::text, e.enumlabel::text, e.enumsortorder::float8 AS sortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid`,
  ],
};

/** Every catalog row as text, sorted: column order and the order of creation do not matter, only what exists. */
async function catalogOf(db: Db, provider: Provider): Promise<string[][]> {
  const lists: string[][] = [];
  for (const sql of CATALOG[provider]) {
    const rows = await db.$queryRawUnsafe<Row[]>(sql);
    lists.push(rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value))).sort());
  }
  return lists;
}

describe.each<Provider>(['sqlite', 'postgresql'])('the migrations and the schema (%s)', (provider) => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase(provider);
    fromSchema = await createTestDatabase(provider, { migrated: false });
    const schema = path.resolve(__dirname, '..', '..', '..', 'prisma', provider, 'schema.prisma');
    const script = await runPrismaCli(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', schema, '--script'], fromSchema.url);
    for (const statement of script.split(/;\s*$/m).map((part) => part.replace(/^--.*$/gm, '').trim()).filter(Boolean)) {
      await fromSchema.db.$executeRawUnsafe(statement);
    }
  }, 60_000);
  afterAll(async () => {
    await migrated.drop();
    await fromSchema.drop();
  });

  it('make the same database', async () => {
    const made = await catalogOf(migrated.db, provider);
    expect(made.flat().length).toBeGreaterThan(0);
    expect(made).toEqual(await catalogOf(fromSchema.db, provider));
  });
});
