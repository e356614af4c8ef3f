import type { Db } from '../../db/prismaClient';

/**
 * Frees the places of holds that ran out (optionally of one slot): the appointment is cancelled first, and
 * only then its seat deleted, so a hold confirmed at the same moment never loses its place. Returns how many.
 */
export async function freeExpiredHolds(db: Db, now: Date, slot?: { pointId: string; startsAt: Date }): Promise<number> {
  const expired = { status: 'held', holdExpiresAt: { lt: now }, ...(slot ? { pointId: slot.pointId, startsAt: slot.startsAt } : {}) };
  const { count } = await db.appointment.updateMany({ where: expired, data: { status: 'cancelled', cancelledBy: 'hold-expired', cancelledAt: now, holdExpiresAt: null } });
  if (count === 0) return 0;
  await db.slotSeat.deleteMany({ where: { appointment: { status: 'cancelled' }, ...(slot ?? {}) } });
  return count;
}
