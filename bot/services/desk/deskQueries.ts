import { isTrialChannel } from '../trialRecords';
import type { Db } from '../../db/prismaClient';
import { neighbourhoodScope, requireNeighbourhood, type StaffIdentity } from '../staff/permissions';
import { NotFoundError } from '../errors';
import { queueOrder } from './queueOrder';

const PREVIEW = 120;
/** How many closed requests a search reads, and how many it returns. */
const SEARCHED = 2000;
const FOUND = 100;

export interface ClosedSearch {
  q?: string;
  label?: string;
  /** Closed on or after this instant, and before `to`. */
  from?: Date;
  to?: Date;
}

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
    const [messages, events, transcript, staff, earlierRequests, notes] = await Promise.all([
      this.db.requestMessage.findMany({ where: { requestId }, orderBy: { id: 'asc' } }),
      this.db.requestEvent.findMany({ where: { requestId }, orderBy: { id: 'asc' } }),
      this.db.transcriptEntry.findMany({ where: { tenantId: row.tenantId, createdAt: { lte: row.createdAt } }, orderBy: { id: 'desc' }, take: 60 }),
      this.staffNames(),
      this.db.personRequest.count({ where: { tenantId: row.tenantId, createdAt: { lt: row.createdAt }, ...scoped(actor) } }),
      this.db.requestNote.findMany({ where: { requestId }, orderBy: { id: 'asc' } }),
    ]);
    const nameOf = (id: string | null) => (id ? (staff.get(id) ?? null) : null);
    return {
      request: { ...this.summary(row, this.now(), staff), tenantId: row.tenantId, earlierRequests, outcome: row.outcome, rating: row.rating, ratingComment: row.ratingComment, closedAt: row.closedAt },
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
      notes: notes.map((note) => ({ id: note.id, staffName: nameOf(note.staffId), text: note.text, createdAt: note.createdAt })),
      events: events.map((event) => ({ type: event.type, staffName: nameOf(event.staffId), detail: event.detail, createdAt: event.createdAt })),
      tenantId: row.tenantId,
    };
  }

  /**
   * Closed and cancelled requests, newest first, searched by tenant name, text (the tenant's and staff's
   * messages), label and closing date. The text is matched here rather than in SQL so that it ignores case on
   * PostgreSQL as on SQLite.
   */
  async closed(actor: StaffIdentity, search: ClosedSearch) {
    const rows = await this.db.personRequest.findMany({
      where: {
        status: { in: ['closed', 'cancelled'] },
        ...scoped(actor),
        ...(search.label ? { labels: { some: { label: search.label } } } : {}),
        ...(search.from || search.to ? { closedAt: { ...(search.from ? { gte: search.from } : {}), ...(search.to ? { lt: search.to } : {}) } } : {}),
      },
      include: { neighbourhood: true, tenant: true, labels: true, messages: { orderBy: { id: 'asc' } } },
      orderBy: { id: 'desc' },
      take: SEARCHED,
    });
    const words = (search.q ?? '').toLocaleLowerCase('it').split(/\s+/).filter(Boolean);
    const matches = rows.filter((row) => {
      const haystack = [`#${row.id}`, row.tenant.name ?? '', ...row.labels.map((label) => label.label), ...row.messages.map((message) => message.text ?? '')]
        .join('\n')
        .toLocaleLowerCase('it');
      return words.every((word) => haystack.includes(word));
    });
    const names = await this.staffNames();
    return matches.slice(0, FOUND).map((row) => {
      const first = row.messages.find((message) => message.author === 'tenant');
      return {
        ...this.summary({ ...row, messages: first ? [first] : [] }, this.now(), names),
        tenantId: row.tenantId,
        closedAt: row.closedAt,
        outcome: row.outcome,
        rating: row.rating,
      };
    });
  }

  /** A file the tenant sent, for the console to show (the channel fetches it). */
  async fileOf(actor: StaffIdentity, requestId: number, messageId: number) {
    const message = await this.db.requestMessage.findFirst({ where: { id: messageId, requestId }, include: { request: true } });
    if (!message?.fileUrl) throw new NotFoundError('no such file');
    requireNeighbourhood(actor, message.request.neighbourhoodId);
    return { fileUrl: message.fileUrl, mimeType: message.mimeType ?? 'application/octet-stream', fileName: message.fileName ?? 'file' };
  }

  private async rows(actor: StaffIdentity, where: object, take = 500) {
    return this.db.personRequest.findMany({
      where: { ...where, ...scoped(actor) },
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

/** The condition that keeps a query within the person's neighbourhoods. */
function scoped(actor: StaffIdentity) {
  const scope = neighbourhoodScope(actor);
  return scope ? { neighbourhoodId: { in: scope } } : {};
}
