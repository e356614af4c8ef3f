import type { Db } from '../../db/prismaClient';
import { isUniqueViolation } from '../../db/prismaErrors';
import {
  appointmentCode,
  HOLD_MINUTES,
  NOTE_LIMIT,
  type AppointmentView,
  type BookingDesk,
  type FreeSlot,
  type HealthPointView,
  type HealthServiceView,
  type HoldResult,
  type TenantAddress,
} from '../../../dialogs/health/healthDesk';
import { SOURCE_LANGUAGE } from '../../i18n/languages';
import { inLanguage } from '../../i18n/translatedFields';
import type { HealthSchedule } from './healthSchedule';
import { freeExpiredHolds } from './holds';
import type { PointKind } from './pointKinds';
import { remindersPast } from './reminderScheduler';

const NEAREST = 4;
/** HEALTH_MAX_FUTURE_APPOINTMENTS' default: future appointments a tenant may have for one service. */
export const DEFAULT_MAX_FUTURE_APPOINTMENTS = 2;
/** The sandbox's tenants are trials: they hold no health point's place. */
const TRIAL_CHANNELS = ['sandbox'];

type ServiceRow = { id: string; durationMinutes: number; texts: { language: string; name: string; bring: string }[] };

const POINT_SELECT = { id: true, neighbourhoodId: true, name: true, address: true, phone: true } as const;
const POINT_TEXTS = ['name', 'address'] as const;

/** A service point as the tenant reads it: its name and address in the tenant's language, else in Italian. */
function pointView(row: HealthPointView & { translations: string }, language: string): HealthPointView {
  const { id, neighbourhoodId, name, address, phone } = inLanguage(row, POINT_TEXTS, language);
  return { id, neighbourhoodId, name, address, phone };
}

export function serviceView(row: ServiceRow, language: string): HealthServiceView {
  const text = row.texts.find((entry) => entry.language === language) ?? row.texts.find((entry) => entry.language === SOURCE_LANGUAGE);
  return { id: row.id, durationMinutes: row.durationMinutes, name: text?.name ?? row.id, bring: text?.bring ?? '' };
}

/**
 * The tenant's side of one kind of service point (health points, C.A.S.A. centre desks): free places, holding,
 * booking, moving, cancelling. Every query keeps to the kind's points, so neither side sees the other's.
 */
export class TenantBookings implements BookingDesk {
  constructor(
    protected readonly db: Db,
    private readonly schedule: HealthSchedule,
    private readonly reminderHours: number[],
    protected readonly now: () => Date,
    private readonly maxFutureAppointments: number,
    private readonly kind: PointKind,
  ) {}

  async points(language: string): Promise<HealthPointView[]> {
    const rows = await this.db.healthPoint.findMany({ where: { kind: this.kind.id }, orderBy: { name: 'asc' }, select: { ...POINT_SELECT, translations: true } });
    return rows.map((row) => pointView(row, language));
  }

  async services(pointId: string, language: string): Promise<HealthServiceView[]> {
    const rows = await this.db.healthService.findMany({ where: { kind: this.kind.id, active: true, points: { some: { pointId } } }, include: { texts: true }, orderBy: { sortOrder: 'asc' } });
    return rows.map((row) => serviceView(row, language));
  }

  freeDays(pointId: string, serviceId: string, limit: number): Promise<string[]> {
    return this.schedule.freeDays(pointId, serviceId, limit);
  }

  freeSlots(pointId: string, serviceId: string, date: string): Promise<FreeSlot[]> {
    return this.schedule.freeSlots(pointId, serviceId, date);
  }

  async hold(who: TenantAddress, pointId: string, serviceId: string, startsAt: Date, movedFromId?: number): Promise<HoldResult> {
    if (TRIAL_CHANNELS.includes(who.channel)) return { kind: 'limit', reason: 'sandbox' };
    const service = await this.db.healthService.findFirst({ where: { id: serviceId, kind: this.kind.id } });
    const slot = service && (await this.schedule.bookable(pointId, serviceId, startsAt));
    if (!slot) return { kind: 'invalid' };
    const now = this.now();
    // One held place at a time: a new choice lets go of the tenant's earlier hold (a move keeps its booked place).
    await this.releaseHoldsOf(who.tenantId);
    if (movedFromId === undefined && (await this.futureCount(who.tenantId, serviceId)) >= this.maxFutureAppointments) {
      return { kind: 'limit', reason: 'future', max: this.maxFutureAppointments };
    }
    const appointment = await this.db.appointment.create({
      data: {
        tenantId: who.tenantId,
        pointId,
        serviceId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + Math.max(service.durationMinutes, 1) * 60_000),
        status: 'held',
        holdExpiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
        language: who.language,
        channel: who.channel,
        conversationId: who.conversationId,
        movedFromId,
      },
    });
    if ((await this.takeSeat(pointId, startsAt, slot.places, appointment.id)) || ((await freeExpiredHolds(this.db, now, { pointId, startsAt })) > 0 && (await this.takeSeat(pointId, startsAt, slot.places, appointment.id)))) {
      return { kind: 'held', appointmentId: appointment.id };
    }
    await this.db.appointment.update({ where: { id: appointment.id }, data: { status: 'cancelled', cancelledBy: 'race-lost', cancelledAt: now, holdExpiresAt: null } });
    return { kind: 'taken', nearest: await this.schedule.nearest(pointId, serviceId, startsAt, NEAREST) };
  }

  async confirm(appointmentId: number, note: string | undefined, language: string): Promise<AppointmentView | undefined> {
    const held = await this.db.appointment.findUnique({ where: { id: appointmentId } });
    if (!held?.tenantId) return undefined;
    const now = this.now();
    const writes = [
      this.db.appointment.updateMany({ where: { id: appointmentId, status: 'held' }, data: { status: 'booked', holdExpiresAt: null, note: note?.slice(0, NOTE_LIMIT) ?? null, remindersSent: remindersPast(this.reminderHours, held.startsAt, now) } }),
      ...(held.movedFromId
        ? [
            this.db.appointment.updateMany({ where: { id: held.movedFromId, tenantId: held.tenantId, status: 'booked' }, data: { status: 'cancelled', cancelledBy: 'moved', cancelledAt: now } }),
            this.db.slotSeat.deleteMany({ where: { appointmentId: held.movedFromId } }),
          ]
        : []),
    ];
    const [booked] = await this.db.$transaction(writes);
    if (booked!.count === 0) return undefined;
    return this.appointment(held.tenantId, appointmentId, language);
  }

  async release(appointmentId: number): Promise<void> {
    const { count } = await this.db.appointment.updateMany({ where: { id: appointmentId, status: 'held' }, data: { status: 'cancelled', cancelledBy: 'tenant', cancelledAt: this.now(), holdExpiresAt: null } });
    if (count > 0) await this.db.slotSeat.deleteMany({ where: { appointmentId } });
  }

  /** The tenant's booked future appointments for one service. */
  private futureCount(tenantId: string, serviceId: string): Promise<number> {
    return this.db.appointment.count({ where: { tenantId, serviceId, status: 'booked', startsAt: { gt: this.now() } } });
  }

  private async releaseHoldsOf(tenantId: string): Promise<void> {
    const holds = await this.db.appointment.findMany({ where: { tenantId, status: 'held' }, select: { id: true } });
    for (const hold of holds) await this.release(hold.id);
  }

  async upcoming(tenantId: string, language: string): Promise<AppointmentView[]> {
    const rows = await this.db.appointment.findMany({
      where: { tenantId, status: 'booked', startsAt: { gt: this.now() }, point: { kind: this.kind.id } },
      include: { service: { include: { texts: true } }, point: true },
      orderBy: { startsAt: 'asc' },
    });
    return rows.map((row) => appointmentView(row, language));
  }

  async cancel(tenantId: string, appointmentId: number): Promise<boolean> {
    const [cancelled] = await this.db.$transaction([
      this.db.appointment.updateMany({ where: { id: appointmentId, tenantId, status: 'booked', startsAt: { gt: this.now() }, point: { kind: this.kind.id } }, data: { status: 'cancelled', cancelledBy: 'tenant', cancelledAt: this.now() } }),
      this.db.slotSeat.deleteMany({ where: { appointmentId, appointment: { status: 'cancelled' } } }),
    ]);
    return cancelled!.count > 0;
  }

  async confirmAttendance(tenantId: string, appointmentId: number): Promise<boolean> {
    const { count } = await this.db.appointment.updateMany({ where: { id: appointmentId, tenantId, status: 'booked', point: { kind: this.kind.id } }, data: { confirmedAt: this.now() } });
    return count > 0;
  }

  async appointment(tenantId: string, appointmentId: number, language: string): Promise<AppointmentView | undefined> {
    const row = await this.db.appointment.findFirst({ where: { id: appointmentId, tenantId, point: { kind: this.kind.id } }, include: { service: { include: { texts: true } }, point: true } });
    return row ? appointmentView(row, language) : undefined;
  }

  /** Tries the places of a slot one by one; the unique (point, time, seat) key lets only one appointment have each. */
  private async takeSeat(pointId: string, startsAt: Date, places: number, appointmentId: number): Promise<boolean> {
    for (let seat = 1; seat <= places; seat += 1) {
      try {
        // A savepoint of its own: in a turn on PostgreSQL, a taken seat must not abort the turn's transaction.
        await this.db.$transaction([this.db.slotSeat.create({ data: { pointId, startsAt, seat, appointmentId } })]);
        return true;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return false;
  }
}

type AppointmentRow = {
  id: number;
  status: string;
  startsAt: Date;
  endsAt: Date;
  note: string | null;
  service: ServiceRow;
  point: HealthPointView & { translations: string };
};

export function appointmentView(row: AppointmentRow, language: string): AppointmentView {
  return {
    id: row.id,
    code: appointmentCode(row.id),
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    service: serviceView(row.service, language),
    point: pointView(row.point, language),
    ...(row.note ? { note: row.note } : {}),
  };
}
