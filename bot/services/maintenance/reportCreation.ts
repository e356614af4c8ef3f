import type { Db } from '../../db/prismaClient';
import { isRecordMissing, isUniqueViolation } from '../../db/prismaErrors';
import type { Reporter, ReportCategory, ReportPlace } from '../../../dialogs/maintenance/reportDesk';
import type { StoredFile } from './reportFiles';
import { openKeyOf, OPEN_STATUS_LIST } from './reportViews';

export interface NewReport {
  buildingId: string;
  neighbourhoodId: string;
  category: ReportCategory;
  place: ReportPlace;
  description: string;
  details: Record<string, string>;
  access?: string;
  /** telegram | sandbox | open311 */
  source: string;
  apiKeyId?: string;
  reporter?: Reporter;
  files: StoredFile[];
}

/**
 * Stores a report in one write (report, reporter, files, first event), or, when the same fault already has
 * an open report (the unique openKey), adds the reporter and files to that one. Ten tenants reporting the
 * same fault at once thus end in one report with ten reporters.
 */
export async function createOrJoinReport(db: Db, input: NewReport): Promise<{ id: number; joined: boolean }> {
  const { place, reporter } = input;
  try {
    const row = await db.maintenanceReport.create({
      data: {
        buildingId: input.buildingId,
        neighbourhoodId: input.neighbourhoodId,
        category: input.category,
        status: 'received',
        openKey: openKeyOf(input.buildingId, input.category),
        place: place.kind,
        staircase: place.staircase,
        floor: place.floor,
        flat: place.flat,
        commonArea: place.commonArea,
        description: input.description,
        details: JSON.stringify(input.details),
        access: input.access,
        source: input.source,
        apiKeyId: input.apiKeyId,
        reporters: reporter ? { create: reporterColumns(reporter) } : undefined,
        files: { create: input.files.map((file) => fileColumns(file, reporter?.tenantId)) },
        events: { create: { type: 'created', toStatus: 'received', detail: input.source } },
      },
      select: { id: true },
    });
    return { id: row.id, joined: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const open = await db.maintenanceReport.findUnique({ where: { openKey: openKeyOf(input.buildingId, input.category) }, select: { id: true } });
    if (!open) throw error;
    await addReporter(db, open.id, reporter, input.files, input.description);
    return { id: open.id, joined: true };
  }
}

/** Adds a neighbour (or, for Open311, only the files) to an open report, in one write; false when it is no longer open. */
export async function addReporter(db: Db, reportId: number, reporter: Reporter | undefined, files: StoredFile[], description?: string): Promise<boolean> {
  try {
    await db.maintenanceReport.update({
      where: { id: reportId, status: { in: OPEN_STATUS_LIST } },
      data: {
        reporters: reporter
          ? {
              upsert: {
                where: { reportId_tenantId: { reportId, tenantId: reporter.tenantId } },
                create: { ...reporterColumns(reporter), description },
                update: { language: reporter.language, channel: reporter.channel, conversationId: reporter.conversationId },
              },
            }
          : undefined,
        files: { create: files.map((file) => fileColumns(file, reporter?.tenantId)) },
        events: { create: { type: 'joined', detail: `${files.length} file(s)` } },
      },
    });
    return true;
  } catch (error) {
    if (isRecordMissing(error)) return false;
    throw error;
  }
}

export function reporterColumns(reporter: Reporter) {
  return { tenantId: reporter.tenantId, language: reporter.language, channel: reporter.channel, conversationId: reporter.conversationId };
}

function fileColumns(file: StoredFile, tenantId: string | undefined) {
  return { kind: file.kind, mimeType: file.mimeType, size: file.size, data: new Uint8Array(file.data), tenantId };
}
