import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import type { StaffAccounts } from '../services/staff/staffAccounts';

/** The first admin, from CONSOLE_ADMIN_EMAIL / CONSOLE_ADMIN_PASSWORD, when no admin exists yet. */
export async function ensureConsoleAdmin(accounts: StaffAccounts, config: Config, log: Logger): Promise<void> {
  if (!config.CONSOLE_ADMIN_EMAIL || !config.CONSOLE_ADMIN_PASSWORD) return;
  if (await accounts.ensureAdmin(config.CONSOLE_ADMIN_EMAIL, config.CONSOLE_ADMIN_PASSWORD)) {
    log.info({ email: config.CONSOLE_ADMIN_EMAIL }, 'first console admin created');
  }
}

/** CONSOLE_SESSION_SECRET, or a random one for this process (sessions then end at restart). */
export function sessionSecretOf(config: Config, log: Logger): string {
  if (config.CONSOLE_SESSION_SECRET) return config.CONSOLE_SESSION_SECRET;
  log.warn('CONSOLE_SESSION_SECRET is not set: console sessions end when the bot restarts and are not shared between processes');
  return randomBytes(32).toString('base64url');
}
