import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { parseOrThrow } from '../validation';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyNothing, verifyPassword } from './passwords';
import { STAFF_ROLES, type StaffIdentity, type StaffRole } from './permissions';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export const newAccountSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).refine((email) => email.length <= 200, 'too long'),
  name: z.string().trim().min(1).max(80),
  role: z.enum(STAFF_ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  neighbourhoodIds: z.array(z.string().max(40)).max(20).default([]),
  telegramUserId: z.string().regex(/^[0-9]{1,15}$/, 'a Telegram numeric user id').nullish(),
});
export type NewAccount = z.input<typeof newAccountSchema>;

export const accountPatchSchema = newAccountSchema.omit({ email: true }).partial().extend({ active: z.boolean().optional() });
export type AccountPatch = z.input<typeof accountPatchSchema>;

export type LoginResult = { kind: 'ok'; staff: StaffIdentity } | { kind: 'locked'; until: Date } | { kind: 'invalid' };

/** Staff accounts: argon2id passwords, lock-out after repeated failures, roles and neighbourhoods. */
export class StaffAccounts {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(input: NewAccount): Promise<string> {
    const account = parseOrThrow(newAccountSchema, input);
    await this.checkNeighbourhoods(account.neighbourhoodIds);
    if (await this.db.staffAccount.findUnique({ where: { email: account.email } })) throw new ConflictError('an account with this email exists');
    const created = await this.db.staffAccount.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
        telegramUserId: account.telegramUserId ?? null,
        neighbourhoods: { create: account.neighbourhoodIds.map((neighbourhoodId) => ({ neighbourhoodId })) },
      },
    });
    return created.id;
  }

  async update(id: string, input: AccountPatch): Promise<void> {
    const patch = parseOrThrow(accountPatchSchema, input);
    if (!(await this.db.staffAccount.findUnique({ where: { id } }))) throw new NotFoundError('no such account');
    if (patch.neighbourhoodIds) await this.checkNeighbourhoods(patch.neighbourhoodIds);
    await this.db.$transaction(async (tx) => {
      await tx.staffAccount.update({
        where: { id },
        data: {
          name: patch.name,
          role: patch.role,
          active: patch.active,
          telegramUserId: patch.telegramUserId === undefined ? undefined : patch.telegramUserId,
          ...(patch.password ? { passwordHash: await hashPassword(patch.password), failedLogins: 0, lockedUntil: null } : {}),
        },
      });
      if (patch.neighbourhoodIds) {
        await tx.staffNeighbourhood.deleteMany({ where: { staffId: id } });
        await tx.staffNeighbourhood.createMany({ data: patch.neighbourhoodIds.map((neighbourhoodId) => ({ staffId: id, neighbourhoodId })) });
      }
    });
  }

  async authenticate(email: string, password: string): Promise<LoginResult> {
    const account = await this.db.staffAccount.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!account || !account.active) {
      await verifyNothing(password);
      return { kind: 'invalid' };
    }
    const now = this.now();
    if (account.lockedUntil && account.lockedUntil > now) return { kind: 'locked', until: account.lockedUntil };
    if (!(await verifyPassword(account.passwordHash, password))) {
      const failures = account.failedLogins + 1;
      const lock = failures >= MAX_FAILED_LOGINS;
      await this.db.staffAccount.update({
        where: { id: account.id },
        data: { failedLogins: lock ? 0 : failures, lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null },
      });
      return lock ? { kind: 'locked', until: new Date(now.getTime() + LOCK_MINUTES * 60_000) } : { kind: 'invalid' };
    }
    await this.db.staffAccount.update({ where: { id: account.id }, data: { failedLogins: 0, lockedUntil: null } });
    return { kind: 'ok', staff: (await this.identityById(account.id))! };
  }

  async identityById(id: string): Promise<StaffIdentity | undefined> {
    const account = await this.db.staffAccount.findUnique({ where: { id }, include: { neighbourhoods: true } });
    return account?.active ? identityOf(account) : undefined;
  }

  async identityByTelegram(telegramUserId: string): Promise<StaffIdentity | undefined> {
    const account = await this.db.staffAccount.findUnique({ where: { telegramUserId }, include: { neighbourhoods: true } });
    return account?.active ? identityOf(account) : undefined;
  }

  async list() {
    const accounts = await this.db.staffAccount.findMany({ include: { neighbourhoods: true }, orderBy: { email: 'asc' } });
    return accounts.map(accountView);
  }

  /** What the console shows of the logged-in person. */
  async profile(id: string) {
    const account = await this.db.staffAccount.findUnique({ where: { id }, include: { neighbourhoods: true } });
    if (!account?.active) return null;
    const { email, name, role, neighbourhoodIds, telegramUserId } = accountView(account);
    return { id, email, name, role, neighbourhoodIds, telegramUserId };
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
    active: account.active,
    lockedUntil: account.lockedUntil,
  };
}

function identityOf(account: { id: string; name: string; role: string; neighbourhoods: { neighbourhoodId: string }[] }): StaffIdentity {
  return { id: account.id, name: account.name, role: account.role as StaffRole, neighbourhoodIds: account.neighbourhoods.map((link) => link.neighbourhoodId) };
}
