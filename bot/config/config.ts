import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from '../db/databaseTarget';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const httpUrl = z
  .string()
  .trim()
  .url('must be a URL such as https://example.org/path')
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://');

/** A setting that takes `fallback` when unset or empty. */
const withDefault = (fallback: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : fallback));

/** A number setting from `min` to `max`; `what` says what it counts ("a number of minutes"). */
function numberSetting(fallback: string, what: string, min: number, max: number, { integer = false } = {}) {
  const number = z.coerce.number<string>({ error: `must be ${what}` });
  const range = `must be ${min} to ${max}`;
  return withDefault(fallback).pipe((integer ? number.int() : number).min(min, range).max(max, range));
}

/** TRUST_PROXY: off, a number of proxy hops, or the proxies' addresses (comma-separated, CIDR allowed). */
const trustProxySetting = optionalString.pipe(
  z
    .string()
    .refine(
      (value) => /^\d{1,2}$/.test(value) || value.split(',').every((part) => isIP(part.trim().split('/')[0] ?? '') !== 0),
      'must be a number of proxy hops (such as 1) or proxy addresses separated by commas (such as 10.0.0.2,10.0.1.0/24)',
    )
    .transform((value): number | string => (/^\d{1,2}$/.test(value) ? Number(value) : value.split(',').map((part) => part.trim()).join(',')))
    .optional(),
);

/** The environment contract: see README.md, "Configuration". */
export const configSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456789:AAH… (the token BotFather gives)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: optionalString.pipe(httpUrl.optional()).default('https://api.telegram.org'),
    DATABASE_URL: optionalString
      .pipe(
        z
          .string()
          .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, 'must be file:<path> (SQLite) or postgresql://… (PostgreSQL)')
          .optional(),
      )
      .default(DEFAULT_DATABASE_URL),
    PORT: withDefault('3000').pipe(
      z.coerce
        .number<string>({ error: 'must be a port number from 0 to 65535' })
        .int('must be a port number from 0 to 65535')
        .min(0, 'must be a port number from 0 to 65535')
        .max(65535, 'must be a port number from 0 to 65535'),
    ),
    HOST: optionalString.default('127.0.0.1'),
    // Telegram's own servers only call https:// addresses; a local Bot API server may call http://.
    WEBHOOK_URL: optionalString.pipe(httpUrl.optional()),
    WEBHOOK_SECRET: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16 to 256 characters of A-Z, a-z, 0-9, _ and -')
        .optional(),
    ),
    // Telegram asks for about one message a second per chat; a local Bot API server (or a test) may allow more.
    TELEGRAM_CHAT_RATE: numberSetting('1', 'a number of messages a second', 0.1, 1000),
    /** Telegram's limit over all chats; 0 lifts it (a local Bot API server, a benchmark). */
    TELEGRAM_GLOBAL_RATE: numberSetting('30', 'a number of messages a second (0: no limit)', 0, 10_000),
    /** Chats whose turns run at the same time in one process. */
    TURN_CONCURRENCY: numberSetting('8', 'a number of chats', 1, 200, { integer: true }),
    /** Tries of a turn that keeps meeting a transient database fault before it is kept as failed. */
    TURN_RETRY_LIMIT: numberSetting('20', 'a number of tries', 1, 1000, { integer: true }),
    /** /readyz answers 503 when an update has waited in the inbox longer than this. */
    READY_BACKLOG_SECONDS: numberSetting('60', 'a number of seconds', 1, 3600),
    /** SQLite: FULL syncs the log at every commit; NORMAL may lose the last commits on a power cut (never on a crash). */
    SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
    SUPPORT_DATA_KEY: optionalString.pipe(
      z
        .string()
        .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value), 'must be 32 random bytes in base64 (openssl rand -base64 32)')
        .optional(),
    ),
    DISCREET_IDLE_MINUTES: numberSetting('5', 'a number of minutes', 0.01, 60),
    /** While a chat with a partner operator is open: operators need longer than a few minutes to answer. */
    DISCREET_CHAT_IDLE_MINUTES: numberSetting('20', 'a number of minutes', 0.01, 120),
    HEALTH_REMINDER_HOURS: withDefault('24,2').pipe(
      z
        .string()
        .regex(/^\d{1,3}(,\d{1,3}){0,4}$/, 'must be hours before the appointment separated by commas, such as 24,2')
        .transform((value) => [...new Set(value.split(',').map(Number))].filter((hours) => hours > 0 && hours <= 168)),
    ),
    /** How often each process looks for a newly published version of the dialog content. */
    CONTENT_POLL_SECONDS: numberSetting('2', 'a number of seconds', 0.1, 300),
    /** The folder holding dialogs/trees and locales that the console imports from and exports to (default: this repository). */
    CONTENT_FILES_DIR: optionalString.pipe(z.string().optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CONSOLE_ADMIN_EMAIL: optionalString.pipe(z.email('must be an email address').optional()),
    CONSOLE_ADMIN_PASSWORD: optionalString.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
    CONSOLE_SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    CONSOLE_SESSION_HOURS: numberSetting('8', 'a number of hours', 1, 72, { integer: true }),
    NODE_ENV: optionalString,
    /** public: anyone (local trials); staff: a logged-in console user only; off: no sandbox. Default from NODE_ENV. */
    SANDBOX: optionalString.pipe(z.enum(['public', 'staff', 'off'], { error: 'must be public, staff or off' }).optional()),
    TRUST_PROXY: trustProxySetting,
    /** Where the support key file lives (outside the data folder, so a backup of the database does not carry it). */
    SUPPORT_KEY_FILE: optionalString.pipe(z.string().optional()),
    /** How long each kind of personal data is kept (README, "Privacy: what is kept for how long"). */
    RETENTION_TRANSCRIPT_DAYS: numberSetting('30', 'a number of days', 1, 365, { integer: true }),
    RETENTION_REQUEST_MESSAGES_MONTHS: numberSetting('12', 'a number of months', 1, 120, { integer: true }),
    RETENTION_HEALTH_NOTES_MONTHS: numberSetting('6', 'a number of months', 1, 120, { integer: true }),
    RETENTION_PHOTOS_MONTHS: numberSetting('24', 'a number of months', 1, 120, { integer: true }),
    RETENTION_INACTIVE_TENANT_MONTHS: numberSetting('24', 'a number of months', 1, 120, { integer: true }),
    /** Future appointments a tenant may hold for one service. */
    HEALTH_MAX_FUTURE_APPOINTMENTS: numberSetting('2', 'a number of appointments', 1, 20, { integer: true }),
  })
  .superRefine((config, ctx) => {
    if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when WEBHOOK_URL is set' });
    }
    if (Boolean(config.CONSOLE_ADMIN_EMAIL) !== Boolean(config.CONSOLE_ADMIN_PASSWORD)) {
      const missing = config.CONSOLE_ADMIN_EMAIL ? 'CONSOLE_ADMIN_PASSWORD' : 'CONSOLE_ADMIN_EMAIL';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with the other CONSOLE_ADMIN_ variable' });
    }
    if (config.WEBHOOK_URL && !config.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'is required when WEBHOOK_URL is set' });
    }
  });

export type Config = z.output<typeof configSchema>;
export type SandboxMode = 'public' | 'staff' | 'off';

/** The sandbox's mode: SANDBOX, or staff in production and public elsewhere. */
export function sandboxModeOf(config: Pick<Config, 'SANDBOX' | 'NODE_ENV'>): SandboxMode {
  return config.SANDBOX ?? (config.NODE_ENV === 'production' ? 'staff' : 'public');
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Validates the environment; a wrong value throws a ConfigError naming the variable and what it expects. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
}
