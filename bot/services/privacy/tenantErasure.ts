import type { Db } from '../../db/prismaClient';
import type { DeskEvents } from '../desk/deskEvents';
import { OPEN_STATUSES } from '../desk/queueOrder';
import type { AuditLog } from '../staff/auditLog';
import { isTrialChannel } from '../trialRecords';

/** Who asked for an erasure: the tenant in the chat, a coordinator for a tenant who asked in person, or the retention job. */
export type ErasureReason = 'tenant' | 'staff' | 'retention';

/** The `cancelledBy` of appointments cancelled because the tenant erased their data or withdrew consent (shown in the agenda). */
export const PRIVACY_CANCELLATIONS = ['erasure', 'consent'] as const;

export interface ErasureCounts {
  appointmentsCancelled: number;
  requestsClosed: number;
  reports: number;
}

/** The channel of a tenant row whose person is gone: the row only keeps their requests' facts for the figures. */
export const ERASED_CHANNEL = 'erased';

/**
 * Erases a tenant and withdraws health consent, for the chat, the console and the retention job alike. Runs in the
 * caller's unit of work; what must be told (the desk, the nurses' agenda) is told through the database and the
 * desk's events, which wait for the commit.
 */
export class TenantErasure {
  constructor(
    private readonly db: Db,
    private readonly events: DeskEvents,
    private readonly audit: AuditLog,
    private readonly now: () => Date,
    /** Runs once the erasure is committed: SQLite's log is checkpointed, so no old page keeps what was erased. */
    private readonly afterErase: () => void = () => undefined,
  ) {}

  /**
   * The tenant's personal data goes: profile, transcript, their words, photos and voice notes in reports (the
   * reports stay as facts about the building), requests' messages (open requests are closed with a note), and
   * appointments (future ones cancelled, all kept only as anonymous counts). Undefined when already erased.
   */
  async erase(tenantId: string, reason: ErasureReason, by?: { actorId: string; note: string }): Promise<ErasureCounts | undefined> {
    const tenant = await this.db.tenant.findUnique({ where: { id: tenantId } });
    if (!tenant || tenant.erasedAt) return undefined;
    const now = this.now();
    const appointmentsCancelled = await this.anonymiseAppointments(tenantId, 'erasure');
    const reports = await this.forgetReports(tenantId);
    const requestsClosed = await this.forgetRequests(tenantId, reason, now);
    await this.db.transcriptEntry.deleteMany({ where: { tenantId } });
    await this.db.tenant.update({
      where: { id: tenantId },
      data: {
        // A sandbox trial's shell stays a trial, so the trials' daily sweep still removes what it made.
        channel: isTrialChannel(tenant.channel) ? tenant.channel : ERASED_CHANNEL,
        channelUserId: tenantId,
        name: null,
        locale: null,
        neighbourhoodId: null,
        over65: null,
        buildingId: null,
        staircase: null,
        floor: null,
        flat: null,
        healthConsentAt: null,
        privacyCode: null,
        privacyCodeUntil: null,
        erasedAt: now,
      },
    });
    // The shell's id is no one's: the log says an erasure happened, never whose chat it was.
    await this.audit.record({ organisationId: null, actorId: by?.actorId ?? null, action: 'tenant.erased', subjectId: tenantId, detail: by ? `${reason}: ${by.note}` : reason });
    this.afterErase();
    return { appointmentsCancelled, requestsClosed, reports };
  }

  /** Future appointments cancelled, health notes erased, past ones kept only as anonymous counts; returns how many were cancelled. */
  async withdrawHealthConsent(tenantId: string): Promise<number> {
    const cancelled = await this.anonymiseAppointments(tenantId, 'consent');
    await this.db.tenant.update({ where: { id: tenantId }, data: { healthConsentAt: null } });
    this.afterErase();
    return cancelled;
  }

  private async anonymiseAppointments(tenantId: string, cancelledBy: (typeof PRIVACY_CANCELLATIONS)[number]): Promise<number> {
    const now = this.now();
    const coming = await this.db.appointment.findMany({ where: { tenantId, OR: [{ status: 'held' }, { status: 'booked', startsAt: { gt: now } }] }, select: { id: true, status: true } });
    const ids = coming.map((appointment) => appointment.id);
    await this.db.slotSeat.deleteMany({ where: { appointmentId: { in: ids } } });
    await this.db.appointment.updateMany({ where: { id: { in: ids } }, data: { status: 'cancelled', cancelledBy, cancelledAt: now, holdExpiresAt: null } });
    // What stays is a count for the health point: a service, a time, a status, no one.
    await this.db.appointment.updateMany({ where: { tenantId }, data: { tenantId: null, note: null, channel: '', conversationId: '', language: '' } });
    return coming.filter((appointment) => appointment.status === 'booked').length;
  }

  /** The tenant leaves their reports: what they wrote, their flat and their files go; the fault stays. */
  private async forgetReports(tenantId: string): Promise<number> {
    const joined = await this.db.reportReporter.findMany({ where: { tenantId }, select: { reportId: true, createdAt: true } });
    for (const { reportId, createdAt } of joined) {
      const earlier = await this.db.reportReporter.count({ where: { reportId, createdAt: { lt: createdAt } } });
      // The first reporter's words are the report's description, answers and flat.
      if (earlier === 0) await this.db.maintenanceReport.update({ where: { id: reportId }, data: { description: '', details: '{}', access: null, flat: null } });
    }
    await this.db.reportFile.deleteMany({ where: { tenantId } });
    await this.db.reportReporter.deleteMany({ where: { tenantId } });
    return joined.length;
  }

  /** Open requests are closed with a note; every request loses its messages, comment and chat address. */
  private async forgetRequests(tenantId: string, reason: ErasureReason, now: Date): Promise<number> {
    const open = await this.db.personRequest.findMany({ where: { tenantId, status: { in: [...OPEN_STATUSES] } }, select: { id: true, neighbourhoodId: true } });
    for (const request of open) {
      await this.db.personRequest.update({ where: { id: request.id }, data: { status: 'closed', closedAt: now, outcome: 'other' } });
      await this.db.requestEvent.create({ data: { requestId: request.id, type: 'closed', detail: JSON.stringify({ outcome: 'other', note: `personal data erased (${reason})` }), createdAt: now } });
      this.events.publish({ type: 'request.changed', requestId: request.id, neighbourhoodId: request.neighbourhoodId, change: 'closed' });
    }
    await this.db.requestMessage.deleteMany({ where: { request: { tenantId } } });
    await this.db.personRequest.updateMany({ where: { tenantId }, data: { ratingComment: null, conversationId: '' } });
    return open.length;
  }
}
