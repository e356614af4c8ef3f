import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite';
import { PrismaClient as PostgresClient } from './generated/postgresql';
import { databaseTarget } from './databaseTarget';
import { UnitOfWork } from './unitOfWork';
import { PostgresRows, SqliteRows, type SqlRows, type SqliteConnection } from './sqlRows';
import { privateSqliteFiles, restrictNewFiles } from './privateFiles';

/** Both generated clients come from one data model (prisma/*\/schema.prisma), so they share one type. */
export type Db = SqliteClient;

interface Plumbing {
  unit: UnitOfWork;
  rows: SqlRows;
}

const plumbing = new WeakMap<Db, Plumbing>();

/** The database as every service uses it: a client whose queries join the unit of work they run in. */
export function createPrismaClient(databaseUrl: string): Db {
  const target = databaseTarget(databaseUrl);
  if (target.provider === 'postgresql') {
    const base = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
    const unit = new UnitOfWork(base, target.provider);
    plumbing.set(unit.db, { unit, rows: new PostgresRows(unit.db) });
    return unit.db;
  }
  // Health notes and tenants: the file and its folder are the bot's user's only, also when made by an older version.
  restrictNewFiles();
  privateSqliteFiles(target.url);
  const adapter = sharedConnection(new PrismaBetterSQLite3({ url: target.url }));
  const base = new SqliteClient({ adapter: adapter.factory });
  const unit = new UnitOfWork(base, target.provider);
  const connection = async () => adapter.connection() ?? (await base.$connect(), adapter.connection()!);
  plumbing.set(unit.db, { unit, rows: new SqliteRows(connection, unit) });
  return unit.db;
}

/** The unit of work behind a client made by createPrismaClient. */
export function unitOfWorkOf(db: Db): UnitOfWork {
  return plumbingOf(db).unit;
}

/** Plain SQL on the same connection (and in the same unit of work) as the client made by createPrismaClient. */
export function sqlRowsOf(db: Db): SqlRows {
  return plumbingOf(db).rows;
}

function plumbingOf(db: Db): Plumbing {
  const found = plumbing.get(db);
  if (!found) throw new Error('this client was not made by createPrismaClient');
  return found;
}

type SqliteFactory = PrismaBetterSQLite3;

/**
 * Prisma's SQLite adapter keeps its better-sqlite3 connection to itself; the plain statements must run on that same
 * connection (SQLite's transactions belong to a connection), so the factory hands it over when Prisma connects.
 */
function sharedConnection(inner: SqliteFactory): { factory: SqliteFactory; connection: () => SqliteConnection | undefined } {
  let connected: SqliteConnection | undefined;
  const factory = Object.create(inner) as SqliteFactory;
  factory.connect = async () => {
    const adapter = await inner.connect();
    connected = (adapter as unknown as { client: SqliteConnection }).client;
    return adapter;
  };
  return {
    factory,
    connection: () => connected,
  };
}
