/** The Telegram mode's knobs (environment variables), with the full size as defaults. */
export interface TelegramBenchSettings {
  updates: number;
  chats: number;
  tenants: number;
  /** which bots to measure */
  bots: Array<'casa-bot' | 'echo' | 'session+wizard'>;
  /** casa-bot's databases to run on */
  databases: Array<'sqlite' | 'postgresql'>;
  /** a phase ends when nothing moved for this long */
  idleMs: number;
  /** and after this long in all */
  phaseMaxMs: number;
  stepTimeoutMs: number;
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

export function telegramBenchSettings(): TelegramBenchSettings {
  const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(',').map((name) => name.trim());
  for (const name of databases) if (name !== 'sqlite' && name !== 'postgresql') throw new Error(`BENCH_DATABASES: unknown database ${name}`);
  const bots = (process.env.BENCH_BOTS ?? 'casa-bot,echo,session+wizard').split(',').map((name) => name.trim());
  for (const name of bots) if (!['casa-bot', 'echo', 'session+wizard'].includes(name)) throw new Error(`BENCH_BOTS: unknown bot ${name}`);
  return {
    bots: bots as Array<'casa-bot' | 'echo' | 'session+wizard'>,
    updates: Math.floor(positive('BENCH_UPDATES', 20_000)),
    chats: Math.floor(positive('BENCH_CHATS', 1_000)),
    tenants: Math.floor(positive('BENCH_TENANTS', 200)),
    databases: databases as Array<'sqlite' | 'postgresql'>,
    idleMs: positive('BENCH_IDLE_SECONDS', 30) * 1000,
    phaseMaxMs: positive('BENCH_PHASE_SECONDS', 900) * 1000,
    stepTimeoutMs: positive('BENCH_STEP_SECONDS', 30) * 1000,
  };
}
