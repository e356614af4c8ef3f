import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createI18n } from '../../../bot/i18n/i18n';
import { FakeBotApi } from '../../support/fakeTelegram';
import { createTestDatabase, type Provider } from '../../support/testDatabase';
import { BotProcess, startScriptNodeFlags } from './botProcess';
import { runFirehose } from './firehose';
import type { PhaseFigures } from './phase';
import { telegramTable, type Row } from './report';
import { BASELINE_TENANT_SCRIPT, casaTenantScript } from './scripts';
import { telegramBenchSettings, type TelegramBenchSettings } from './settings';
import type { TenantScript } from './tenants';
import { runTenants } from './tenants';

const TOKEN = '123456:BENCH-token-for-the-fake-bot-api';
const FIREHOSE_FIRST_USER = 1_000_000;
const TENANTS_FIRST_USER = 2_000_000;

/** The bot's settings with the outbound limits lifted (TELEGRAM_GLOBAL_RATE is the core rewrite's; older builds ignore it). */
const LIFTED_LIMITS = { TELEGRAM_GLOBAL_RATE: '0', TELEGRAM_CHAT_RATE: '1000' };

interface Target {
  bot: Row['bot'];
  database: string;
  entry: string;
  nodeFlags?: string[];
  env: Record<string, string>;
  script: TenantScript;
}

/** One bot process on a fake Bot API of its own: the firehose, then the tenants; always stopped. */
async function measure(target: Target, settings: TelegramBenchSettings, notes: string[]): Promise<Row[]> {
  const fake = await FakeBotApi.start({ token: TOKEN, botUsername: 'casa_bench_bot' });
  const env = { ...target.env, TELEGRAM_BOT_TOKEN: TOKEN, BENCH_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, BENCH_API_ROOT: fake.apiRoot };
  let bot: BotProcess | undefined;
  try {
    const started = await BotProcess.start(target.bot, target.entry, env, fake, target.nodeFlags).catch(async (error: Error) => {
      // A build whose TELEGRAM_CHAT_RATE tops out lower (100 before the core rewrite): the highest it takes.
      if (!/TELEGRAM_CHAT_RATE/.test(error.message)) throw error;
      notes.push(`${target.bot} (${target.database}): TELEGRAM_CHAT_RATE=1000 refused by this build; ran with 100`);
      return BotProcess.start(target.bot, target.entry, { ...env, TELEGRAM_CHAT_RATE: '100' }, fake, target.nodeFlags);
    });
    bot = started;
    const rows: Row[] = [];
    const phases: Array<() => Promise<PhaseFigures>> = [
      () => runFirehose(fake, started, { updates: settings.updates, chats: settings.chats, firstUserId: FIREHOSE_FIRST_USER, limits: limits(settings) }),
      () =>
        runTenants(fake, started, {
          tenants: settings.tenants,
          firstUserId: TENANTS_FIRST_USER,
          script: target.script,
          stepTimeoutMs: settings.stepTimeoutMs,
          limits: limits(settings),
        }),
    ];
    for (const phase of phases) {
      const figures = await phase();
      rows.push({ database: target.database, bot: target.bot, figures });
      for (const note of figures.notes) notes.push(`${target.bot} (${target.database}): ${note}`);
      const said = started.output().split('\n').slice(-3).join(' ⏎ ');
      if (figures.incomplete && said !== '') notes.push(`${target.bot} (${target.database}): its last output: ${said.slice(0, 600)}`);
      console.error(`  ${target.bot} (${target.database}) ${figures.scenario}: ${figures.updatesPerSecond.toFixed(0)} updates/s, ${figures.messagesPerSecond.toFixed(0)} messages/s, ${figures.answered}/${figures.updates} answered`);
      if (!started.running) {
        notes.push(`${target.bot} (${target.database}): the process exited during the ${figures.scenario}:\n${started.output()}`);
        break;
      }
    }
    return rows;
  } finally {
    await bot?.stop();
    await fake.stop();
  }
}

const limits = (settings: TelegramBenchSettings) => ({ idleMs: settings.idleMs, maxMs: settings.phaseMaxMs });

async function casaBot(provider: Provider, settings: TelegramBenchSettings, notes: string[]): Promise<Row[]> {
  const database = await createTestDatabase(provider);
  try {
    const env = { ...LIFTED_LIMITS, DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'warn' };
    return await measure({ bot: 'casa-bot', database: provider, entry: 'bot/index.ts', nodeFlags: startScriptNodeFlags(), env, script: casaTenantScript(await createI18n()) }, settings, notes);
  } finally {
    await database.drop();
  }
}

async function baselines(settings: TelegramBenchSettings, notes: string[]): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casa-bench-'));
  const targets: Target[] = [
    { bot: 'echo', database: '—', entry: 'test/bench/telegram/baselines/echoBot.ts', env: {}, script: BASELINE_TENANT_SCRIPT },
    {
      bot: 'session+wizard',
      database: 'sqlite (sessions)',
      entry: 'test/bench/telegram/baselines/wizardBot.ts',
      env: { BENCH_SESSION_FILE: path.join(dir, 'sessions.db') },
      script: BASELINE_TENANT_SCRIPT,
    },
  ];
  try {
    const rows: Row[] = [];
    for (const target of targets) if (settings.bots.includes(target.bot)) rows.push(...(await measure(target, settings, notes)));
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `BENCH_MODE=telegram`: casa-bot (its own process, `node --import tsx bot/index.ts`) and two telegraf baselines (each its
 * own process) against the fake Bot API over HTTP on 127.0.0.1. Prints the table; resolves false when a run was incomplete.
 */
export async function telegramBench(): Promise<boolean> {
  const settings = telegramBenchSettings();
  console.log(
    `\nTelegram mode: firehose of ${settings.updates} updates from ${settings.chats} chats; ${settings.tenants} tenants × 5 updates; ` +
      `casa-bot with ${Object.entries(LIFTED_LIMITS).map(([key, value]) => `${key}=${value}`).join(' ')}`,
  );
  const notes: string[] = [];
  const rows: Row[] = [];
  let failed = false;
  const attempt = async (what: string, run: () => Promise<Row[]>) => {
    try {
      rows.push(...(await run()));
    } catch (error) {
      failed = true;
      notes.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await attempt('baselines', () => baselines(settings, notes));
  if (settings.bots.includes('casa-bot')) for (const provider of settings.databases) await attempt(`casa-bot (${provider})`, () => casaBot(provider, settings, notes));
  console.log(telegramTable(rows));
  for (const note of notes) console.log(`- ${note}`);
  return !failed && rows.every((row) => !row.figures.incomplete);
}
