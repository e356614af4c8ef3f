import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite';
import { PrismaClient as PostgresClient } from './generated/postgresql';
import { databaseTarget } from './databaseTarget';

/** Both generated clients come from one data model (prisma/*\/schema.prisma), so they share one type. */
export type Db = SqliteClient;

export function createPrismaClient(databaseUrl: string): Db {
  const target = databaseTarget(databaseUrl);
  if (target.provider === 'postgresql') {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  }
  fs.mkdirSync(path.dirname(target.url), { recursive: true });
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.url }) });
}
