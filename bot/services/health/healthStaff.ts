import { z } from 'zod';
import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import { SUPPORTED_LANGUAGES } from '../../i18n/languages';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { fromLocal, nextDate, toLocal } from '../desk/zonedTime';
import { can, neighbourhoodScope, requireNeighbourhood, requirePermission, type StaffIdentity } from '../staff/permissions';
import { parseOrThrow } from '../validation';
import { appointmentCode, HEALTH_EVENT, type HealthEventValue } from '../../../dialogs/health/healthDesk';
import { HealthSchedule } from './healthSchedule';
import { HEALTH_POINTS, type PointKind } from './pointKinds';
import { plannedSlot } from './slotPlan';
import { PRIVACY_CANCELLATIONS } from '../privacy/tenantErasure';
import { readTranslations, translationsSchema, writeTranslations } from '../../i18n/translatedFields';

const POINT_TEXTS = ['name', 'address'] as const;
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:30');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-12-24');
const serviceId = z.string().regex(/^[a-z-]{1,40}$/);

const pointInput = z.object({
  name: z.string().trim().min(2).max(120),
  address: z.string().trim().min(2).max(200),
  phone: z.string().trim().regex(/^\+?[0-9][0-9 ./-]{3,19}$/, 'a phone number'),
  /** The name and address in the other languages; left out, the stored ones are kept. */
  translations: translationsSchema(POINT_TEXTS).optional(),
  services: z.array(serviceId).max(30),
  sessions: z
    .array(
      z
        .object({ weekday: z.number().int().min(1).max(7), startsAt: time, endsAt: time, slotMinutes: z.number().int().min(5).max(240), places: z.number().int().min(1).max(50), services: z.array(serviceId).min(1) })
        .refine((session) => session.startsAt < session.endsAt, 'a session must end after it starts'),
    )
    .max(50),
  closures: z
    .array(z.object({ date: day, reason: z.string().trim().min(1).max(120) }))
    .max(400)
    .refine((closures) => new Set(closures.map((closure) => closure.date)).size === closures.length, 'a day can be closed only once'),
})
  .refine((point) => point.sessions.every((session) => session.services.every((id) => point.services.includes(id))), 'a session can only offer services the health point offers')
  .refine((point) => !point.sessions.some((session, index) => point.sessions.some((other, otherIndex) => otherIndex !== index && other.weekday === session.weekday && other.startsAt < session.endsAt && session.startsAt < other.endsAt)), 'two sessions of one day overlap');

const serviceInput = z.object({
  durationMinutes: z.number().int().min(5).max(240),
  active: z.boolean(),
  texts: z.object(Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, z.object({ name: z.string().trim().min(1).max(80), bring: z.string().trim().min(1).max(300) })]))),
});

const MARKS = ['attended', 'noshow', 'booked'] as const;

/**
 * The health points' side: the schedule (sessions, closures, services), the day's agenda with attendance,
 * cancelling with notice, and monthly figures. A schedule change never cancels bookings by itself: the
 * appointments it leaves outside the schedule are listed, and staff decide.
 */
export class HealthStaff {
  private readonly schedule: HealthSchedule;

  constructor(
    private readonly db: Db,
    private readonly gateway: ConversationGateway,
    private readonly log: Logger,
    private readonly now: () => Date,
    /** The same staff side serves the C.A.S.A. centre desks, for the community managers. */
    private readonly kind: PointKind = HEALTH_POINTS,
  ) {
    this.schedule = new HealthSchedule(db, now);
  }

  async points(staff: StaffIdentity) {
    this.requireRun(staff);
    const scope = neighbourhoodScope(staff);
    return this.db.healthPoint.findMany({
      where: { kind: this.kind.id, ...(scope ? { neighbourhoodId: { in: scope } } : {}) },
      orderBy: { name: 'asc' },
      include: { services: true, sessions: { include: { services: true }, orderBy: [{ weekday: 'asc' }, { startsAt: 'asc' }] }, closures: { orderBy: { date: 'asc' } } },
    }).then((rows) =>
      rows.map((point) => ({
        ...point,
        translations: readTranslations(point.translations),
        services: point.services.map((link) => link.serviceId),
        sessions: point.sessions.map(({ services, ...session }) => ({ ...session, services: services.map((link) => link.serviceId) })),
      })),
    );
  }

  async savePoint(staff: StaffIdentity, pointId: string, input: unknown) {
    this.requireRun(staff);
    const point = await this.point(staff, pointId);
    const data = parseOrThrow(pointInput, input);
    const known = new Set((await this.db.healthService.findMany({ where: { kind: this.kind.id }, select: { id: true } })).map((row) => row.id));
    const unknown = [...data.services, ...data.sessions.flatMap((session) => session.services)].find((id) => !known.has(id));
    if (unknown) throw new ValidationError(`unknown service ${unknown}`);
    await this.db.$transaction([
      this.db.healthPoint.update({ where: { id: point.id }, data: { name: data.name, address: data.address, phone: data.phone, ...(data.translations ? { translations: writeTranslations(data.translations) } : {}) } }),
      this.db.healthPointService.deleteMany({ where: { pointId } }),
      this.db.healthPointService.createMany({ data: data.services.map((id) => ({ pointId, serviceId: id })) }),
      this.db.healthSession.deleteMany({ where: { pointId } }),
      ...data.sessions.map(({ services, ...session }) => this.db.healthSession.create({ data: { ...session, pointId, services: { create: services.map((id) => ({ serviceId: id })) } } })),
      this.db.healthClosure.deleteMany({ where: { pointId } }),
      this.db.healthClosure.createMany({ data: data.closures.map((closure) => ({ ...closure, pointId })) }),
    ]);
    return { affected: await this.affected(staff, pointId) };
  }

  /** Coming bookings the current schedule no longer has a place for (a closed day, a removed session). */
  async affected(staff: StaffIdentity, pointId: string) {
    await this.point(staff, pointId);
    const { sessions, closed } = await this.schedule.plan(pointId);
    const booked = await this.db.appointment.findMany({ where: { pointId, status: 'booked', startsAt: { gt: this.now() } }, include: { tenant: { select: { name: true } } }, orderBy: { startsAt: 'asc' } });
    return booked.filter((appointment) => !plannedSlot(sessions, closed, appointment.startsAt, appointment.serviceId)).map((appointment) => this.row(appointment));
  }

  async services() {
    const rows = await this.db.healthService.findMany({ where: { kind: this.kind.id }, include: { texts: true }, orderBy: { sortOrder: 'asc' } });
    return rows.map((row) => ({ id: row.id, durationMinutes: row.durationMinutes, active: row.active, texts: Object.fromEntries(row.texts.map((text) => [text.language, { name: text.name, bring: text.bring }])) }));
  }

  async saveService(staff: StaffIdentity, id: string, input: unknown): Promise<void> {
    requirePermission(can.editContent(staff), 'health services');
    const data = parseOrThrow(serviceInput, input);
    const texts = Object.entries(data.texts as Record<string, { name: string; bring: string }>);
    const existing = await this.db.healthService.findUnique({ where: { id: parseOrThrow(serviceId, id) } });
    if (existing && existing.kind !== this.kind.id) throw new NotFoundError(`no service ${id}`);
    await this.db.$transaction([
      this.db.healthService.upsert({ where: { id }, create: { id, kind: this.kind.id, durationMinutes: data.durationMinutes, active: data.active, sortOrder: 100 }, update: { durationMinutes: data.durationMinutes, active: data.active } }),
      ...texts.map(([language, text]) => this.db.healthServiceText.upsert({ where: { serviceId_language: { serviceId: id, language } }, create: { serviceId: id, language, ...text }, update: text })),
    ]);
  }

  /** The day's appointments at a health point (Milan date), with who is coming and what for. */
  async agenda(staff: StaffIdentity, pointId: string, date: string) {
    await this.point(staff, pointId);
    parseOrThrow(day, date);
    const rows = await this.db.appointment.findMany({
      // Bookings the tenant's erasure or withdrawn consent cancelled stay in the agenda, so the nurses see the place is free.
      where: {
        pointId,
        startsAt: { gte: fromLocal(date, 0), lt: fromLocal(nextDate(date), 0) },
        OR: [{ status: { in: ['booked', 'attended', 'noshow'] } }, { status: 'cancelled', cancelledBy: { in: [...PRIVACY_CANCELLATIONS] } }],
      },
      include: { tenant: { select: { name: true } } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => this.row(row));
  }

  async mark(staff: StaffIdentity, appointmentId: number, status: unknown): Promise<void> {
    const mark = parseOrThrow(z.enum(MARKS), status);
    const appointment = await this.appointment(staff, appointmentId);
    if (!['booked', 'attended', 'noshow'].includes(appointment.status)) throw new ValidationError(`a ${appointment.status} appointment cannot be marked`);
    await this.db.appointment.update({ where: { id: appointmentId }, data: { status: mark } });
  }

  /** Cancels a booking for the health point (closure, illness) and, if asked, tells the tenant in their language. */
  async cancel(staff: StaffIdentity, appointmentId: number, notify: boolean): Promise<void> {
    const appointment = await this.appointment(staff, appointmentId);
    const [cancelled] = await this.db.$transaction([
      this.db.appointment.updateMany({ where: { id: appointmentId, status: 'booked' }, data: { status: 'cancelled', cancelledBy: 'staff', cancelledAt: this.now() } }),
      this.db.slotSeat.deleteMany({ where: { appointmentId, appointment: { status: 'cancelled' } } }),
    ]);
    if (cancelled!.count === 0) throw new ConflictError(`appointment ${appointmentId} is no longer booked`, { status: appointment.status });
    if (!notify || !appointment.tenantId) return;
    const tenant = await this.db.tenant.findUniqueOrThrow({ where: { id: appointment.tenantId } });
    const value: HealthEventValue = { appointmentId, change: 'cancelledByStaff' };
    await this.gateway
      .runEvent({ channel: appointment.channel, conversationId: appointment.conversationId, userId: tenant.channelUserId }, HEALTH_EVENT, value)
      .catch((error: Error) => this.log.warn({ appointmentId, err: error.message }, 'could not tell the tenant about a cancelled appointment'));
  }

  /** Per health point and service, for a month ("YYYY-MM"): bookings, attended, no-shows, cancelled. */
  async figures(staff: StaffIdentity, month: string) {
    this.requireRun(staff);
    const [year, number] = parseOrThrow(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2026-11'), month).split('-').map(Number) as [number, number];
    const next = number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
    const scope = neighbourhoodScope(staff);
    const groups = await this.db.appointment.groupBy({
      by: ['pointId', 'serviceId', 'status'],
      where: { startsAt: { gte: fromLocal(`${month}-01`, 0), lt: fromLocal(next, 0) }, status: { not: 'held' }, point: { kind: this.kind.id, ...(scope ? { neighbourhoodId: { in: scope } } : {}) } },
      _count: { _all: true },
    });
    const rows = new Map<string, { pointId: string; serviceId: string; booked: number; attended: number; noshow: number; cancelled: number }>();
    for (const group of groups) {
      const key = `${group.pointId}/${group.serviceId}`;
      const row = rows.get(key) ?? { pointId: group.pointId, serviceId: group.serviceId, booked: 0, attended: 0, noshow: 0, cancelled: 0 };
      const count = group._count._all;
      if (group.status === 'cancelled') row.cancelled += count;
      else {
        row.booked += count;
        if (group.status === 'attended') row.attended += count;
        if (group.status === 'noshow') row.noshow += count;
      }
      rows.set(key, row);
    }
    return [...rows.values()].sort((a, b) => a.pointId.localeCompare(b.pointId) || a.serviceId.localeCompare(b.serviceId));
  }

  private requireRun(staff: StaffIdentity): void {
    requirePermission(this.kind.mayRun(staff), this.kind.what);
  }

  private async point(staff: StaffIdentity, pointId: string) {
    this.requireRun(staff);
    const point = await this.db.healthPoint.findUnique({ where: { id: pointId } });
    // A point of the other kind is not there for this side: nurses see no centre desk, managers no health point.
    if (!point || point.kind !== this.kind.id) throw new NotFoundError(`no ${this.kind.what} ${pointId}`);
    requireNeighbourhood(staff, point.neighbourhoodId);
    return point;
  }

  private async appointment(staff: StaffIdentity, appointmentId: number) {
    const appointment = await this.db.appointment.findUnique({ where: { id: appointmentId } });
    if (!appointment) throw new NotFoundError(`no appointment ${appointmentId}`);
    await this.point(staff, appointment.pointId);
    return appointment;
  }

  private row(appointment: { id: number; startsAt: Date; endsAt: Date; serviceId: string; status: string; note: string | null; language: string; confirmedAt: Date | null; tenant: { name: string | null } | null }) {
    const local = toLocal(appointment.startsAt);
    return {
      id: appointment.id,
      code: appointmentCode(appointment.id),
      date: local.date,
      time: `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      serviceId: appointment.serviceId,
      status: appointment.status,
      note: appointment.note,
      language: appointment.language,
      confirmed: appointment.confirmedAt !== null,
      tenantName: appointment.tenant?.name ?? null,
    };
  }
}
