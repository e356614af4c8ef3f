import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/prismaClient';
import { NotFoundError } from '../errors';

/** "casa_" and 32 random bytes in base64url (43 characters). */
const KEY_FORMAT = /^casa_[A-Za-z0-9_-]{43}$/;

export interface ApiKeyView {
  id: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface ApiKeyHolder {
  id: string;
  name: string;
}

/** sha256 of the key, in hex: the only form of a key the database keeps. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The keys of the Open311 clients (contractors' systems). A key is shown once, when it is made; the
 * database keeps its hash only, so a lost key is revoked and replaced, never recovered.
 */
export class ApiKeys {
  constructor(private readonly db: Db) {}

  async create(name: string): Promise<ApiKeyHolder & { key: string }> {
    const key = `casa_${randomBytes(32).toString('base64url')}`;
    const row = await this.db.apiKey.create({ data: { name, keyHash: hashApiKey(key) }, select: { id: true, name: true } });
    return { ...row, key };
  }

  /** Every key, newest first, without hashes. */
  async list(): Promise<ApiKeyView[]> {
    return this.db.apiKey.findMany({ select: { id: true, name: true, createdAt: true, revokedAt: true }, orderBy: { createdAt: 'desc' } });
  }

  /** Revokes a key for good; revoking it again keeps the first date. */
  async revoke(id: string): Promise<void> {
    const { count } = await this.db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0 && !(await this.db.apiKey.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError(`no API key ${id}`);
  }

  /** The holder of a valid, non-revoked key; undefined for anything else. */
  async verify(key: string | undefined): Promise<ApiKeyHolder | undefined> {
    if (!key || !KEY_FORMAT.test(key)) return undefined;
    const row = await this.db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) }, select: { id: true, name: true, revokedAt: true } });
    return row && !row.revokedAt ? { id: row.id, name: row.name } : undefined;
  }
}
