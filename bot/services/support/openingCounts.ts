import { isUniqueViolation } from '../../db/prismaErrors';
import type { Db } from '../../db/prismaClient';
import { addDays, toLocal } from '../desk/zonedTime';
import { can, requirePermission, type StaffIdentity } from '../staff/permissions';

const OPENING_DAYS = 30;

/** The days of a period ending today (Rome time), oldest first, each with its count (0 when none). */
export function lastDays(counts: Map<string, number>, today: string, days: number): { day: string; count: number }[] {
  return Array.from({ length: days }, (_unused, index) => addDays(today, index - days + 1)).map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/** How many times the discreet path was opened each day (Rome time): a number per day, never who or when. */
export class OpeningCounts {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(): Promise<void> {
    const day = toLocal(this.now()).date;
    const upsert = () => this.db.discreetDailyCount.upsert({ where: { day }, create: { day, count: 1 }, update: { count: { increment: 1 } } });
    try {
      await upsert();
    } catch (error) {
      // Two openings at the very same moment both tried to create the day's row: the second one now updates it.
      if (!isUniqueViolation(error)) throw error;
      await upsert();
    }
  }

  /** The last 30 days, for coordinators, admins and the partner operators. */
  async lastMonth(staff: StaffIdentity): Promise<{ day: string; count: number }[]> {
    requirePermission(can.seeOpenings(staff), 'discreet path openings');
    const today = toLocal(this.now()).date;
    const rows = await this.db.discreetDailyCount.findMany({ where: { day: { gte: addDays(today, 1 - OPENING_DAYS), lte: today } } });
    return lastDays(new Map(rows.map((row) => [row.day, row.count])), today, OPENING_DAYS);
  }
}
