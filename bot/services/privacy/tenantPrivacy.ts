import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/languages';
import type { AuditLog } from '../staff/auditLog';
import type { ExportFile, PrivacyDesk, PrivacySummary, RetentionView } from '../../../dialogs/privacy/privacyDesk';
import type { Db } from '../../db/prismaClient';
import { exportFiles } from './exportDocument';
import { newProofCode, PROOF_CODE_DAYS } from './proofCodes';
import type { TenantData } from './tenantData';
import type { TenantErasure } from './tenantErasure';

/** The tenant's side of privacy: the summary, the export and the erasure, in the turn's unit of work. */
export class TenantPrivacy implements PrivacyDesk {
  constructor(
    private readonly db: Db,
    private readonly data: TenantData,
    private readonly erasure: TenantErasure,
    private readonly audit: AuditLog,
    readonly retention: RetentionView,
    private readonly now: () => Date,
  ) {}

  async summary(tenantId: string): Promise<PrivacySummary> {
    const { tenant, reports, appointments, requests } = await this.data.counts(tenantId);
    const address = tenant.building ? [tenant.building.address, tenant.staircase, tenant.floor, tenant.flat].filter(Boolean).join(', ') : undefined;
    return {
      language: tenant.locale ?? undefined,
      neighbourhoodId: tenant.neighbourhoodId ?? undefined,
      address,
      reports,
      appointments,
      requests,
      healthConsent: tenant.healthConsentAt !== null,
    };
  }

  async exportFiles(tenantId: string, language: Language, t: TFunction): Promise<ExportFile[]> {
    const files = await exportFiles(await this.data.record(tenantId, language), language, t);
    await this.audit.record({ organisationId: null, action: 'tenant.exported', subjectId: tenantId, detail: 'tenant' });
    return files;
  }

  async erase(tenantId: string): Promise<boolean> {
    return (await this.erasure.erase(tenantId, 'tenant')) !== undefined;
  }

  withdrawHealthConsent(tenantId: string): Promise<number> {
    return this.erasure.withdrawHealthConsent(tenantId);
  }

  async proofCode(tenantId: string): Promise<{ code: string; until: Date }> {
    const code = newProofCode();
    const until = new Date(this.now().getTime() + PROOF_CODE_DAYS * 24 * 60 * 60 * 1000);
    await this.db.tenant.update({ where: { id: tenantId }, data: { privacyCode: code, privacyCodeUntil: until } });
    return { code, until };
  }
}
