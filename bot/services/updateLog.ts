import type { Db } from '../db/prismaClient';
import { isUniqueViolation } from '../db/prismaErrors';

/** Remembers which Telegram update_ids were handled, so a redelivered update is handled once. */
export class UpdateLog {
  constructor(private readonly db: Db) {}

  /** True the first time an update_id is claimed, false for every redelivery (across processes too). */
  async claim(updateId: number): Promise<boolean> {
    try {
      await this.db.processedUpdate.create({ data: { updateId: BigInt(updateId) } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Telegram keeps undelivered updates for 24 hours; a week of memory is plenty. */
  async forgetOlderThan(date: Date): Promise<number> {
    const { count } = await this.db.processedUpdate.deleteMany({ where: { processedAt: { lt: date } } });
    return count;
  }
}
