import type { Db } from '../../db/prismaClient';
import { appointmentCode } from '../../../dialogs/health/healthDesk';
import { reportCode } from '../../../dialogs/maintenance/reportDesk';

/** A photo or voice note the tenant sent with a report, as it is kept. */
export interface TenantFile {
  name: string;
  mimeType: string;
  data: Buffer;
}

/** Everything the bot holds about one tenant (GDPR art. 15 and 20); nothing of the discreet path, which is tied to no one. */
export interface TenantRecord {
  exportedAt: string;
  profile: {
    name: string | null;
    language: string | null;
    neighbourhood: string | null;
    address: { building: string; staircase: string | null; floor: string | null; flat: string | null } | null;
    healthConsentGivenAt: string | null;
    firstSeenAt: string;
    lastSeenAt: string | null;
  };
  reports: {
    code: string;
    category: string;
    status: string;
    building: string;
    place: string;
    staircase: string | null;
    floor: string | null;
    flat: string | null;
    commonArea: string | null;
    /** What the tenant wrote: the report's description when they opened it, their own words when they joined it. */
    description: string | null;
    answers: Record<string, string>;
    access: string | null;
    fixAnswer: string | null;
    createdAt: string;
    history: { what: string; from: string | null; to: string | null; at: string }[];
    files: string[];
  }[];
  appointments: { code: string; service: string; place: string; startsAt: string; status: string; note: string | null }[];
  requests: {
    number: number;
    topic: string;
    status: string;
    createdAt: string;
    closedAt: string | null;
    rating: number | null;
    ratingComment: string | null;
    messages: { from: 'tenant' | 'staff'; kind: string; text: string | null; at: string }[];
  }[];
  transcript: { from: 'tenant' | 'bot'; text: string; at: string }[];
  notices: { language: string | null; reportUpdates: number; appointmentReminders: number };
  files: TenantFile[];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Reads a tenant's data for the summary and the export (in the caller's unit of work). */
export class TenantData {
  constructor(private readonly db: Db, private readonly now: () => Date) {}

  async counts(tenantId: string) {
    const now = this.now();
    const [tenant, reports, appointments, requests] = await Promise.all([
      this.db.tenant.findUniqueOrThrow({ where: { id: tenantId }, include: { building: true } }),
      this.db.reportReporter.count({ where: { tenantId } }),
      this.db.appointment.count({ where: { tenantId, status: 'booked', startsAt: { gt: now } } }),
      this.db.personRequest.count({ where: { tenantId } }),
    ]);
    return { tenant, reports, appointments, requests };
  }

  async record(tenantId: string, language: string): Promise<TenantRecord> {
    const tenant = await this.db.tenant.findUniqueOrThrow({ where: { id: tenantId }, include: { building: true } });
    const reporters = await this.db.reportReporter.findMany({
      where: { tenantId },
      orderBy: { createdAt: 'asc' },
      include: { report: { include: { building: true, events: { orderBy: { id: 'asc' } }, files: { where: { tenantId }, orderBy: { id: 'asc' } }, reporters: { orderBy: { createdAt: 'asc' }, take: 1 } } } },
    });
    const files: TenantFile[] = [];
    const reports = reporters.map(({ report, ...reporter }) => {
      const code = reportCode(report.id, report.createdAt);
      const opened = report.reporters[0]?.tenantId === tenantId;
      const names = report.files.map((file, index) => {
        const name = `${code}-${index + 1}.${file.kind === 'voice' ? 'ogg' : 'jpg'}`;
        files.push({ name, mimeType: file.mimeType, data: Buffer.from(file.data) });
        return name;
      });
      return {
        code,
        category: report.category,
        status: report.status,
        building: report.building.address,
        place: report.place,
        staircase: report.staircase,
        floor: report.floor,
        flat: opened ? report.flat : null,
        commonArea: report.commonArea,
        description: opened ? report.description : reporter.description,
        answers: opened ? (JSON.parse(report.details) as Record<string, string>) : {},
        access: opened ? report.access : null,
        fixAnswer: reporter.fixAnswer,
        createdAt: report.createdAt.toISOString(),
        history: report.events.map((event) => ({ what: event.type, from: event.fromStatus, to: event.toStatus, at: event.createdAt.toISOString() })),
        files: names,
      };
    });
    const appointments = await this.db.appointment.findMany({
      where: { tenantId, status: { not: 'held' } },
      orderBy: { startsAt: 'asc' },
      include: { point: true, service: { include: { texts: { where: { language } } } } },
    });
    const requests = await this.db.personRequest.findMany({ where: { tenantId }, orderBy: { id: 'asc' }, include: { messages: { orderBy: { id: 'asc' } } } });
    const transcript = await this.db.transcriptEntry.findMany({ where: { tenantId }, orderBy: { id: 'asc' } });
    const building = tenant.building;
    return {
      exportedAt: this.now().toISOString(),
      profile: {
        name: tenant.name,
        language: tenant.locale,
        neighbourhood: tenant.neighbourhoodId,
        address: building ? { building: building.address, staircase: tenant.staircase, floor: tenant.floor, flat: tenant.flat } : null,
        healthConsentGivenAt: iso(tenant.healthConsentAt),
        firstSeenAt: tenant.createdAt.toISOString(),
        lastSeenAt: iso(tenant.lastSeenAt),
      },
      reports,
      appointments: appointments.map((appointment) => ({
        code: appointmentCode(appointment.id),
        service: appointment.service.texts[0]?.name ?? appointment.serviceId,
        place: `${appointment.point.name}, ${appointment.point.address}`,
        startsAt: appointment.startsAt.toISOString(),
        status: appointment.status,
        note: appointment.note,
      })),
      requests: requests.map((request) => ({
        number: request.id,
        topic: request.topic,
        status: request.status,
        createdAt: request.createdAt.toISOString(),
        closedAt: iso(request.closedAt),
        rating: request.rating,
        ratingComment: request.ratingComment,
        messages: request.messages.map((message) => ({ from: message.author === 'staff' ? 'staff' : 'tenant', kind: message.kind, text: message.text, at: message.createdAt.toISOString() })),
      })),
      transcript: transcript.map((entry) => ({ from: entry.direction === 'in' ? 'tenant' : 'bot', text: entry.text, at: entry.createdAt.toISOString() })),
      notices: {
        language: tenant.locale,
        reportUpdates: reporters.filter(({ report }) => !['resolved', 'duplicate', 'rejected'].includes(report.status)).length,
        appointmentReminders: appointments.filter((appointment) => appointment.status === 'booked' && appointment.startsAt > this.now()).length,
      },
      files,
    };
  }
}
