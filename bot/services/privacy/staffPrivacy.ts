import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { isLanguage, SOURCE_LANGUAGE } from '../../i18n/languages';
import { NotFoundError } from '../errors';
import type { AuditLog } from '../staff/auditLog';
import { can, requirePermission, type StaffIdentity } from '../staff/permissions';
import { parseOrThrow } from '../validation';
import { normaliseProofCode } from './proofCodes';
import type { RetentionCounts } from './retentionJob';
import { recordOfProcessing, type RetentionPeriods } from './retentionPolicy';
import type { TenantData } from './tenantData';
import type { TenantErasure } from './tenantErasure';

const codeInput = z.object({ code: z.string().trim().min(8).max(20) });
const eraseInput = codeInput.extend({
  /** How the tenant asked (in person, a letter of a date…): no names, it goes to the audit log. */
  reason: z.string().trim().min(3).max(120),
});

/**
 * The staff's side of privacy: the record of processing and the retention runs (admins), and the export and erasure
 * for a tenant who asks in person or by letter, once they showed the code the bot gave them (coordinators). Every
 * export and erasure goes to the audit log with who did it.
 */
export class StaffPrivacy {
  constructor(
    private readonly db: Db,
    private readonly data: TenantData,
    private readonly erasure: TenantErasure,
    private readonly audit: AuditLog,
    private readonly periods: RetentionPeriods,
    private readonly now: () => Date,
  ) {}

  record(staff: StaffIdentity) {
    requirePermission(can.seePrivacyRecord(staff), 'the record of processing');
    return { periods: this.periods, record: recordOfProcessing(this.periods) };
  }

  async retentionRuns(staff: StaffIdentity) {
    requirePermission(can.seePrivacyRecord(staff), 'the retention runs');
    const runs = await this.db.retentionRun.findMany({ orderBy: { day: 'desc' }, take: 30 });
    return runs.map((run) => ({ day: run.day, startedAt: run.startedAt, finishedAt: run.finishedAt, counts: run.counts ? (JSON.parse(run.counts) as RetentionCounts) : null }));
  }

  /** Everything the bot holds about the tenant with this code, as one JSON document (their files inside). */
  async exportByCode(staff: StaffIdentity, input: unknown) {
    requirePermission(can.handlePrivacyRequests(staff), 'privacy requests');
    const tenant = await this.tenantOf(parseOrThrow(codeInput, input).code);
    const { files, ...record } = await this.data.record(tenant.id, isLanguage(tenant.locale) ? tenant.locale : SOURCE_LANGUAGE);
    await this.audit.record({ organisationId: null, actorId: staff.id, action: 'tenant.exported', subjectId: tenant.id, detail: 'staff' });
    return { ...record, files: files.map((file) => ({ name: file.name, mimeType: file.mimeType, base64: file.data.toString('base64') })) };
  }

  async eraseByCode(staff: StaffIdentity, input: unknown) {
    requirePermission(can.handlePrivacyRequests(staff), 'privacy requests');
    const { code, reason } = parseOrThrow(eraseInput, input);
    return this.db.$transaction(async () => {
      const tenant = await this.tenantOf(code);
      return (await this.erasure.erase(tenant.id, 'staff', { actorId: staff.id, note: reason }))!;
    });
  }

  private async tenantOf(code: string) {
    const tenant = await this.db.tenant.findFirst({ where: { privacyCode: normaliseProofCode(code), privacyCodeUntil: { gt: this.now() }, erasedAt: null } });
    if (!tenant) throw new NotFoundError('no tenant has this code, or it is older than a week');
    return tenant;
  }
}
