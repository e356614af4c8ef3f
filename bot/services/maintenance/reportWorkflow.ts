import type { Db } from '../../db/prismaClient';
import { isUniqueViolation } from '../../db/prismaErrors';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { requireNeighbourhood, type StaffIdentity } from '../staff/permissions';
import {
  OPEN_REPORT_STATUSES,
  parseReportCode,
  reportCode,
  type RejectReason,
  type ReportEventValue,
  type ReportStatus,
} from '../../../dialogs/maintenance/reportDesk';
import { reporterColumns } from './reportCreation';
import type { ReportNotifier } from './reportNotifier';
import { openKeyOf } from './reportViews';

/** A status change a member of staff asks for. */
export type StatusChange =
  | { status: 'assigned'; assignedTo: string }
  | { status: 'scheduled'; scheduledFor: Date; assignedTo?: string }
  | { status: 'resolved' }
  | { status: 'duplicate'; duplicateOf: string }
  | { status: 'rejected'; reason: RejectReason }
  | { status: 'received' };

const OPEN = OPEN_REPORT_STATUSES;
const CLOSED: readonly ReportStatus[] = ['resolved', 'duplicate', 'rejected'];

/** From which statuses each change may be made. */
const ALLOWED_FROM: Record<StatusChange['status'], readonly ReportStatus[]> = {
  assigned: OPEN,
  scheduled: OPEN,
  resolved: OPEN,
  duplicate: [...OPEN, 'resolved'],
  rejected: [...OPEN, 'resolved'],
  received: CLOSED,
};

interface ReportRow {
  id: number;
  status: string;
  buildingId: string;
  category: string;
  createdAt: Date;
  neighbourhoodId: string;
}

/**
 * The life of a report after it was made: staff move it through its statuses (each change recorded, and
 * told to every reporter in their language); a tenant who says the fault is not fixed reopens it.
 * Changes are conditional on the status read, so two people changing one report at once get a conflict.
 */
export class ReportWorkflow {
  constructor(
    private readonly db: Db,
    private readonly notifier: ReportNotifier,
  ) {}

  async change(staff: StaffIdentity, reportId: number, change: StatusChange): Promise<void> {
    const report = await this.load(reportId);
    requireNeighbourhood(staff, report.neighbourhoodId);
    if (!ALLOWED_FROM[change.status].includes(report.status as ReportStatus)) {
      throw new ConflictError(`a ${report.status} report cannot become ${change.status}`, { status: report.status });
    }
    const target = change.status === 'duplicate' ? await this.duplicateTarget(staff, report, change.duplicateOf) : undefined;
    const now = new Date();
    const data = {
      status: change.status,
      ...(change.status === 'assigned' ? { assignedTo: change.assignedTo } : {}),
      ...(change.status === 'scheduled' ? { scheduledFor: change.scheduledFor, ...(change.assignedTo ? { assignedTo: change.assignedTo } : {}) } : {}),
      ...(change.status === 'resolved' ? { openKey: null, resolvedAt: now } : {}),
      ...(change.status === 'duplicate' ? { openKey: null, closedAt: now, duplicateOfId: target!.id } : {}),
      ...(change.status === 'rejected' ? { openKey: null, closedAt: now, rejectReason: change.reason } : {}),
    };
    if (change.status === 'received') {
      await this.reopen(report, staff.id);
    } else {
      await this.db.$transaction(async (tx) => {
        const { count } = await tx.maintenanceReport.updateMany({ where: { id: reportId, status: report.status }, data });
        if (count === 0) throw new ConflictError('the report was changed meanwhile');
        await tx.reportEvent.create({ data: { reportId, type: 'status', fromStatus: report.status, toStatus: change.status, staffId: staff.id, detail: detailOf(change) } });
        if (target) {
          const reporters = await tx.reportReporter.findMany({ where: { reportId } });
          for (const reporter of reporters) {
            await tx.reportReporter.upsert({
              where: { reportId_tenantId: { reportId: target.id, tenantId: reporter.tenantId } },
              create: { ...reporterColumns(reporter), reportId: target.id, description: reporter.description },
              update: {},
            });
          }
          await tx.reportEvent.create({ data: { reportId: target.id, type: 'merged', staffId: staff.id, detail: reportCode(report.id, report.createdAt) } });
        }
      });
    }
    await this.notifier.notify(this.noticeOf(report, change, target));
  }

  async addNote(staff: StaffIdentity, reportId: number, text: string): Promise<void> {
    const report = await this.load(reportId);
    requireNeighbourhood(staff, report.neighbourhoodId);
    await this.db.$transaction([
      this.db.reportNote.create({ data: { reportId, staffId: staff.id, text } }),
      this.db.reportEvent.create({ data: { reportId, type: 'note', staffId: staff.id } }),
    ]);
  }

  /** A reporter said the fault is not fixed: the resolved report goes back to "received", and the others are told. */
  async reopenByTenant(reportId: number, tenantId: string): Promise<boolean> {
    const report = await this.load(reportId);
    if (report.status !== 'resolved') return false;
    const reopened = await this.reopen(report, undefined).then(
      () => true,
      (error: unknown) => {
        if (error instanceof ConflictError) return false;
        throw error;
      },
    );
    if (reopened) this.notifier.notifyLater({ reportId, code: reportCode(report.id, report.createdAt), change: 'reopened' }, tenantId);
    return reopened;
  }

  private async reopen(report: ReportRow, staffId: string | undefined): Promise<void> {
    const key = openKeyOf(report.buildingId, report.category);
    const write = (openKey: string | null) =>
      this.db.$transaction(async (tx) => {
        const { count } = await tx.maintenanceReport.updateMany({
          where: { id: report.id, status: report.status },
          data: { status: 'received', openKey, resolvedAt: null, closedAt: null, reopenCount: { increment: 1 } },
        });
        if (count === 0) throw new ConflictError('the report was changed meanwhile');
        await tx.reportReporter.updateMany({ where: { reportId: report.id }, data: { fixAnswer: null } });
        await tx.reportEvent.create({ data: { reportId: report.id, type: 'reopened', fromStatus: report.status, toStatus: 'received', staffId, detail: staffId ? 'staff' : 'tenant' } });
      });
    // Another report may have become the open one of this fault meanwhile: then this one stays apart.
    const holder = await this.db.maintenanceReport.findUnique({ where: { openKey: key }, select: { id: true } });
    await write(holder ? null : key).catch((error: unknown) => {
      if (isUniqueViolation(error)) return write(null);
      throw error;
    });
  }

  private async duplicateTarget(staff: StaffIdentity, report: ReportRow, code: string): Promise<ReportRow> {
    const parsed = parseReportCode(code);
    const target = parsed ? await this.db.maintenanceReport.findUnique({ where: { id: parsed.id } }) : null;
    if (!target || reportCode(target.id, target.createdAt) !== code.trim().toUpperCase()) throw new ValidationError(`no report has the code ${code}`);
    if (target.id === report.id) throw new ValidationError('a report cannot be a duplicate of itself');
    if (target.status === 'duplicate' || target.status === 'rejected') throw new ValidationError(`report ${code} is closed (${target.status})`);
    requireNeighbourhood(staff, target.neighbourhoodId);
    return target;
  }

  private noticeOf(report: ReportRow, change: StatusChange, target: ReportRow | undefined): ReportEventValue {
    const base = { reportId: report.id, code: reportCode(report.id, report.createdAt) };
    switch (change.status) {
      case 'scheduled':
        return { ...base, change: 'scheduled', scheduledFor: change.scheduledFor.toISOString() };
      case 'duplicate':
        return { ...base, change: 'duplicate', duplicateOf: reportCode(target!.id, target!.createdAt) };
      case 'rejected':
        return { ...base, change: 'rejected', reason: change.reason };
      case 'received':
        return { ...base, change: 'reopened' };
      default:
        return { ...base, change: change.status };
    }
  }

  private async load(reportId: number): Promise<ReportRow> {
    const report = await this.db.maintenanceReport.findUnique({ where: { id: reportId } });
    if (!report) throw new NotFoundError(`no report ${reportId}`);
    return report;
  }
}

function detailOf(change: StatusChange): string | undefined {
  switch (change.status) {
    case 'assigned':
      return change.assignedTo;
    case 'scheduled':
      return change.scheduledFor.toISOString();
    case 'duplicate':
      return change.duplicateOf;
    case 'rejected':
      return change.reason;
    default:
      return undefined;
  }
}
