import type { Db } from '../../db/prismaClient';
import type { AuditLog } from './auditLog';
import { verifyNothing, verifyPassword } from './passwords';

export const MAX_FAILED_LOGINS = 5;
/** From this many failures in a row (from one address), the audit log shows them. */
export const REPEATED_FAILURES = 3;
export const LOCK_MINUTES = 15;

/** ok, or invalid: an unknown, inactive or locked account and a wrong password all get the same answer. */
export type LoginOutcome = { kind: 'ok'; staffId: string } | { kind: 'invalid' };

/**
 * Log-in checks: every answer but success is the same and costs one argon2 check, so neither the answer nor
 * its time tells whether an email exists or is locked. The lock-out is per account and address together: an
 * outsider elsewhere can lock only their own tries, not the manager's.
 */
export class StaffLogin {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async check(email: string, password: string, ip: string): Promise<LoginOutcome> {
    const account = await this.db.staffAccount.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!account || !account.active) {
      await verifyNothing(password);
      return { kind: 'invalid' };
    }
    const now = this.now();
    const throttle = await this.db.loginThrottle.findUnique({ where: { staffId_ip: { staffId: account.id, ip } } });
    const locked = throttle?.lockedUntil !== undefined && throttle?.lockedUntil !== null && throttle.lockedUntil > now;
    const matches = await verifyPassword(account.passwordHash, password);
    if (locked) return { kind: 'invalid' };
    if (!matches) {
      await this.failed(account, ip, (throttle?.failures ?? 0) + 1, now);
      return { kind: 'invalid' };
    }
    await this.db.loginThrottle.deleteMany({ where: { staffId: account.id, ip } });
    return { kind: 'ok', staffId: account.id };
  }

  private async failed(account: { id: string; organisationId: string | null }, ip: string, failures: number, now: Date): Promise<void> {
    const lock = failures >= MAX_FAILED_LOGINS;
    const lockedUntil = lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await this.db.loginThrottle.upsert({
      where: { staffId_ip: { staffId: account.id, ip } },
      create: { staffId: account.id, ip, failures, lockedUntil },
      update: { failures: lock ? 0 : failures, lockedUntil },
    });
    const entry = { organisationId: account.organisationId, subjectId: account.id, detail: `from ${ip}` };
    if (lock) await this.audit.record({ ...entry, action: 'login.locked' });
    else if (failures === REPEATED_FAILURES) await this.audit.record({ ...entry, action: 'login.failed_repeatedly', detail: `${failures} failures from ${ip}` });
  }
}
