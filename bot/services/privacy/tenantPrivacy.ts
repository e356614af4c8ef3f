import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/languages';
import type { AuditLog } from '../staff/auditLog';
import type { ExportFile, PrivacyDesk, PrivacySummary, RetentionView } from '../../../dialogs/privacy/privacyDesk';
import { exportFiles } from './exportDocument';
import type { TenantData } from './tenantData';
import type { TenantErasure } from './tenantErasure';

/** The tenant's side of privacy: the summary, the export and the erasure, in the turn's unit of work. */
export class TenantPrivacy implements PrivacyDesk {
  constructor(
    private readonly data: TenantData,
    private readonly erasure: TenantErasure,
    private readonly audit: AuditLog,
    readonly retention: RetentionView,
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
}
