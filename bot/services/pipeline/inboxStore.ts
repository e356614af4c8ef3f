import { sqlRowsOf, unitOfWorkOf, type Db } from '../../db/prismaClient';
import { dateOf, type SqlRows } from '../../db/sqlRows';
import type { PipelineSeal } from './chatKeys';

export interface IncomingUpdate {
  updateId: number;
  chatKey: string;
  /** The raw update, sealed before it is written. */
  update: unknown;
}

export interface PendingUpdate {
  id: number;
  update: unknown;
  attempts: number;
}

export type NextUpdate = { kind: 'none' } | { kind: 'wait'; until: Date } | ({ kind: 'run'; more: boolean } & PendingUpdate);

export interface FailedTurn {
  id: string;
  at: Date;
  flow: string | null;
  error: string;
}

/** The inbox's rows: what Telegram sent, kept until handled (see prisma schema, InboxUpdate). */
export class InboxStore {
  private readonly rows: SqlRows;

  constructor(
    private readonly db: Db,
    private readonly sealer: PipelineSeal,
  ) {
    this.rows = sqlRowsOf(db);
  }

  /** Stores updates (a redelivered update_id is kept once); resolves once they are committed. */
  async store(updates: IncomingUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const now = new Date();
    const values = updates.map(() => '(?, ?, ?, ?, ?)').join(', ');
    const params = updates.flatMap((update) => [BigInt(update.updateId), update.chatKey, this.sealer.seal(update.update), now, now]);
    const sql = `INSERT INTO "InboxUpdate" ("id", "chatKey", "payload", "receivedAt", "nextAttemptAt") VALUES ${values} ON CONFLICT ("id") DO NOTHING`;
    await unitOfWorkOf(this.db).promptly(() => this.rows.runDurably(sql, params));
  }

  /** The chat's oldest update not handled yet, if its time has come, and whether another one waits behind it. */
  async next(chatKey: string, now = new Date()): Promise<NextUpdate> {
    const [row, behind] = await this.rows.all<{ id: number | bigint; payload: string | null; attempts: number; nextAttemptAt: unknown }>(
      `SELECT "id", "payload", "attempts", "nextAttemptAt" FROM "InboxUpdate" WHERE "chatKey" = ? AND "status" = 'pending' ORDER BY "id" LIMIT 2`,
      [chatKey],
    );
    if (!row) return { kind: 'none' };
    const nextAttemptAt = dateOf(row.nextAttemptAt);
    if (nextAttemptAt > now) return { kind: 'wait', until: nextAttemptAt };
    return { kind: 'run', id: Number(row.id), attempts: row.attempts, update: row.payload ? this.sealer.open(row.payload) : {}, more: behind !== undefined };
  }

  /** Handled: only what deduplication needs stays. */
  async done(id: number): Promise<void> {
    await this.rows.run(`UPDATE "InboxUpdate" SET "status" = 'done', "payload" = NULL, "finishedAt" = ? WHERE "id" = ?`, [new Date(), BigInt(id)]);
  }

  /** A transient fault: tried again at `at`. */
  async retryAt(id: number, attempts: number, at: Date): Promise<void> {
    await this.db.inboxUpdate.update({ where: { id: BigInt(id) }, data: { attempts, nextAttemptAt: at } });
  }

  /** A bug: the error is kept (never the tenant's words; the sealed update stays for a retry until it expires). */
  async failed(id: number, error: string, flow: string | undefined): Promise<void> {
    await this.db.inboxUpdate.update({ where: { id: BigInt(id) }, data: { status: 'failed', error: error.slice(0, 500), flow: flow ?? null, finishedAt: new Date() } });
  }

  /** Chats with updates whose time has come, oldest first. */
  async dueChats(limit: number, now = new Date()): Promise<string[]> {
    const rows = await this.rows.all<{ chatKey: string }>(
      `SELECT "chatKey" FROM "InboxUpdate" WHERE "status" = 'pending' AND "nextAttemptAt" <= ? GROUP BY "chatKey" ORDER BY MIN("id") LIMIT ?`,
      [now, limit],
    );
    return rows.map((row) => row.chatKey);
  }

  /** When the oldest update still waiting arrived (the readiness check's backlog age). */
  async oldestPending(): Promise<Date | undefined> {
    const row = await this.db.inboxUpdate.findFirst({ where: { status: 'pending' }, orderBy: { id: 'asc' }, select: { receivedAt: true } });
    return row?.receivedAt;
  }

  async failedTurns(limit = 200): Promise<FailedTurn[]> {
    const rows = await this.db.inboxUpdate.findMany({ where: { status: 'failed' }, orderBy: { finishedAt: 'desc' }, take: limit, select: { id: true, finishedAt: true, receivedAt: true, flow: true, error: true } });
    return rows.map((row) => ({ id: String(row.id), at: row.finishedAt ?? row.receivedAt, flow: row.flow, error: row.error ?? '' }));
  }

  /** Runs a failed turn again; false when it is not (or no longer) a failed one that still has its update. */
  async retryFailed(id: string): Promise<string | undefined> {
    const row = await this.db.inboxUpdate.findFirst({ where: { id: BigInt(id), status: 'failed', payload: { not: null } }, select: { chatKey: true } });
    if (!row) return undefined;
    const { count } = await this.db.inboxUpdate.updateMany({ where: { id: BigInt(id), status: 'failed' }, data: { status: 'pending', attempts: 0, nextAttemptAt: new Date(), error: null, flow: null, finishedAt: null } });
    return count === 1 ? row.chatKey : undefined;
  }

  /** Telegram redelivers for 24 hours at most; handled and failed rows go after a day. */
  async forgetOlderThan(date: Date): Promise<number> {
    const { count } = await this.db.inboxUpdate.deleteMany({ where: { status: { not: 'pending' }, receivedAt: { lt: date } } });
    return count;
  }
}
