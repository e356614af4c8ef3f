import { sqlRowsOf, unitOfWorkOf, type Db } from '../../db/prismaClient';
import { dateOf, type SqlRows } from '../../db/sqlRows';
import type { PipelineSeal } from './chatKeys';

/** A Bot API call as the outbox keeps it: the method and its parameters. */
export interface OutgoingCall {
  method: string;
  params: Record<string, unknown>;
  /** Sent instead when Telegram refuses the call as malformed (400): the tenant is told, in their language. */
  fallback?: { method: string; params: Record<string, unknown> };
}

export interface OutboxRow {
  id: number;
  chatId: string;
  call: OutgoingCall;
  attempts: number;
  nextAttemptAt: Date;
}

/** The outbox's rows: calls written in a turn's transaction, sent after its commit (see OutboxMessage). */
export class OutboxStore {
  private readonly rows: SqlRows;

  constructor(
    private readonly db: Db,
    private readonly sealer: PipelineSeal,
  ) {
    this.rows = sqlRowsOf(db);
  }

  /** Writes a call in the running unit of work; its id is its place in the chat's order. */
  async enqueue(chatKey: string, chatId: string, call: OutgoingCall): Promise<number> {
    const now = new Date();
    const [row] = await this.rows.all<{ id: number }>(
      `INSERT INTO "OutboxMessage" ("chatKey", "payload", "attempts", "nextAttemptAt", "createdAt") VALUES (?, ?, 0, ?, ?) RETURNING "id"`,
      [chatKey, this.sealer.seal({ chatId, call }), now, now],
    );
    return row!.id;
  }

  /** The chat's waiting calls, in order. */
  async pending(chatKey: string, limit = 20): Promise<OutboxRow[]> {
    const rows = await this.rows.all<{ id: number; payload: string; attempts: number; nextAttemptAt: unknown }>(
      `SELECT "id", "payload", "attempts", "nextAttemptAt" FROM "OutboxMessage" WHERE "chatKey" = ? ORDER BY "id" LIMIT ?`,
      [chatKey, limit],
    );
    return rows.map((row) => {
      const { chatId, call } = this.sealer.open<{ chatId: string; call: OutgoingCall }>(row.payload);
      return { id: row.id, chatId, call, attempts: row.attempts, nextAttemptAt: dateOf(row.nextAttemptAt) };
    });
  }

  /** Sent: the rows go, and Telegram's message_ids are kept for later edits and deletions (one write for many). */
  async sent(rows: { id: number; messageId: number | undefined }[]): Promise<void> {
    const withIds = rows.filter((row): row is { id: number; messageId: number } => row.messageId !== undefined);
    const now = new Date();
    await unitOfWorkOf(this.db).run(async () => {
      await this.rows.run(`DELETE FROM "OutboxMessage" WHERE "id" IN (${rows.map(() => '?').join(', ')})`, rows.map((row) => row.id));
      if (withIds.length === 0) return;
      const values = withIds.map(() => '(?, ?, ?)').join(', ');
      await this.rows.run(`INSERT INTO "SentMessage" ("outboxId", "messageId", "sentAt") VALUES ${values}`, withIds.flatMap((row) => [row.id, row.messageId, now]));
    });
  }

  /** Given up (Telegram refused it for good): the row goes. */
  async dropped(id: number): Promise<void> {
    await this.db.outboxMessage.deleteMany({ where: { id } });
  }

  async retryAt(id: number, attempts: number, at: Date): Promise<void> {
    await this.db.outboxMessage.updateMany({ where: { id }, data: { attempts, nextAttemptAt: at } });
  }

  /** Whether these rows are still waiting (a caller waiting for a delivery another process made). */
  async stillWaiting(ids: number[]): Promise<number[]> {
    const rows = await this.db.outboxMessage.findMany({ where: { id: { in: ids } }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** The message_id Telegram gave the message an outbox row sent. */
  async messageIdOf(outboxId: number): Promise<number | undefined> {
    const row = await this.db.sentMessage.findUnique({ where: { outboxId } });
    return row?.messageId;
  }

  /** Chats with calls whose time has come. */
  async dueChats(limit: number, now = new Date()): Promise<string[]> {
    const rows = await this.rows.all<{ chatKey: string }>(
      `SELECT "chatKey" FROM "OutboxMessage" WHERE "nextAttemptAt" <= ? GROUP BY "chatKey" ORDER BY MIN("id") LIMIT ?`,
      [now, limit],
    );
    return rows.map((row) => row.chatKey);
  }

  /** Telegram lets a bot edit or delete its messages for 48 hours: their ids are not needed after that. */
  async forgetSentBefore(date: Date): Promise<number> {
    const { count } = await this.db.sentMessage.deleteMany({ where: { sentAt: { lt: date } } });
    return count;
  }

  /** Takes (or renews) the right to send a chat's calls until `until`; false while another process has it. */
  async lease(chatKey: string, owner: string, until: Date, now = new Date()): Promise<boolean> {
    const { count } = await this.db.outboxLease.updateMany({ where: { chatKey, OR: [{ owner }, { expiresAt: { lt: now } }] }, data: { owner, expiresAt: until } });
    if (count === 1) return true;
    return this.db.$transaction(async (tx) => {
      await tx.outboxLease.create({ data: { chatKey, owner, expiresAt: until } });
      return true;
    }).catch(() => false);
  }

  async release(chatKey: string, owner: string): Promise<void> {
    await this.db.outboxLease.deleteMany({ where: { chatKey, owner } });
  }
}
