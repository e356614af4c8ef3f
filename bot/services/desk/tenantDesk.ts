import type { Db } from '../../db/prismaClient';
import type {
  DeskContent,
  DeskStatus,
  HandoverDesk,
  OpenRequestInput,
  RequestStatus,
} from '../../../dialogs/person/handoverDesk';
import type { DeskCalendarService } from './deskCalendarService';
import type { DeskEvents } from './deskEvents';
import { OPEN_STATUSES, queueOrder } from './queueOrder';

const ESTIMATE_SAMPLE = 20;
const MINUTES_PER_PLACE = 5;
const MAX_ESTIMATE = 120;

export class RequestNotFoundError extends Error {
  override readonly name = 'RequestNotFoundError';
}

/** The tenant's side of the desk: opening a request, writing to it, leaving it and rating it. */
export class TenantDesk implements HandoverDesk {
  constructor(
    private readonly db: Db,
    private readonly calendar: DeskCalendarService,
    private readonly events: DeskEvents,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async openRequestOf(tenantId: string): Promise<DeskStatus | undefined> {
    const request = await this.db.personRequest.findFirst({ where: { tenantId, status: { in: [...OPEN_STATUSES] } }, orderBy: { id: 'desc' } });
    return request ? this.statusOf(request.id) : undefined;
  }

  async open(input: OpenRequestInput): Promise<DeskStatus> {
    const now = this.now();
    const visibleAt = await this.calendar.visibleAt(input.neighbourhoodId, now);
    const request = await this.db.$transaction(async (tx) => {
      const created = await tx.personRequest.create({
        data: {
          tenantId: input.tenantId,
          neighbourhoodId: input.neighbourhoodId,
          topic: input.topic,
          language: input.language,
          status: 'waiting',
          urgent: input.urgent ?? false,
          channel: input.address.channel,
          conversationId: input.address.conversationId,
          createdAt: now,
          visibleAt,
        },
      });
      if (input.first) await tx.requestMessage.create({ data: { requestId: created.id, author: 'tenant', createdAt: now, ...contentColumns(input.first) } });
      await tx.requestEvent.create({ data: { requestId: created.id, type: 'created', createdAt: now } });
      if (input.urgent) await tx.requestEvent.create({ data: { requestId: created.id, type: 'marked_urgent', detail: 'tenant', createdAt: now } });
      return created;
    });
    this.events.publish({ type: 'request.changed', requestId: request.id, neighbourhoodId: request.neighbourhoodId, change: 'created' });
    return this.statusOf(request.id);
  }

  async resume(requestId: number): Promise<DeskStatus> {
    const now = this.now();
    const request = await this.requestOf(requestId);
    if (request.status === 'bot') {
      const visibleAt = await this.calendar.visibleAt(request.neighbourhoodId, now);
      await this.db.$transaction([
        this.db.personRequest.updateMany({
          where: { id: requestId, status: 'bot' },
          data: { status: 'waiting', visibleAt, claimedAt: null, claimedById: null, announcedAt: null, overdueNotifiedAt: null },
        }),
        this.db.requestEvent.create({ data: { requestId, type: 'resumed', createdAt: now } }),
      ]);
      this.events.publish({ type: 'request.changed', requestId, neighbourhoodId: request.neighbourhoodId, change: 'resumed' });
    }
    return this.statusOf(requestId);
  }

  async addTenantMessage(requestId: number, content: DeskContent): Promise<void> {
    const request = await this.requestOf(requestId);
    const message = await this.db.requestMessage.create({ data: { requestId, author: 'tenant', createdAt: this.now(), ...contentColumns(content) } });
    this.events.publish({ type: 'message.added', requestId, neighbourhoodId: request.neighbourhoodId, messageId: message.id, author: 'tenant' });
  }

  async markUrgent(requestId: number): Promise<void> {
    const request = await this.requestOf(requestId);
    if (request.urgent) return;
    await this.db.$transaction([
      this.db.personRequest.update({ where: { id: requestId }, data: { urgent: true } }),
      this.db.requestEvent.create({ data: { requestId, type: 'marked_urgent', detail: 'tenant', createdAt: this.now() } }),
    ]);
    this.events.publish({ type: 'request.changed', requestId, neighbourhoodId: request.neighbourhoodId, change: 'urgency' });
  }

  async leave(requestId: number): Promise<'cancelled' | 'closed'> {
    const request = await this.requestOf(requestId);
    const ending = request.status === 'claimed' ? 'closed' : 'cancelled';
    const now = this.now();
    await this.db.$transaction([
      this.db.personRequest.update({
        where: { id: requestId },
        data: { status: ending, closedAt: now, outcome: ending === 'closed' ? 'ended_by_tenant' : null },
      }),
      this.db.requestEvent.create({ data: { requestId, type: ending === 'closed' ? 'closed' : 'cancelled', detail: 'tenant', createdAt: now } }),
    ]);
    this.events.publish({ type: 'request.changed', requestId, neighbourhoodId: request.neighbourhoodId, change: ending });
    return ending;
  }

  async rateLatest(tenantId: string, rating: number, comment: string | undefined): Promise<boolean> {
    const request = await this.db.personRequest.findFirst({ where: { tenantId, status: 'closed', rating: null }, orderBy: { closedAt: 'desc' } });
    if (!request) return false;
    const now = this.now();
    await this.db.$transaction([
      this.db.personRequest.update({ where: { id: request.id }, data: { rating, ratingComment: comment?.trim() || null } }),
      this.db.requestEvent.create({ data: { requestId: request.id, type: 'rated', detail: String(rating), createdAt: now } }),
    ]);
    this.events.publish({ type: 'request.changed', requestId: request.id, neighbourhoodId: request.neighbourhoodId, change: 'rated' });
    return true;
  }

  private async statusOf(requestId: number): Promise<DeskStatus> {
    const request = await this.db.personRequest.findUniqueOrThrow({ where: { id: requestId } });
    const now = this.now();
    const status: DeskStatus = {
      requestId,
      status: request.status as RequestStatus,
      neighbourhoodId: request.neighbourhoodId,
      position: 0,
      expectedMinutes: 0,
    };
    if (request.visibleAt.getTime() > now.getTime()) status.opensAt = request.visibleAt;
    if (request.claimedById) {
      const staff = await this.db.staffAccount.findUnique({ where: { id: request.claimedById } });
      status.staffName = staff?.name;
    }
    if (request.status === 'waiting') {
      const waiting = await this.db.personRequest.findMany({
        where: { neighbourhoodId: request.neighbourhoodId, status: 'waiting' },
        select: { id: true, urgent: true, visibleAt: true },
      });
      status.position = waiting.sort(queueOrder).findIndex((other) => other.id === requestId) + 1;
      status.expectedMinutes = Math.min(MAX_ESTIMATE, (await this.typicalWaitMinutes(request.neighbourhoodId)) + (status.position - 1) * MINUTES_PER_PLACE);
    }
    return status;
  }

  /** The average wait of the neighbourhood's last claimed requests, or its claim limit when there are none yet. */
  private async typicalWaitMinutes(neighbourhoodId: string): Promise<number> {
    const recent = await this.db.personRequest.findMany({
      where: { neighbourhoodId, claimedAt: { not: null } },
      orderBy: { claimedAt: 'desc' },
      take: ESTIMATE_SAMPLE,
      select: { visibleAt: true, claimedAt: true },
    });
    if (recent.length === 0) {
      const neighbourhood = await this.db.neighbourhood.findUniqueOrThrow({ where: { id: neighbourhoodId } });
      return neighbourhood.claimLimitMinutes;
    }
    const total = recent.reduce((sum, request) => sum + (request.claimedAt!.getTime() - request.visibleAt.getTime()), 0);
    return Math.max(MINUTES_PER_PLACE, Math.round(total / recent.length / 60_000));
  }

  private async requestOf(requestId: number) {
    const request = await this.db.personRequest.findUnique({ where: { id: requestId } });
    if (!request) throw new RequestNotFoundError(`request ${requestId} does not exist`);
    return request;
  }
}

function contentColumns(content: DeskContent) {
  return {
    kind: content.kind,
    text: content.text ?? null,
    fileUrl: content.fileUrl ?? null,
    fileName: content.fileName ?? null,
    mimeType: content.mimeType ?? null,
    latitude: content.latitude ?? null,
    longitude: content.longitude ?? null,
  };
}
