import { sqlRowsOf, type Db } from '../db/prismaClient';
import { dateOf } from '../db/sqlRows';
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

const SELECTED = { id: true, locale: true, neighbourhoodId: true, name: true, lastSeenAt: true } as const;
/** The last visit is kept to the day (UTC): a turn writes the tenant at most once a day for it. */
const SEEN_PRECISION_MS = 24 * 60 * 60 * 1000;

/**
 * The tenants the channels see. A turn reads its tenant (and writes only when the tenant is new, the channel shows
 * another name, or the last visit it knows is a day old).
 */
export class TenantService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async getOrCreate({ name, ...ref }: TenantSeen): Promise<TenantProfile> {
    const known = name?.trim() ? name.trim().slice(0, 64) : undefined;
    // Every turn reads its tenant: plain SQL (see sqlRows.ts).
    const [row] = await sqlRowsOf(this.db).all<{ id: string; locale: string | null; neighbourhoodId: string | null; name: string | null; lastSeenAt: unknown }>(
      `SELECT "id", "locale", "neighbourhoodId", "name", "lastSeenAt" FROM "Tenant" WHERE "channel" = ? AND "channelUserId" = ?`,
      [ref.channel, ref.channelUserId],
    );
    // The day only, not the moment: the row must not share a time with what the turn writes elsewhere.
    const today = new Date(Math.floor(this.now().getTime() / SEEN_PRECISION_MS) * SEEN_PRECISION_MS);
    let tenant = row && { ...row, lastSeenAt: row.lastSeenAt === null ? null : dateOf(row.lastSeenAt) };
    if (!tenant) {
      tenant = await this.db.tenant.upsert({ where: { channel_channelUserId: ref }, create: { ...ref, name: known, lastSeenAt: today }, update: {}, select: SELECTED });
    } else {
      const renamed = known !== undefined && tenant.name !== known;
      const seen = !tenant.lastSeenAt || today.getTime() > tenant.lastSeenAt.getTime();
      if (renamed || seen) await this.db.tenant.update({ where: { id: tenant.id }, data: { ...(renamed ? { name: known } : {}), ...(seen ? { lastSeenAt: today } : {}) } });
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
