import { AsyncLocalStorage } from 'node:async_hooks';
import { Mutex } from 'async-mutex';
import type { DatabaseProvider } from './databaseTarget';
import type { Db } from './prismaClient';

interface Scope {
  tx: Db;
  open: boolean;
  /** What waits for the commit (news for other parts of the process about what the unit wrote). */
  afterCommit: (() => void)[];
}

type Query = PromiseLike<unknown>;
type Method = (...args: unknown[]) => Query;

const RAW_METHODS = new Set(['$queryRaw', '$queryRawUnsafe', '$executeRaw', '$executeRawUnsafe']);

/** Turns wait this long at most for their transaction; a file download inside one is the slowest part. */
const TRANSACTION_TIMEOUT_MS = 60_000;
/** The writer's priority for work that must not wait behind the turns (the default is 0). */
const PROMPT = 10;

/**
 * One transaction per unit of work (a turn), without passing a transaction client through every service:
 * `db` is a stand-in for the Prisma client that, inside `run()`, sends every query to that run's transaction.
 * A service's own `db.$transaction(...)` inside a run becomes a savepoint, so a unique-key violation it
 * catches does not abort the turn's transaction on PostgreSQL.
 *
 * SQLite has one connection: a query sent while another unit's transaction is open would silently join it.
 * There, every query outside a run waits for the writer lock that runs hold, so none can.
 */
export class UnitOfWork {
  readonly db: Db;
  private readonly scopes = new AsyncLocalStorage<Scope>();
  /**
   * Whether the caller holds SQLite's writer lock (async-mutex locks cannot be taken twice). A flag that is cleared on
   * release, because timers started meanwhile keep the context after the lock has gone.
   */
  private readonly holding = new AsyncLocalStorage<{ held: boolean }>();
  private readonly writer: Mutex | undefined;
  private savepoints = 0;

  constructor(
    private readonly base: Db,
    readonly provider: DatabaseProvider,
  ) {
    this.writer = provider === 'sqlite' ? new Mutex() : undefined;
    this.db = this.standIn();
  }

  /** Runs fn as one transaction (or a savepoint of the one already running); commits when it resolves. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const outer = this.scope();
    if (outer) return this.savepoint(outer, fn);
    const scope: Scope = { tx: this.base, open: false, afterCommit: [] };
    const result = await this.exclusive(() =>
      this.base.$transaction(
        async (tx) => {
          Object.assign(scope, { tx: tx as unknown as Db, open: true });
          try {
            return await this.scopes.run(scope, fn);
          } finally {
            scope.open = false;
          }
        },
        { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
      ),
    );
    for (const task of scope.afterCommit) this.scopes.exit(task);
    return result;
  }

  /** Runs task once the current unit has committed (at once outside a unit); dropped if the unit rolls back. */
  afterCommit(task: () => void): void {
    const scope = this.scope();
    if (scope) scope.afterCommit.push(task);
    else task();
  }

  /**
   * Runs fn on the database at once, ahead of the units waiting for SQLite's writer: storing what Telegram sends is
   * what lets it move on, so it does not queue behind the turns.
   */
  promptly<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.locked(() => fn(this.base), PROMPT);
  }

  /** Whether the caller runs inside a unit (its queries join that unit's transaction). */
  inUnit(): boolean {
    return this.scope() !== undefined;
  }

  /** On SQLite, runs fn under the writer lock that units hold, so it cannot join another unit's transaction. */
  exclusively<T>(fn: () => Promise<T>): Promise<T> {
    return this.exclusive(fn);
  }

  /** Runs fn outside the current unit (work that outlives it, such as a write started after its commit). */
  detached<T>(fn: () => T): T {
    return this.scopes.exit(() => this.holding.exit(fn));
  }

  private scope(): Scope | undefined {
    const scope = this.scopes.getStore();
    return scope?.open ? scope : undefined;
  }

  private async savepoint<T>(scope: Scope, fn: () => Promise<T>): Promise<T> {
    const name = `casa_sp${++this.savepoints}`;
    await scope.tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
    try {
      const result = await fn();
      await scope.tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await scope.tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
      throw error;
    }
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.locked(fn, 0);
  }

  private locked<T>(fn: () => Promise<T>, priority: number): Promise<T> {
    if (!this.writer || this.holding.getStore()?.held) return fn();
    return this.writer.runExclusive(async () => {
      const hold = { held: true };
      try {
        return await this.holding.run(hold, fn);
      } finally {
        hold.held = false;
      }
    }, priority);
  }

  /** `$transaction` as services call it: a callback, or an array of queries run in order, atomically. */
  private transaction(arg: unknown): Promise<unknown> {
    if (typeof arg === 'function') return this.run(() => (arg as (tx: Db) => Promise<unknown>)(this.db));
    const queries = arg as Query[];
    if (!this.scope() && !this.writer) return this.base.$transaction(queries as never);
    return this.run(async () => {
      const results: unknown[] = [];
      for (const query of queries) results.push(await (query instanceof DeferredQuery ? query.runOn(this.scope()!.tx) : query));
      return results;
    });
  }

  private standIn(): Db {
    const delegates = new Map<string, object>();
    return new Proxy(this.base, {
      get: (base, property) => {
        if (property === '$transaction') return (arg: unknown) => this.transaction(arg);
        const scope = this.scope();
        const source = (scope ? scope.tx : base) as unknown as Record<string | symbol, unknown>;
        const value = source[property];
        if (scope || !this.writer || typeof property !== 'string') return typeof value === 'function' ? value.bind(source) : value;
        if (RAW_METHODS.has(property)) return (...args: unknown[]) => this.deferred(undefined, property, args);
        if (!isDelegate(value)) return typeof value === 'function' ? value.bind(source) : value;
        let delegate = delegates.get(property);
        if (!delegate) {
          delegate = new Proxy(value, { get: (_target, method) => (...args: unknown[]) => this.deferred(property, String(method), args) });
          delegates.set(property, delegate);
        }
        return delegate;
      },
    }) as Db;
  }

  private deferred(model: string | undefined, method: string, args: unknown[]): DeferredQuery {
    return new DeferredQuery(model, method, args, (query) => this.exclusive(() => query.runOn(this.base) as Promise<unknown>));
  }
}

/** A query outside any unit on SQLite: run when awaited, under the writer lock (or inside a batch's transaction). */
class DeferredQuery implements PromiseLike<unknown> {
  private started: Promise<unknown> | undefined;

  constructor(
    private readonly model: string | undefined,
    private readonly method: string,
    private readonly args: unknown[],
    private readonly start: (query: DeferredQuery) => Promise<unknown>,
  ) {}

  runOn(client: Db): Query {
    const owner = (this.model ? (client as unknown as Record<string, unknown>)[this.model] : client) as Record<string, Method>;
    return owner[this.method]!.apply(owner, this.args);
  }

  then<A = unknown, B = never>(onFulfilled?: ((value: unknown) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    this.started ??= this.start(this);
    return this.started.then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<unknown> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<unknown> {
    this.started ??= this.start(this);
    return this.started.finally(onFinally);
  }
}

function isDelegate(value: unknown): value is object {
  return typeof value === 'object' && value !== null && 'findMany' in value;
}
