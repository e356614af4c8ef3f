import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { sqlRowsOf, type Db } from '../db/prismaClient';
import { isUniqueViolation } from '../db/prismaErrors';
import type { SqlRows } from '../db/sqlRows';

export class StateConflictError extends Error {
  override readonly name = 'StateConflictError';
  constructor(readonly key: string) {
    super(`State "${key}" was changed by another turn since it was read`);
  }
}

/** The eTag of an item that must not exist yet: its write fails if another turn created it first. */
export const NEW_ITEM_ETAG = 'new';

/** How state is kept unreadable: the row's key a keyed hash of botbuilder's key, its data sealed. */
export interface StateSeal {
  stateKey(key: string): string;
  seal(value: unknown): string;
  open<T>(sealed: string): T;
}

/** Conversation states as the database keeps them: those written in a span of time, opened (their row keys tell nothing). */
export interface StateRows {
  writtenBetween(after: Date, before: Date): Promise<Record<string, unknown>[]>;
}

/** No sealing (tests of the storage itself). */
const CLEAR: StateSeal = { stateKey: (key) => key, seal: (value) => JSON.stringify(value), open: <T>(data: string) => JSON.parse(data) as T };

/**
 * botbuilder Storage on Prisma with optimistic concurrency: a write carrying an eTag succeeds only if the
 * stored item still has that eTag; '*' or no eTag writes unconditionally (botbuilder's convention). With a seal,
 * nothing of a conversation is in clear in the database: not the chat (the key), not where it is (the discreet
 * path's steps and what was typed in them).
 */
export class PrismaStorage implements Storage, StateRows {
  private readonly rows: SqlRows;

  constructor(
    private readonly db: Db,
    private readonly sealing: StateSeal = CLEAR,
  ) {
    this.rows = sqlRowsOf(db);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const byRow = new Map(keys.map((key) => [this.sealing.stateKey(key), key]));
    const rowKeys = [...byRow.keys()];
    const rows = await this.rows.all<{ key: string; data: string; etag: string }>(
      `SELECT "key", "data", "etag" FROM "StateItem" WHERE "key" IN (${rowKeys.map(() => '?').join(', ')})`,
      rowKeys,
    );
    const items: StoreItems = {};
    for (const row of rows) items[byRow.get(row.key)!] = { ...this.sealing.open<object>(row.data), eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [plainKey, item] of Object.entries(changes)) {
      const key = this.sealing.stateKey(plainKey);
      const { eTag, ...rest } = item as { eTag?: string };
      const data = this.sealing.seal(rest);
      const etag = randomUUID();
      if (!eTag || eTag === '*') {
        await this.db.stateItem.upsert({ where: { key }, create: { key, data, etag }, update: { data, etag } });
      } else if (eTag === NEW_ITEM_ETAG) {
        await this.create(key, data, etag);
      } else {
        const count = await this.rows.run(`UPDATE "StateItem" SET "data" = ?, "etag" = ?, "updatedAt" = ? WHERE "key" = ? AND "etag" = ?`, [data, etag, new Date(), key, eTag]);
        if (count === 0) throw new StateConflictError(key);
      }
      (item as { eTag?: string }).eTag = etag;
    }
  }

  private async create(key: string, data: string, etag: string): Promise<void> {
    try {
      await this.db.stateItem.create({ data: { key, data, etag } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new StateConflictError(key);
      throw error;
    }
  }

  /**
   * The items written after `after` and up to `before`, opened (those sealed with another key are skipped): found by
   * the rows' plain time alone, so reading them tells nothing of what they hold.
   */
  async writtenBetween(after: Date, before: Date): Promise<Record<string, unknown>[]> {
    const rows = await this.db.stateItem.findMany({ where: { updatedAt: { gt: after, lte: before } }, select: { data: true } });
    return rows.flatMap((row) => {
      try {
        return [this.sealing.open<Record<string, unknown>>(row.data)];
      } catch {
        return [];
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    await this.db.stateItem.deleteMany({ where: { key: { in: keys.map((key) => this.sealing.stateKey(key)) } } });
  }
}
