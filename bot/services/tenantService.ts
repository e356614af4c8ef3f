import type { Db } from '../db/prismaClient';
import { isLanguage, type Language } from '../i18n/languages';

export interface TenantRef {
  channel: string;
  channelUserId: string;
}

export interface TenantProfile {
  id: string;
  language: Language | undefined;
}

export class TenantService {
  constructor(private readonly db: Db) {}

  async getOrCreate(ref: TenantRef): Promise<TenantProfile> {
    const tenant = await this.db.tenant.upsert({
      where: { channel_channelUserId: ref },
      create: ref,
      update: {},
    });
    return { id: tenant.id, language: isLanguage(tenant.locale) ? tenant.locale : undefined };
  }

  async setLanguage(tenantId: string, language: Language): Promise<void> {
    await this.db.tenant.update({ where: { id: tenantId }, data: { locale: language } });
  }
}
