import { z } from 'zod';
import type { Db } from '../../db/prismaClient';

/** What the audit log records: actions about accounts and access, never any content. */
export const AUDIT_ACTIONS = [
  'account.created',
  'account.deactivated',
  'account.reactivated',
  'account.role_changed',
  'account.password_changed',
  'invite.created',
  'invite.used',
  'login.failed_repeatedly',
  'login.locked',
  'callback.opened',
  'chat.opened',
  'tenant.exported',
  'tenant.erased',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  /** The partner organisation whose log this belongs to; null: the staff-wide security log (admins). */
  organisationId: string | null;
  actorId?: string | null;
  action: AuditAction;
  subjectId?: string | null;
  /** Short and content-free: a role name, an address. */
  detail?: string | null;
}

const listQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) });

/** The one append-only audit log (the database refuses updates and deletes on its rows). */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    await this.db.auditEntry.create({
      data: {
        at: this.now(),
        organisationId: entry.organisationId,
        actorId: entry.actorId ?? null,
        action: entry.action,
        subjectId: entry.subjectId ?? null,
        detail: entry.detail?.slice(0, 200) ?? null,
      },
    });
  }

  /** The newest entries of one log, with the names of the accounts involved. */
  async list(organisationId: string | null, query: unknown = {}) {
    const { limit } = listQuerySchema.parse(query);
    const entries = await this.db.auditEntry.findMany({ where: { organisationId }, orderBy: { at: 'desc' }, take: limit });
    const ids = [...new Set(entries.flatMap((entry) => [entry.actorId, entry.subjectId]).filter((id): id is string => id !== null))];
    const names = new Map((await this.db.staffAccount.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((row) => [row.id, row.name]));
    return entries.map((entry) => ({
      at: entry.at,
      action: entry.action,
      actor: entry.actorId ? (names.get(entry.actorId) ?? entry.actorId) : null,
      subject: entry.subjectId ? (names.get(entry.subjectId) ?? entry.subjectId) : null,
      detail: entry.detail,
    }));
  }

  async countSince(organisationId: string, since: Date | null): Promise<number> {
    return this.db.auditEntry.count({ where: { organisationId, ...(since ? { at: { gt: since } } : {}) } });
  }
}
