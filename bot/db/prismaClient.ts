import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite';
import { PrismaClient as PostgresClient } from './generated/postgresql';
import { databaseTarget } from './databaseTarget';
import { UnitOfWork } from './unitOfWork';
import { privateSqliteFiles, restrictNewFiles } from './privateFiles';

/** Both generated clients come from one data model (prisma/*\/schema.prisma), so they share one type. */
export type Db = SqliteClient;

const unitsOfWork = new WeakMap<Db, UnitOfWork>();

/** The database as every service uses it: a client whose queries join the unit of work they run in. */
export function createPrismaClient(databaseUrl: string): Db {
  const target = databaseTarget(databaseUrl);
  let base: Db;
  if (target.provider === 'postgresql') {
    base = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  } else {
    // Health notes and tenants: the file and its folder are the bot's user's only, also when made by an older version.
    restrictNewFiles();
    privateSqliteFiles(target.url);
    base = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.url }) });
  }
  const unit = new UnitOfWork(base, target.provider);
  unitsOfWork.set(unit.db, unit);
  return unit.db;
}

/** The unit of work behind a client made by createPrismaClient. */
export function unitOfWorkOf(db: Db): UnitOfWork {
  const unit = unitsOfWork.get(db);
  if (!unit) throw new Error('this client was not made by createPrismaClient');
  return unit;
}
