import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { parseOrThrow } from '../validation';
import type { AuditLog } from './auditLog';
import { hashPassword } from './passwords';
import { passwordSchema } from './passwordPolicy';
import { isPartnerRole, STAFF_ROLES, type StaffIdentity, type StaffRole } from './permissions';
import type { PartnerInvites } from './partnerInvites';
import type { StaffLogin } from './staffLogin';

export { LOCK_MINUTES, MAX_FAILED_LOGINS } from './staffLogin';

const accountFields = {
  name: z.string().trim().min(1).max(80),
  role: z.enum(STAFF_ROLES),
  password: passwordSchema,
  neighbourhoodIds: z.array(z.string().max(40)).max(20),
  telegramUserId: z.string().regex(/^[0-9]{1,15}$/, 'a Telegram numeric user id').nullish(),
  organisationId: z.string().min(1).max(40).nullish(),
};

export const newAccountSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).refine((email) => email.length <= 200, 'too long'),
  ...accountFields,
  password: accountFields.password.optional(),
  neighbourhoodIds: accountFields.neighbourhoodIds.default([]),
});
export type NewAccount = z.input<typeof newAccountSchema>;

/** Only the fields sent change: no default here (a `.default([])` would survive `.partial()` and wipe the neighbourhoods). */
export const accountPatchSchema = z
  .object({ ...accountFields, active: z.boolean() })
  .omit({ organisationId: true })
  .partial()
  .strict();
export type AccountPatch = z.input<typeof accountPatchSchema>;

/** Who makes a change: the account and its session (which stays open when it changes itself). */
export interface Actor {
  id: string | null;
  sessionId?: string;
}

export interface CreatedAccount {
  id: string;
  /** For a partner account: the one-time token of the invite link with which the operator sets their password. */
  inviteToken?: string;
}

export type LoginResult = { kind: 'ok'; staff: StaffIdentity } | { kind: 'invalid' };

/** Staff accounts: argon2id passwords, roles, neighbourhoods, partner organisations; partner passwords only through invites. */
export class StaffAccounts {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly login: StaffLogin,
    private readonly invites: PartnerInvites,
  ) {}

  async create(input: NewAccount, actor: Actor = { id: null }): Promise<CreatedAccount> {
    const account = parseOrThrow(newAccountSchema, input);
    const partner = isPartnerRole(account.role);
    if (partner && !account.organisationId) throw new ValidationError('organisationId: a partner account belongs to an organisation');
    if (!partner && account.organisationId) throw new ValidationError('organisationId: only partner accounts belong to an organisation');
    if (partner && account.password !== undefined) throw new ForbiddenError('partner passwords are set by the operator, through the invite link');
    if (!partner && account.password === undefined) throw new ValidationError('password: required');
    if (account.organisationId && !(await this.db.partnerOrganisation.findUnique({ where: { id: account.organisationId } }))) {
      throw new ValidationError('organisationId: unknown organisation');
    }
    await this.checkNeighbourhoods(account.neighbourhoodIds);
    if (await this.db.staffAccount.findUnique({ where: { email: account.email } })) throw new ConflictError('an account with this email exists');
    const created = await this.db.staffAccount.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        // An empty hash matches no password: the account is closed until the invite is used.
        passwordHash: account.password === undefined ? '' : await hashPassword(account.password),
        telegramUserId: account.telegramUserId ?? null,
        organisationId: account.organisationId ?? null,
        neighbourhoods: { create: account.neighbourhoodIds.map((neighbourhoodId) => ({ neighbourhoodId })) },
      },
    });
    await this.audit.record({ organisationId: created.organisationId, actorId: actor.id, action: 'account.created', subjectId: created.id, detail: created.role });
    if (!partner) return { id: created.id };
    return { id: created.id, inviteToken: await this.invites.issue(created.id, actor.id) };
  }

  async update(id: string, input: AccountPatch, actor: Actor = { id: null }): Promise<void> {
    const patch = parseOrThrow(accountPatchSchema, input);
    const before = await this.db.staffAccount.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('no such account');
    const wasPartner = isPartnerRole(before.role);
    if (wasPartner && patch.password !== undefined) throw new ForbiddenError('partner passwords are set only by the operator, through an invite link');
    if (patch.role !== undefined && !wasPartner && isPartnerRole(patch.role)) {
      throw new ForbiddenError('a partner account is created as such, in its organisation, with an invite link');
    }
    if (patch.neighbourhoodIds) await this.checkNeighbourhoods(patch.neighbourhoodIds);
    await this.db.$transaction(async (tx) => {
      await tx.staffAccount.update({
        where: { id },
        data: {
          name: patch.name,
          role: patch.role,
          active: patch.active,
          telegramUserId: patch.telegramUserId,
          ...(patch.role !== undefined && !isPartnerRole(patch.role) ? { organisationId: null } : {}),
          ...(patch.password ? { passwordHash: await hashPassword(patch.password) } : {}),
        },
      });
      if (patch.password) await tx.loginThrottle.deleteMany({ where: { staffId: id } });
      if (patch.neighbourhoodIds) {
        await tx.staffNeighbourhood.deleteMany({ where: { staffId: id } });
        await tx.staffNeighbourhood.createMany({ data: patch.neighbourhoodIds.map((neighbourhoodId) => ({ staffId: id, neighbourhoodId })) });
      }
      // What a session may do changed: every other session of the account ends now.
      if (patch.password !== undefined || (patch.role !== undefined && patch.role !== before.role) || patch.neighbourhoodIds !== undefined || patch.active === false) {
        await tx.staffSession.deleteMany({ where: { staffId: id, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) } });
      }
    });
    await this.recordChanges(before, patch, actor);
  }

  async authenticate(email: string, password: string, ip = 'unknown'): Promise<LoginResult> {
    const outcome = await this.login.check(email, password, ip);
    if (outcome.kind === 'invalid') return outcome;
    const staff = await this.identityById(outcome.staffId);
    return staff ? { kind: 'ok', staff } : { kind: 'invalid' };
  }

  async identityById(id: string): Promise<StaffIdentity | undefined> {
    const account = await this.db.staffAccount.findUnique({ where: { id }, include: { neighbourhoods: true } });
    return account?.active ? identityOf(account) : undefined;
  }

  async identityByTelegram(telegramUserId: string): Promise<StaffIdentity | undefined> {
    const account = await this.db.staffAccount.findUnique({ where: { telegramUserId }, include: { neighbourhoods: true } });
    return account?.active ? identityOf(account) : undefined;
  }

  /** Every account (admins), or the accounts of one organisation (its lead). */
  async list(organisationId?: string) {
    const accounts = await this.db.staffAccount.findMany({
      where: organisationId ? { organisationId } : {},
      include: { neighbourhoods: true },
      orderBy: { email: 'asc' },
    });
    return accounts.map(accountView);
  }

  /** What the console shows of the logged-in person (a lead: how many audit entries are new since they last read the log). */
  async profile(id: string) {
    const account = await this.db.staffAccount.findUnique({ where: { id }, include: { neighbourhoods: true } });
    if (!account?.active) return null;
    const { email, name, role, neighbourhoodIds, telegramUserId, organisationId } = accountView(account);
    const auditUnseen = role === 'partner_lead' && organisationId ? await this.audit.countSince(organisationId, account.auditSeenAt) : undefined;
    return { id, email, name, role, neighbourhoodIds, telegramUserId, organisationId, auditUnseen };
  }

  /** An account's role and organisation (to decide who may manage it). */
  async membershipOf(id: string): Promise<{ role: string; organisationId: string | null } | null> {
    return this.db.staffAccount.findUnique({ where: { id }, select: { role: true, organisationId: true } });
  }

  /** A lead has read their organisation's audit log up to now. */
  async markAuditSeen(id: string, at: Date): Promise<void> {
    await this.db.staffAccount.update({ where: { id }, data: { auditSeenAt: at } });
  }

  /** Active people who can take chats in a neighbourhood (transfer targets). */
  async managersOf(neighbourhoodId: string) {
    const accounts = await this.db.staffAccount.findMany({
      where: { active: true, OR: [{ role: 'coordinator' }, { role: 'community_manager', neighbourhoods: { some: { neighbourhoodId } } }] },
      orderBy: { name: 'asc' },
    });
    return accounts.map((account) => ({ id: account.id, name: account.name }));
  }

  /** Creates the first admin when no admin exists yet; returns whether it did. */
  async ensureAdmin(email: string, password: string, name = 'Admin'): Promise<boolean> {
    if ((await this.db.staffAccount.count({ where: { role: 'admin' } })) > 0) return false;
    await this.create({ email, password, name, role: 'admin', neighbourhoodIds: [] });
    return true;
  }

  private async recordChanges(before: { id: string; role: string; active: boolean; organisationId: string | null }, patch: z.output<typeof accountPatchSchema>, actor: Actor): Promise<void> {
    const entry = { organisationId: before.organisationId, actorId: actor.id, subjectId: before.id };
    if (patch.role !== undefined && patch.role !== before.role) await this.audit.record({ ...entry, action: 'account.role_changed', detail: `${before.role} → ${patch.role}` });
    if (patch.active === false && before.active) await this.audit.record({ ...entry, action: 'account.deactivated' });
    if (patch.active === true && !before.active) await this.audit.record({ ...entry, action: 'account.reactivated' });
    if (patch.password !== undefined) await this.audit.record({ ...entry, action: 'account.password_changed' });
  }

  private async checkNeighbourhoods(ids: string[]): Promise<void> {
    const known = await this.db.neighbourhood.count({ where: { id: { in: ids } } });
    if (known !== new Set(ids).size) throw new ValidationError('unknown neighbourhood');
  }
}

type AccountRow = NonNullable<Awaited<ReturnType<Db['staffAccount']['findUnique']>>> & { neighbourhoods: { neighbourhoodId: string }[] };

function accountView(account: AccountRow) {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    neighbourhoodIds: account.neighbourhoods.map((link) => link.neighbourhoodId),
    telegramUserId: account.telegramUserId,
    organisationId: account.organisationId,
    active: account.active,
    /** A partner account whose operator has not used the invite yet. */
    invitePending: account.passwordHash === '',
  };
}

function identityOf(account: { id: string; name: string; role: string; organisationId: string | null; neighbourhoods: { neighbourhoodId: string }[] }): StaffIdentity {
  return {
    id: account.id,
    name: account.name,
    role: account.role as StaffRole,
    neighbourhoodIds: account.neighbourhoods.map((link) => link.neighbourhoodId),
    organisationId: account.organisationId,
  };
}
