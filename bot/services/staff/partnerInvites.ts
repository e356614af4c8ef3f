import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/prismaClient';
import { ForbiddenError, NotFoundError } from '../errors';
import { parseOrThrow } from '../validation';
import type { AuditLog } from './auditLog';
import { hashPassword } from './passwords';
import { passwordSchema } from './passwordPolicy';
import { isPartnerRole } from './permissions';

export const INVITE_HOURS = 24;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** One-time invite links with which a partner operator sets their own password (nobody else ever can). */
export class PartnerInvites {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new link for a partner account whose operator has not set a password yet; earlier unused links stop working. */
  async issue(staffId: string, actorId: string | null): Promise<string> {
    const account = await this.db.staffAccount.findUnique({ where: { id: staffId } });
    if (!account || !isPartnerRole(account.role)) throw new NotFoundError('no such partner account');
    if (account.passwordHash !== '') throw new ForbiddenError('the operator has set their password; only they can change it');
    const token = randomBytes(32).toString('base64url');
    await this.db.$transaction([
      this.db.staffInvite.deleteMany({ where: { staffId, usedAt: null } }),
      this.db.staffInvite.create({ data: { staffId, tokenHash: hashOf(token), expiresAt: new Date(this.now().getTime() + INVITE_HOURS * 3600_000) } }),
    ]);
    await this.audit.record({ organisationId: account.organisationId, actorId, action: 'invite.created', subjectId: staffId });
    return token;
  }

  /** The operator sets their password with the link: once, within 24 hours. */
  async use(token: string, password: unknown): Promise<void> {
    const chosen = parseOrThrow(passwordSchema, password);
    const invite = await this.db.staffInvite.findUnique({ where: { tokenHash: hashOf(token) }, include: { staff: true } });
    if (!invite || invite.usedAt || invite.expiresAt <= this.now() || !invite.staff.active) throw new NotFoundError('this invite link is not valid any more');
    const claimed = await this.db.staffInvite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: this.now() } });
    if (claimed.count !== 1) throw new NotFoundError('this invite link is not valid any more');
    await this.db.staffAccount.update({ where: { id: invite.staffId }, data: { passwordHash: await hashPassword(chosen) } });
    await this.audit.record({ organisationId: invite.staff.organisationId, actorId: invite.staffId, action: 'invite.used', subjectId: invite.staffId });
  }
}
