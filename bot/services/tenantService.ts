import { sqlRowsOf, type Db } from '../db/prismaClient';
import type { Language } from '../i18n/languages';

export interface TenantRef {
  channel: string;
  channelUserId: string;
}

export interface TenantSeen extends TenantRef {
  /** The name the channel shows, kept up to date for the managers. */
  name?: string;
}

export interface TenantProfile {
  id: string;
  /** The language the tenant chose; the turn checks it is still offered. */
  language: Language | undefined;
  neighbourhoodId: string | undefined;
}

const SELECTED = { id: true, locale: true, neighbourhoodId: true, name: true } as const;

/**
 * The tenants the channels see. A turn reads its tenant (and writes only when the tenant is new or the channel shows
 * another name).
 */
export class TenantService {
  constructor(private readonly db: Db) {}

  async getOrCreate({ name, ...ref }: TenantSeen): Promise<TenantProfile> {
    const known = name?.trim() ? name.trim().slice(0, 64) : undefined;
    // Every turn reads its tenant: plain SQL (see sqlRows.ts).
    let [tenant] = await sqlRowsOf(this.db).all<{ id: string; locale: string | null; neighbourhoodId: string | null; name: string | null }>(
      `SELECT "id", "locale", "neighbourhoodId", "name" FROM "Tenant" WHERE "channel" = ? AND "channelUserId" = ?`,
      [ref.channel, ref.channelUserId],
    );
    if (!tenant) {
      tenant = await this.db.tenant.upsert({ where: { channel_channelUserId: ref }, create: { ...ref, name: known }, update: {}, select: SELECTED });
    } else if (known && tenant.name !== known) {
      await this.db.tenant.update({ where: { id: tenant.id }, data: { name: known } });
    }
    return { id: tenant.id, language: tenant.locale ?? undefined, neighbourhoodId: tenant.neighbourhoodId ?? undefined };
  }

  async setNeighbourhood(tenantId: string, neighbourhoodId: string): Promise<void> {
    await this.db.tenant.update({ where: { id: tenantId }, data: { neighbourhoodId } });
  }

  async setLanguage(tenantId: string, language: Language): Promise<void> {
    await this.db.tenant.update({ where: { id: tenantId }, data: { locale: language } });
  }
}
