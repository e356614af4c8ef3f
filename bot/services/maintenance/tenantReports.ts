import type { Db } from '../../db/prismaClient';
import {
  parseReportCode,
  reportCode,
  type MaintenanceDesk,
  type Reporter,
  type ReportCategory,
  type ReportDraft,
  type ReportFileInput,
  type ReportPlace,
  type ReportSummary,
} from '../../../dialogs/maintenance/reportDesk';
import { inLanguage } from '../../i18n/translatedFields';
import { EMERGENCY_TEXTS } from './emergencyNumbers';
import { BuildingDirectory } from './buildingDirectory';
import { addReporter, createOrJoinReport } from './reportCreation';
import { fetchReportFiles, type FileFetcher } from './reportFiles';
import type { ReportWorkflow } from './reportWorkflow';
import { openKeyOf, summaryOf, SUMMARY_SELECT } from './reportViews';

/** The tenant's side of maintenance: finding the building, reporting, joining, following, confirming a repair. */
export class TenantReports implements MaintenanceDesk {
  private readonly buildings: BuildingDirectory;

  constructor(
    private readonly db: Db,
    private readonly fetchFile: FileFetcher,
    private readonly workflow: ReportWorkflow,
  ) {
    this.buildings = new BuildingDirectory(db);
  }

  buildingByCode(code: string) {
    return this.buildings.byCode(code);
  }

  building(id: string) {
    return this.buildings.byId(id);
  }

  findBuildings(neighbourhoodId: string, text?: string) {
    return this.buildings.find(neighbourhoodId, text);
  }

  async rememberedPlace(tenantId: string): Promise<ReportPlace | undefined> {
    const tenant = await this.db.tenant.findUnique({ where: { id: tenantId } });
    if (!tenant?.buildingId) return undefined;
    return { buildingId: tenant.buildingId, kind: 'flat', staircase: tenant.staircase ?? undefined, floor: tenant.floor ?? undefined, flat: tenant.flat ?? undefined };
  }

  async openReportFor(buildingId: string, category: ReportCategory): Promise<ReportSummary | undefined> {
    const row = await this.db.maintenanceReport.findUnique({ where: { openKey: openKeyOf(buildingId, category) }, select: SUMMARY_SELECT });
    return row ? summaryOf(row) : undefined;
  }

  async submit(draft: ReportDraft): Promise<{ report: ReportSummary; joined: boolean }> {
    const building = await this.db.building.findUniqueOrThrow({ where: { id: draft.place.buildingId } });
    const files = await fetchReportFiles(this.fetchFile, draft.files);
    const { id, joined } = await createOrJoinReport(this.db, {
      buildingId: building.id,
      neighbourhoodId: building.neighbourhoodId,
      category: draft.category,
      place: draft.place,
      description: draft.description,
      details: draft.details,
      access: draft.access,
      source: draft.reporter.channel,
      reporter: draft.reporter,
      files,
    });
    if (draft.place.kind === 'flat') await this.remember(draft.reporter.tenantId, draft.place);
    return { report: await this.summary(id), joined };
  }

  async join(reportId: number, reporter: Reporter, files: ReportFileInput[], description?: string): Promise<ReportSummary | undefined> {
    const joined = await addReporter(this.db, reportId, reporter, await fetchReportFiles(this.fetchFile, files), description);
    return joined ? this.summary(reportId) : undefined;
  }

  async reportsOf(tenantId: string): Promise<ReportSummary[]> {
    const rows = await this.db.maintenanceReport.findMany({
      where: { reporters: { some: { tenantId } } },
      orderBy: { id: 'desc' },
      take: 10,
      select: SUMMARY_SELECT,
    });
    return rows.map(summaryOf);
  }

  async reportOfTenant(tenantId: string, code: string): Promise<ReportSummary | undefined> {
    const parsed = parseReportCode(code);
    if (!parsed) return undefined;
    const row = await this.db.maintenanceReport.findFirst({ where: { id: parsed.id, reporters: { some: { tenantId } } }, select: SUMMARY_SELECT });
    if (!row || reportCode(row.id, row.createdAt) !== code.trim().toUpperCase()) return undefined;
    return summaryOf(row);
  }

  async answerFix(tenantId: string, reportId: number, fixed: boolean): Promise<'confirmed' | 'reopened' | 'stale'> {
    const reporter = await this.db.reportReporter.findUnique({ where: { reportId_tenantId: { reportId, tenantId } }, include: { report: true } });
    if (!reporter || reporter.report.status !== 'resolved') return 'stale';
    await this.db.reportReporter.update({ where: { reportId_tenantId: { reportId, tenantId } }, data: { fixAnswer: fixed ? 'yes' : 'no' } });
    if (fixed) {
      await this.db.reportEvent.create({ data: { reportId, type: 'fixConfirmed' } });
      return 'confirmed';
    }
    return (await this.workflow.reopenByTenant(reportId, tenantId)) ? 'reopened' : 'stale';
  }

  async emergencyNumbers(neighbourhoodId: string | undefined, language: string): Promise<{ label: string; number: string }[]> {
    const rows = await this.db.emergencyNumber.findMany({
      where: { OR: [{ neighbourhoodId: null }, ...(neighbourhoodId ? [{ neighbourhoodId }] : [])] },
      orderBy: [{ sortOrder: 'asc' }, { label: 'asc' }],
    });
    return rows.map((row) => {
      const { label, number } = inLanguage(row, EMERGENCY_TEXTS, language);
      return { label, number };
    });
  }

  private async summary(id: number): Promise<ReportSummary> {
    return summaryOf(await this.db.maintenanceReport.findUniqueOrThrow({ where: { id }, select: SUMMARY_SELECT }));
  }

  private async remember(tenantId: string, place: ReportPlace): Promise<void> {
    await this.db.tenant.update({
      where: { id: tenantId },
      data: { buildingId: place.buildingId, staircase: place.staircase ?? null, floor: place.floor ?? null, flat: place.flat ?? null },
    });
  }
}
