import { isTrialChannel } from '../trialRecords';
import type { Db } from '../../db/prismaClient';
import { neighbourhoodScope, requireNeighbourhood, type StaffIdentity } from '../staff/permissions';
import { NotFoundError } from '../errors';
import { queueOrder } from './queueOrder';

const PREVIEW = 120;

type RequestRow = Awaited<ReturnType<DeskQueries['rows']>>[number];

/** What the console reads: the queue and one request with everything around it. */
export class DeskQueries {
  constructor(
    private readonly db: Db,
    private readonly languageName: (code: string) => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async queue(actor: StaffIdentity) {
    const now = this.now();
    const rows = await this.rows(actor, { status: { in: ['waiting', 'claimed', 'bot'] } });
    const names = await this.staffNames();
    const summaries = rows.sort(queueOrder).map((row) => this.summary(row, now, names));
    return {
      waiting: summaries.filter((request) => request.status === 'waiting' && new Date(request.visibleAt) <= now),
      upcoming: summaries.filter((request) => request.status === 'waiting' && new Date(request.visibleAt) > now),
      active: summaries.filter((request) => request.status !== 'waiting'),
    };
  }

  async request(actor: StaffIdentity, requestId: number) {
    const [row] = await this.rows(actor, { id: requestId }, 1);
    if (!row) {
      const exists = await this.db.personRequest.findUnique({ where: { id: requestId } });
      if (exists) requireNeighbourhood(actor, exists.neighbourhoodId);
      throw new NotFoundError(`request ${requestId} does not exist`);
    }
    const [messages, events, transcript, staff] = await Promise.all([
      this.db.requestMessage.findMany({ where: { requestId }, orderBy: { id: 'asc' } }),
      this.db.requestEvent.findMany({ where: { requestId }, orderBy: { id: 'asc' } }),
      this.db.transcriptEntry.findMany({ where: { tenantId: row.tenantId, createdAt: { lte: row.createdAt } }, orderBy: { id: 'desc' }, take: 60 }),
      this.staffNames(),
    ]);
    const nameOf = (id: string | null) => (id ? (staff.get(id) ?? null) : null);
    return {
      request: { ...this.summary(row, this.now(), staff), outcome: row.outcome, rating: row.rating, ratingComment: row.ratingComment, closedAt: row.closedAt },
      messages: messages.map((message) => ({
        id: message.id,
        author: message.author,
        staffName: nameOf(message.staffId),
        kind: message.kind,
        text: message.text,
        fileUrl: message.fileUrl ? `/console/api/requests/${requestId}/files/${message.id}` : null,
        fileName: message.fileName,
        mimeType: message.mimeType,
        latitude: message.latitude,
        longitude: message.longitude,
        delivery: message.delivery,
        deliveryError: message.deliveryError,
        via: message.via,
        createdAt: message.createdAt,
      })),
      transcript: transcript.reverse().map((entry) => ({ direction: entry.direction, text: entry.text, createdAt: entry.createdAt })),
      events: events.map((event) => ({ type: event.type, staffName: nameOf(event.staffId), detail: event.detail, createdAt: event.createdAt })),
      tenantId: row.tenantId,
    };
  }

  /** A file the tenant sent, for the console to show (the channel fetches it). */
  async fileOf(actor: StaffIdentity, requestId: number, messageId: number) {
    const message = await this.db.requestMessage.findFirst({ where: { id: messageId, requestId }, include: { request: true } });
    if (!message?.fileUrl) throw new NotFoundError('no such file');
    requireNeighbourhood(actor, message.request.neighbourhoodId);
    return { fileUrl: message.fileUrl, mimeType: message.mimeType ?? 'application/octet-stream', fileName: message.fileName ?? 'file' };
  }

  private async rows(actor: StaffIdentity, where: object, take = 500) {
    const scope = neighbourhoodScope(actor);
    return this.db.personRequest.findMany({
      where: { ...where, ...(scope ? { neighbourhoodId: { in: scope } } : {}) },
      include: {
        neighbourhood: true,
        tenant: true,
        labels: true,
        messages: { where: { author: 'tenant' }, orderBy: { id: 'asc' }, take: 1 },
      },
      take,
    });
  }

  private async staffNames(): Promise<Map<string, string>> {
    const staff = await this.db.staffAccount.findMany({ select: { id: true, name: true } });
    return new Map(staff.map((person) => [person.id, person.name]));
  }

  private summary(row: RequestRow, now: Date, staffNames: Map<string, string>) {
    const waitingSeconds = row.status === 'waiting' ? Math.max(0, Math.round((now.getTime() - row.visibleAt.getTime()) / 1000)) : 0;
    return {
      id: row.id,
      neighbourhoodId: row.neighbourhoodId,
      neighbourhoodName: row.neighbourhood.name,
      topic: row.topic,
      language: row.language,
      languageName: this.languageName(row.language),
      status: row.status,
      urgent: row.urgent,
      over65: row.tenant.over65,
      tenantName: row.tenant.name ?? '',
      /** Made in the sandbox: shown "prova", counted in no figure, removed after a day. */
      trial: isTrialChannel(row.channel),
      createdAt: row.createdAt,
      visibleAt: row.visibleAt,
      waitingSeconds,
      overdue: row.status === 'waiting' && waitingSeconds > row.neighbourhood.claimLimitMinutes * 60,
      claimedBy: row.claimedById ? { id: row.claimedById, name: staffNames.get(row.claimedById) ?? '' } : null,
      labels: row.labels.map((label) => label.label),
      preview: (row.messages[0]?.text ?? (row.messages[0] ? `[${row.messages[0].kind}]` : '')).slice(0, PREVIEW),
    };
  }
}
