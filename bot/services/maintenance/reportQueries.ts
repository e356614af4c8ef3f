import { isTrialChannel, notTrialReport } from '../trialRecords';
import type { Db } from '../../db/prismaClient';
import { NotFoundError } from '../errors';
import { neighbourhoodScope, requireNeighbourhood, type StaffIdentity } from '../staff/permissions';
import { reportCode, type ReportCategory, type ReportStatus } from '../../../dialogs/maintenance/reportDesk';
import { asCategory, asStatus } from './reportViews';

export interface ReportFilters {
  neighbourhoodId?: string;
  buildingId?: string;
  category?: ReportCategory;
  /** A status, or "open" for received, assigned and scheduled. */
  status?: ReportStatus | 'open';
  /** Only reports at least / at most this many days old. */
  minAgeDays?: number;
  maxAgeDays?: number;
}

const DAY = 24 * 60 * 60 * 1000;
const PAGE = 200;

/** What the console reads about reports: the filtered list with its counts, one report, its files, the CSV. */
export class ReportQueries {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(staff: StaffIdentity, filters: ReportFilters) {
    const where = this.whereOf(staff, filters);
    // Each facet is counted without its own filter, so the other choices show how many they would give; like the
    // figures, the facets leave the sandbox's trials out (the list shows them, marked "prova").
    const [rows, total, byStatus, byCategory] = await Promise.all([
      this.db.maintenanceReport.findMany({ where, orderBy: { id: 'desc' }, take: PAGE, include: listInclude }),
      this.db.maintenanceReport.count({ where }),
      this.db.maintenanceReport.groupBy({ by: ['status'], where: { ...this.whereOf(staff, { ...filters, status: undefined }), ...notTrialReport() }, _count: { _all: true } }),
      this.db.maintenanceReport.groupBy({ by: ['category'], where: { ...this.whereOf(staff, { ...filters, category: undefined }), ...notTrialReport() }, _count: { _all: true } }),
    ]);
    return {
      total,
      counts: {
        status: Object.fromEntries(byStatus.map((group) => [group.status, group._count._all])),
        category: Object.fromEntries(byCategory.map((group) => [group.category, group._count._all])),
      },
      reports: rows.map((row) => this.listItem(row)),
    };
  }

  async detail(staff: StaffIdentity, reportId: number) {
    const row = await this.db.maintenanceReport.findUnique({
      where: { id: reportId },
      include: {
        ...listInclude,
        reporters: { include: { tenant: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
        files: { select: { id: true, kind: true, mimeType: true, size: true, tenantId: true, createdAt: true }, orderBy: { id: 'asc' } },
        notes: { orderBy: { id: 'asc' } },
        events: { orderBy: { id: 'asc' } },
      },
    });
    if (!row) throw new NotFoundError(`no report ${reportId}`);
    requireNeighbourhood(staff, row.neighbourhoodId);
    const names = await this.staffNames();
    const duplicateOf = row.duplicateOfId ? await this.db.maintenanceReport.findUnique({ where: { id: row.duplicateOfId }, select: { id: true, createdAt: true } }) : null;
    return {
      ...this.listItem(row),
      description: row.description,
      details: JSON.parse(row.details) as Record<string, string>,
      access: row.access,
      rejectReason: row.rejectReason,
      duplicateOf: duplicateOf ? { id: duplicateOf.id, code: reportCode(duplicateOf.id, duplicateOf.createdAt) } : null,
      reopenCount: row.reopenCount,
      resolvedAt: row.resolvedAt,
      closedAt: row.closedAt,
      reporters: row.reporters.map((reporter) => ({
        tenantId: reporter.tenantId,
        name: reporter.tenant.name,
        language: reporter.language,
        description: reporter.description,
        fixAnswer: reporter.fixAnswer,
        createdAt: reporter.createdAt,
      })),
      files: row.files.map((file) => ({ ...file, url: `/console/api/reports/${row.id}/files/${file.id}` })),
      notes: row.notes.map((note) => ({ text: note.text, staffName: names.get(note.staffId) ?? null, createdAt: note.createdAt })),
      events: row.events.map((event) => ({
        type: event.type,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        detail: event.detail,
        staffName: event.staffId ? (names.get(event.staffId) ?? null) : null,
        createdAt: event.createdAt,
      })),
    };
  }

  async file(staff: StaffIdentity, reportId: number, fileId: number) {
    const file = await this.db.reportFile.findFirst({ where: { id: fileId, reportId }, include: { report: { select: { neighbourhoodId: true } } } });
    if (!file) throw new NotFoundError('no such file');
    requireNeighbourhood(staff, file.report.neighbourhoodId);
    return { data: Buffer.from(file.data), mimeType: file.mimeType };
  }

  /** The filtered list as CSV (all rows, not only the first page), for spreadsheets. */
  async csv(staff: StaffIdentity, filters: ReportFilters): Promise<string> {
    const rows = await this.db.maintenanceReport.findMany({ where: this.whereOf(staff, filters), orderBy: { id: 'asc' }, include: listInclude });
    const header = ['code', 'created', 'neighbourhood', 'building', 'address', 'category', 'status', 'place', 'staircase', 'floor', 'flat', 'common_area', 'reporters', 'assigned_to', 'scheduled_for', 'description'];
    const lines = rows.map((row) => [
      reportCode(row.id, row.createdAt),
      row.createdAt.toISOString(),
      row.neighbourhoodId,
      row.building.code,
      row.building.address,
      row.category,
      row.status,
      row.place,
      row.staircase,
      row.floor,
      row.flat,
      row.commonArea,
      String(row._count.reporters),
      row.assignedTo,
      row.scheduledFor?.toISOString(),
      row.description,
    ]);
    return [header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  private whereOf(staff: StaffIdentity, filters: ReportFilters) {
    const scope = neighbourhoodScope(staff);
    if (filters.neighbourhoodId) requireNeighbourhood(staff, filters.neighbourhoodId);
    const now = this.now().getTime();
    const createdAt = {
      ...(filters.minAgeDays !== undefined ? { lte: new Date(now - filters.minAgeDays * DAY) } : {}),
      ...(filters.maxAgeDays !== undefined ? { gte: new Date(now - filters.maxAgeDays * DAY) } : {}),
    };
    return {
      ...(filters.neighbourhoodId ? { neighbourhoodId: filters.neighbourhoodId } : scope ? { neighbourhoodId: { in: scope } } : {}),
      ...(filters.buildingId ? { buildingId: filters.buildingId } : {}),
      ...(filters.category ? { category: filters.category } : {}),
      ...(filters.status === 'open' ? { status: { in: ['received', 'assigned', 'scheduled'] } } : filters.status ? { status: filters.status } : {}),
      ...(Object.keys(createdAt).length > 0 ? { createdAt } : {}),
    };
  }

  private listItem(row: ListRow) {
    return {
      id: row.id,
      code: reportCode(row.id, row.createdAt),
      category: asCategory(row.category),
      status: asStatus(row.status),
      neighbourhoodId: row.neighbourhoodId,
      building: { id: row.building.id, code: row.building.code, address: row.building.address, sample: row.building.sample },
      place: { kind: row.place, staircase: row.staircase, floor: row.floor, flat: row.flat, commonArea: row.commonArea },
      reporters: row._count.reporters,
      files: row._count.files,
      /** Reported only from the sandbox: shown "prova". */
      trial: row.reporters.length > 0 && row.reporters.every((reporter) => isTrialChannel(reporter.channel)),
      assignedTo: row.assignedTo,
      scheduledFor: row.scheduledFor,
      source: row.source,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  private async staffNames(): Promise<Map<string, string>> {
    const staff = await this.db.staffAccount.findMany({ select: { id: true, name: true } });
    return new Map(staff.map((member) => [member.id, member.name]));
  }
}

const listInclude = {
  building: { select: { id: true, code: true, address: true, sample: true } },
  _count: { select: { reporters: true, files: true } },
  reporters: { select: { channel: true } },
} as const;

interface ListRow {
  id: number;
  place: string;
  staircase: string | null;
  floor: string | null;
  flat: string | null;
  commonArea: string | null;
  category: string;
  status: string;
  neighbourhoodId: string;
  assignedTo: string | null;
  scheduledFor: Date | null;
  source: string;
  createdAt: Date;
  updatedAt: Date;
  building: { id: string; code: string; address: string; sample: boolean };
  _count: { reporters: number; files: number };
  reporters: { channel: string }[];
}

/** A CSV field, quoted when needed; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
