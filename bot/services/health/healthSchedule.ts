import type { Db } from '../../db/prismaClient';
import { italianHolidays } from '../desk/italianHolidays';
import { toLocal } from '../desk/zonedTime';
import { BOOKING_HORIZON_DAYS, type FreeSlot } from '../../../dialogs/health/healthDesk';
import { daysFrom, plannedSlot, slotsOfDay, type PlannedSlot, type SessionPlan } from './slotPlan';

/** A health point's schedule as stored (sessions, closures, Italian holidays), and the free places in it. */
export class HealthSchedule {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async plan(pointId: string): Promise<{ sessions: SessionPlan[]; closed: Set<string> }> {
    const [sessions, closures] = await Promise.all([
      this.db.healthSession.findMany({ where: { pointId }, include: { services: true } }),
      this.db.healthClosure.findMany({ where: { pointId } }),
    ]);
    const year = Number(toLocal(this.now()).date.slice(0, 4));
    const holidays = [...italianHolidays(year), ...italianHolidays(year + 1)].map((holiday) => holiday.date);
    return {
      sessions: sessions.map((session) => ({ ...session, serviceIds: session.services.map((link) => link.serviceId) })),
      closed: new Set([...holidays, ...closures.map((closure) => closure.date)]),
    };
  }

  /** The slot a tenant may book: in the schedule, in the future and within the horizon. */
  async bookable(pointId: string, serviceId: string, startsAt: Date): Promise<PlannedSlot | undefined> {
    const now = this.now();
    if (startsAt <= now || startsAt.getTime() > now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000) return undefined;
    const { sessions, closed } = await this.plan(pointId);
    return plannedSlot(sessions, closed, startsAt, serviceId);
  }

  async freeSlots(pointId: string, serviceId: string, date: string): Promise<FreeSlot[]> {
    const now = this.now();
    const { sessions, closed } = await this.plan(pointId);
    const slots = slotsOfDay(sessions, closed, date, serviceId).filter((slot) => slot.startsAt > now && slot.startsAt.getTime() <= now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000);
    if (slots.length === 0) return [];
    const taken = await this.db.slotSeat.groupBy({
      by: ['startsAt'],
      where: { pointId, startsAt: { gte: slots[0]!.startsAt, lte: slots.at(-1)!.startsAt }, appointment: { OR: [{ status: 'booked' }, { status: 'held', holdExpiresAt: { gt: now } }] } },
      _count: { _all: true },
    });
    const count = new Map(taken.map((group) => [group.startsAt.getTime(), group._count._all]));
    return slots.map((slot) => ({ startsAt: slot.startsAt, free: slot.places - (count.get(slot.startsAt.getTime()) ?? 0) })).filter((slot) => slot.free > 0);
  }

  async freeDays(pointId: string, serviceId: string, limit: number): Promise<string[]> {
    const days: string[] = [];
    for (const day of daysFrom(toLocal(this.now()).date, BOOKING_HORIZON_DAYS + 1)) {
      if ((await this.freeSlots(pointId, serviceId, day)).length > 0) days.push(day);
      if (days.length >= limit) break;
    }
    return days;
  }

  /** The free slots nearest to a time (for a tenant who lost a place to someone faster). */
  async nearest(pointId: string, serviceId: string, around: Date, count: number): Promise<FreeSlot[]> {
    const day = toLocal(around).date;
    const candidates = [...(await this.freeSlots(pointId, serviceId, day))];
    for (const other of (await this.freeDays(pointId, serviceId, 3)).filter((free) => free !== day)) candidates.push(...(await this.freeSlots(pointId, serviceId, other)));
    return candidates.sort((a, b) => Math.abs(a.startsAt.getTime() - around.getTime()) - Math.abs(b.startsAt.getTime() - around.getTime())).slice(0, count).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
}
