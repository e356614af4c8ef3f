import type { Db } from '../../db/prismaClient';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { can, requireNeighbourhood, requirePermission, type StaffIdentity } from '../staff/permissions';
import type { DeskCalendarService } from './deskCalendarService';
import type { DeskEvents, RequestChange } from './deskEvents';
import type { TenantNotifier } from './tenantNotifier';

export const CLOSE_OUTCOMES = ['resolved', 'referred', 'report_opened', 'appointment_booked', 'no_answer', 'other'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

const LABEL = /^[\p{L}\p{N} _-]{1,32}$/u;
const MAX_LABELS = 10;

/** What staff do with a request: claim, transfer, label, hand back to the bot, close. */
export class StaffDesk {
  constructor(
    private readonly db: Db,
    private readonly calendar: DeskCalendarService,
    private readonly events: DeskEvents,
    private readonly notifier: TenantNotifier,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Atomic: of two managers claiming at once, one gets it and the other a ConflictError naming who has it. */
  async claim(actor: StaffIdentity, requestId: number): Promise<void> {
    const request = await this.visibleRequest(actor, requestId);
    requirePermission(can.handleChats(actor), 'handle chats');
    const now = this.now();
    const won = await this.db.personRequest.updateMany({
      where: { id: requestId, status: 'waiting' },
      data: { status: 'claimed', claimedById: actor.id, claimedAt: now },
    });
    if (won.count === 0) {
      const current = await this.db.personRequest.findUnique({ where: { id: requestId } });
      const holder = current?.claimedById ? await this.db.staffAccount.findUnique({ where: { id: current.claimedById } }) : null;
      throw new ConflictError(current?.status === 'claimed' ? 'already claimed' : `request is ${current?.status}`, {
        status: current?.status,
        claimedBy: holder?.name,
      });
    }
    await this.db.requestEvent.create({ data: { requestId, type: 'claimed', staffId: actor.id, createdAt: now } });
    this.publish(request, 'claimed', actor);
    await this.notifier.notify(request, { requestId, change: 'claimed', staffName: actor.name });
  }

  async transferToStaff(actor: StaffIdentity, requestId: number, staffId: string): Promise<void> {
    const request = await this.heldRequest(actor, requestId);
    const target = await this.db.staffAccount.findUnique({ where: { id: staffId }, include: { neighbourhoods: true } });
    const targetIdentity = target && {
      id: target.id,
      name: target.name,
      role: target.role as StaffIdentity['role'],
      neighbourhoodIds: target.neighbourhoods.map((link) => link.neighbourhoodId),
    };
    if (!target || !target.active || !targetIdentity || !can.handleChats(targetIdentity)) throw new ValidationError('this person cannot take chats');
    requireNeighbourhood(targetIdentity, request.neighbourhoodId);
    const now = this.now();
    await this.db.$transaction([
      this.db.personRequest.update({ where: { id: requestId }, data: { status: 'claimed', claimedById: target.id, claimedAt: request.claimedAt ?? now } }),
      this.db.requestEvent.create({ data: { requestId, type: 'transferred', staffId: actor.id, detail: JSON.stringify({ toStaff: target.id }), createdAt: now } }),
    ]);
    this.publish(request, 'transferred', actor);
    await this.notifier.notify(request, { requestId, change: 'claimed', staffName: target.name });
  }

  async transferToNeighbourhood(actor: StaffIdentity, requestId: number, neighbourhoodId: string): Promise<void> {
    const request = await this.heldRequest(actor, requestId);
    const neighbourhood = await this.db.neighbourhood.findUnique({ where: { id: neighbourhoodId } });
    if (!neighbourhood) throw new ValidationError('unknown neighbourhood');
    if (neighbourhoodId === request.neighbourhoodId) throw new ValidationError('the request is already in this neighbourhood');
    const now = this.now();
    const visibleAt = await this.calendar.visibleAt(neighbourhoodId, now);
    await this.db.$transaction([
      this.db.personRequest.update({
        where: { id: requestId },
        data: {
          neighbourhoodId,
          status: 'waiting',
          claimedById: null,
          claimedAt: null,
          visibleAt,
          announcedAt: null,
          overdueNotifiedAt: null,
        },
      }),
      this.db.requestEvent.create({
        data: { requestId, type: 'transferred', staffId: actor.id, detail: JSON.stringify({ from: request.neighbourhoodId, to: neighbourhoodId }), createdAt: now },
      }),
    ]);
    this.publish(request, 'transferred', actor);
    this.events.publish({ type: 'request.changed', requestId, neighbourhoodId, change: 'transferred', staffId: actor.id });
    await this.notifier.notify(request, { requestId, change: 'transferred', neighbourhoodId });
  }

  async setLabels(actor: StaffIdentity, requestId: number, labels: string[]): Promise<void> {
    const request = await this.actionableRequest(actor, requestId);
    const clean = [...new Set(labels.map((label) => label.trim()).filter((label) => label !== ''))];
    if (clean.length > MAX_LABELS || clean.some((label) => !LABEL.test(label))) {
      throw new ValidationError(`up to ${MAX_LABELS} labels of 1 to 32 letters, digits, spaces, - or _`);
    }
    await this.db.$transaction([
      this.db.requestLabel.deleteMany({ where: { requestId } }),
      this.db.requestLabel.createMany({ data: clean.map((label) => ({ requestId, label })) }),
      this.db.requestEvent.create({ data: { requestId, type: 'labelled', staffId: actor.id, detail: JSON.stringify(clean), createdAt: this.now() } }),
    ]);
    this.publish(request, 'labelled', actor);
  }

  async setUrgent(actor: StaffIdentity, requestId: number, urgent: boolean): Promise<void> {
    const request = await this.actionableRequest(actor, requestId);
    await this.db.$transaction([
      this.db.personRequest.update({ where: { id: requestId }, data: { urgent } }),
      this.db.requestEvent.create({ data: { requestId, type: urgent ? 'marked_urgent' : 'unmarked_urgent', staffId: actor.id, createdAt: this.now() } }),
    ]);
    this.publish(request, 'urgency', actor);
  }

  async setOver65(actor: StaffIdentity, requestId: number, over65: boolean | null): Promise<void> {
    const request = await this.actionableRequest(actor, requestId);
    await this.db.tenant.update({ where: { id: request.tenantId }, data: { over65 } });
    this.publish(request, 'tenant', actor);
  }

  /** The tenant goes back to the bot's menus; the request stays open and returns to the queue if they ask again. */
  async handBack(actor: StaffIdentity, requestId: number): Promise<void> {
    const request = await this.heldRequest(actor, requestId);
    if (request.status !== 'claimed') throw new ConflictError(`request is ${request.status}`);
    await this.db.$transaction([
      this.db.personRequest.update({ where: { id: requestId }, data: { status: 'bot' } }),
      this.db.requestEvent.create({ data: { requestId, type: 'handed_back', staffId: actor.id, createdAt: this.now() } }),
    ]);
    this.publish(request, 'handedBack', actor);
    await this.notifier.notify(request, { requestId, change: 'handedBack' });
  }

  async close(actor: StaffIdentity, requestId: number, outcome: CloseOutcome, note: string | undefined): Promise<void> {
    const request = await this.heldRequest(actor, requestId);
    const now = this.now();
    await this.db.$transaction([
      this.db.personRequest.update({ where: { id: requestId }, data: { status: 'closed', closedAt: now, outcome } }),
      this.db.requestEvent.create({
        data: { requestId, type: 'closed', staffId: actor.id, detail: JSON.stringify({ outcome, note: note?.trim() || undefined }), createdAt: now },
      }),
    ]);
    this.publish(request, 'closed', actor);
    await this.notifier.notify(request, { requestId, change: 'closed' });
  }

  /** A request the actor may see. */
  async visibleRequest(actor: StaffIdentity, requestId: number) {
    const request = await this.db.personRequest.findUnique({ where: { id: requestId }, include: { tenant: true } });
    if (!request) throw new NotFoundError(`request ${requestId} does not exist`);
    requireNeighbourhood(actor, request.neighbourhoodId);
    return request;
  }

  /** A request the actor sees and may act on (admins and the other roles that do not handle chats only view). */
  private async actionableRequest(actor: StaffIdentity, requestId: number) {
    const request = await this.visibleRequest(actor, requestId);
    requirePermission(can.handleChats(actor), 'act on requests');
    return request;
  }

  /** An open request the actor holds (coordinators may act on any they see). */
  async heldRequest(actor: StaffIdentity, requestId: number) {
    const request = await this.visibleRequest(actor, requestId);
    requirePermission(can.handleChats(actor), 'handle chats');
    if (request.status === 'closed' || request.status === 'cancelled') throw new ConflictError(`request is ${request.status}`, { status: request.status });
    if (request.status === 'claimed' && request.claimedById !== actor.id && actor.role !== 'coordinator') {
      throw new ConflictError('another manager has this chat', { status: request.status });
    }
    return request;
  }

  private publish(request: { id: number; neighbourhoodId: string }, change: RequestChange, actor: StaffIdentity): void {
    this.events.publish({ type: 'request.changed', requestId: request.id, neighbourhoodId: request.neighbourhoodId, change, staffId: actor.id });
  }
}
