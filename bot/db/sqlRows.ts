import type { DatabaseProvider } from './databaseTarget';
import type { Db } from './prismaClient';
import type { UnitOfWork } from './unitOfWork';

export type SqlValue = string | number | bigint | boolean | Date | null;

/**
 * Plain SQL for the rows every turn reads and writes (inbox, outbox, state, tenant, transcript): Prisma's model API
 * compiles each query anew (about 0.4 ms a query here, ten queries a turn), a cached SQLite statement costs a few
 * hundredths of that. Written once with `?` placeholders and double-quoted names, which both databases read.
 * Inside a unit of work the statements join its transaction, as Prisma's queries do.
 */
export interface SqlRows {
  readonly provider: DatabaseProvider;
  all<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs a statement on its own (outside any unit) and resolves once its commit is on disk, whatever
   * SQLITE_SYNCHRONOUS says: for what the bot tells Telegram it has stored.
   */
  runDurably(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** What these statements use of better-sqlite3 (the connection Prisma's adapter opened). */
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

interface SqliteStatement {
  readonly reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
  safeIntegers(on: boolean): SqliteStatement;
}

/** A DateTime column as either database returns it (SQLite: Prisma's ISO text; PostgreSQL: a Date). */
export function dateOf(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** SQLite: the connection Prisma's adapter holds, with statements prepared once. */
export class SqliteRows implements SqlRows {
  readonly provider = 'sqlite';
  private readonly statements = new Map<string, SqliteStatement>();
  /** The connection the statements were prepared on (Prisma opens a new one after a disconnect). */
  private preparedOn: SqliteConnection | undefined;

  constructor(
    private readonly connection: () => Promise<SqliteConnection>,
    private readonly unit: UnitOfWork,
  ) {}

  async all<T extends object>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.onConnection(async (db) => this.statement(db, sql).all(...params.map(sqliteValue)) as T[]);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.onConnection(async (db) => this.statement(db, sql).run(...params.map(sqliteValue)).changes);
  }

  async runDurably(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.unit.exclusively(async () => {
      const db = await this.connection();
      const [setting] = this.statement(db, 'PRAGMA synchronous').all() as { synchronous: number }[];
      // FULL syncs the log at this commit, and with it every commit before (those NORMAL left unsynced).
      this.statement(db, 'PRAGMA synchronous = FULL').run();
      try {
        return this.statement(db, sql).run(...params.map(sqliteValue)).changes;
      } finally {
        this.statement(db, `PRAGMA synchronous = ${setting?.synchronous ?? 2}`).run();
      }
    });
  }

  /** Outside a unit, under the writer lock: SQLite has one connection, and another unit's transaction may be open on it. */
  private async onConnection<T>(fn: (db: SqliteConnection) => Promise<T>): Promise<T> {
    const db = await this.connection();
    return this.unit.inUnit() ? fn(db) : this.unit.exclusively(() => fn(db));
  }

  private statement(db: SqliteConnection, sql: string): SqliteStatement {
    if (db !== this.preparedOn) {
      this.statements.clear();
      this.preparedOn = db;
    }
    let statement = this.statements.get(sql);
    if (!statement) {
      // Batched inserts make a statement per batch size: a bounded few, but never let them pile up.
      if (this.statements.size >= 500) this.statements.clear();
      statement = db.prepare(sql);
      if (statement.reader) statement.safeIntegers(false);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** PostgreSQL: Prisma's raw queries, which skip its query compiler and join the unit of work like the others. */
export class PostgresRows implements SqlRows {
  readonly provider = 'postgresql';

  constructor(private readonly db: Db) {}

  all<T extends object>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.db.$queryRawUnsafe<T[]>(numbered(sql), ...params);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.db.$executeRawUnsafe(numbered(sql), ...params);
  }

  /** PostgreSQL's commits are on disk when they return (synchronous_commit, on by default). */
  runDurably(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.run(sql, params);
  }
}

/** How Prisma's SQLite adapter stores a DateTime, so that Prisma reads and compares what these statements write. */
function sqliteValue(value: SqlValue): string | number | bigint | null {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

const numberedCache = new Map<string, string>();

/** `?` placeholders as PostgreSQL numbers them (the SQL here has no `?` inside strings). */
function numbered(sql: string): string {
  let result = numberedCache.get(sql);
  if (result === undefined) {
    let index = 0;
    result = sql.replace(/\?/g, () => `$${++index}`);
    if (numberedCache.size < 500) numberedCache.set(sql, result);
  }
  return result;
}
