import type { Db } from '../../../bot/db/prismaClient';
import { toLocal } from '../../../bot/services/desk/zonedTime';
import { HealthSchedule } from '../../../bot/services/health/healthSchedule';
import { TenantHealth } from '../../../bot/services/health/tenantHealth';
import type { BookingDesk, TenantAddress } from '../../../dialogs/health/healthDesk';

/** The tenant's side of the health points on the real clock, as the app wires it (reminders 24 h and 2 h before). */
export function tenantHealthOf(db: Db): { schedule: HealthSchedule; health: TenantHealth } {
  const schedule = new HealthSchedule(db, () => new Date());
  return { schedule, health: new TenantHealth(db, schedule, [24, 2], () => new Date()) };
}

export interface BookedFixture {
  id: number;
  /** Rome day, "YYYY-MM-DD". */
  date: string;
  /** Rome time, "HH:MM". */
  time: string;
  startsAt: Date;
}

/**
 * Books the first free slot of a day as the bot does (hold, then confirm), for a tenant who said /start;
 * confirmedByTenant: they also answered a reminder "I'll come". desk: the health points' (default) or the centre desks'.
 */
export async function bookAppointment(
  db: Db,
  who: TenantAddress,
  spec: { pointId: string; serviceId: string; date: string; note?: string; confirmedByTenant?: boolean },
  desk: BookingDesk = tenantHealthOf(db).health,
): Promise<BookedFixture> {
  const { schedule } = tenantHealthOf(db);
  const health = desk;
  const [slot] = await schedule.freeSlots(spec.pointId, spec.serviceId, spec.date);
  if (!slot) throw new Error(`no free slot for ${spec.serviceId} at ${spec.pointId} on ${spec.date}`);
  const held = await health.hold(who, spec.pointId, spec.serviceId, slot.startsAt);
  if (held.kind !== 'held') throw new Error(`could not hold ${slot.startsAt.toISOString()}: ${held.kind}`);
  if (!(await health.confirm(held.appointmentId, spec.note, who.language))) throw new Error('the hold was lost');
  if (spec.confirmedByTenant) await health.confirmAttendance(who.tenantId, held.appointmentId);
  const local = toLocal(slot.startsAt);
  const time = `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`;
  return { id: held.appointmentId, date: local.date, time, startsAt: slot.startsAt };
}
