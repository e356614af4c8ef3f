import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { isUniqueViolation } from '../../db/prismaErrors';
import type { TrailRecord, TrailStore } from '../../turn/discreetTrail';
import type { ConversationAddress } from '../../turn/conversationGateway';
import { open, seal } from './sealing';

const sealedTrail = z.object({
  address: z.object({ channel: z.string(), conversationId: z.string(), userId: z.string() }),
  refs: z.array(z.string()),
});

/**
 * The discreet path's messages to delete, kept in the database too, so a restart cannot leave them in the chat:
 * the row's key is an HMAC of the chat's address (no address in clear), the address and the messages are sealed.
 */
export class TrailRecords implements TrailStore {
  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Adds refs to the row: compare-and-set on the row's time, so two processes writing at once both keep theirs. */
  async save(address: ConversationAddress, refs: string[]): Promise<void> {
    const key = this.keyOf(address);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const row = await this.db.discreetTrailRecord.findUnique({ where: { key } });
      const known = row ? (this.tryOpen(row.sealed)?.refs ?? []) : [];
      const next = { sealed: seal(this.key, JSON.stringify({ address, refs: [...new Set([...known, ...refs])] })), updatedAt: this.now() };
      if (!row) {
        const created = await this.db.discreetTrailRecord.createMany({ data: [{ key, ...next }] }).catch((error: unknown) => (isUniqueViolation(error) ? { count: 0 } : Promise.reject(error)));
        if (created.count === 1) return;
        continue;
      }
      const { count } = await this.db.discreetTrailRecord.updateMany({ where: { key, updatedAt: row.updatedAt }, data: next });
      if (count === 1) return;
    }
  }

  async find(address: ConversationAddress): Promise<TrailRecord | undefined> {
    const row = await this.db.discreetTrailRecord.findUnique({ where: { key: this.keyOf(address) } });
    const opened = row ? this.tryOpen(row.sealed) : undefined;
    return row && opened ? { ...opened, updatedAt: row.updatedAt } : undefined;
  }

  async remove(address: ConversationAddress): Promise<void> {
    await this.db.discreetTrailRecord.deleteMany({ where: { key: this.keyOf(address) } });
  }

  /** Every record; those that cannot be opened (sealed with another key) are of no use and are deleted. */
  async all(): Promise<TrailRecord[]> {
    const records: TrailRecord[] = [];
    for (const row of await this.db.discreetTrailRecord.findMany()) {
      const opened = this.tryOpen(row.sealed);
      if (opened) records.push({ ...opened, updatedAt: row.updatedAt });
      else await this.db.discreetTrailRecord.deleteMany({ where: { key: row.key } });
    }
    return records;
  }

  private tryOpen(sealed: string): z.infer<typeof sealedTrail> | undefined {
    try {
      return sealedTrail.parse(JSON.parse(open(this.key, sealed)));
    } catch {
      return undefined;
    }
  }

  private keyOf(address: ConversationAddress): string {
    return trailKeyOf(this.key, address);
  }
}

/** A record's key: an HMAC-SHA256 of "channel:conversationId" with the support key (the chat cannot be read back from it). */
export function trailKeyOf(key: Buffer, address: Pick<ConversationAddress, 'channel' | 'conversationId'>): string {
  return createHmac('sha256', key).update(`${address.channel}:${address.conversationId}`).digest('base64url');
}
