import { fromLocal, nextDate, toLocal, weekdayOf } from '../desk/zonedTime';

export interface SessionPlan {
  weekday: number;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  places: number;
  serviceIds: string[];
}

export interface PlannedSlot {
  startsAt: Date;
  endsAt: Date;
  places: number;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The slots of one day (Milan time) for a service: every session of that weekday that offers it, cut into
 * slots of its length; none on a closed day. A service longer than a slot takes the slot that starts it.
 */
export function slotsOfDay(sessions: SessionPlan[], closedDays: Set<string>, date: string, serviceId: string): PlannedSlot[] {
  if (closedDays.has(date)) return [];
  const weekday = weekdayOf(date);
  const slots: PlannedSlot[] = [];
  for (const session of sessions) {
    if (session.weekday !== weekday || !session.serviceIds.includes(serviceId)) continue;
    const end = minutesOf(session.endsAt);
    for (let start = minutesOf(session.startsAt); start + session.slotMinutes <= end; start += session.slotMinutes) {
      slots.push({ startsAt: fromLocal(date, start), endsAt: fromLocal(date, start + session.slotMinutes), places: session.places });
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The slot that starts at this instant, if the schedule has it (what a tenant's button must still match). */
export function plannedSlot(sessions: SessionPlan[], closedDays: Set<string>, startsAt: Date, serviceId: string): PlannedSlot | undefined {
  return slotsOfDay(sessions, closedDays, toLocal(startsAt).date, serviceId).find((slot) => slot.startsAt.getTime() === startsAt.getTime());
}

/** The days from `from` (Milan date) for `count` days. */
export function daysFrom(from: string, count: number): string[] {
  const days = [from];
  while (days.length < count) days.push(nextDate(days.at(-1)!));
  return days;
}
