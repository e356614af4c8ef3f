import type { Config } from './config/config';
import type { Logger } from './config/logger';
import { TelegramChannel } from './channels/telegram/telegramChannel';
import { setupCalls } from './channels/telegram/setupCalls';
import { migrateDeploy } from './db/prismaCli';
import { createPrismaClient, type Db } from './db/prismaClient';
import { createHttpServer } from './http/server';
import { registerSandboxRoutes } from './http/sandboxRoutes';
import { registerWebhookRoute } from './http/webhookRoute';
import { createI18n } from './i18n/i18n';
import { seedReferenceData } from './services/referenceDataService';
import { TenantService } from './services/tenantService';
import { UpdateLog } from './services/updateLog';
import { createConversationState } from './state/conversationStates';
import { PrismaStorage } from './state/prismaStorage';
import { CasaBot } from './turn/casaBot';
import { ChatQueue } from './turn/chatQueue';
import { createTurnErrorHandler } from './turn/turnErrorHandler';
import { loadTrees } from '../dialogs/loadTrees';
import { createActionRegistry } from '../dialogs/actions';

export interface RunningApp {
  /** The port the HTTP server listens on (useful with PORT=0). */
  port: number;
  db: Db;
  telegram: TelegramChannel | undefined;
  stop(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Wires the bot together and starts it: database, dialogs, HTTP server, Telegram channel. */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  await migrateDeploy(config.DATABASE_URL);
  const db = createPrismaClient(config.DATABASE_URL);
  await seedReferenceData(db);

  const i18n = await createI18n();
  const conversationState = createConversationState(new PrismaStorage(db));
  const bot = new CasaBot({ conversationState, tenants: new TenantService(db), i18n, trees: loadTrees(), actions: createActionRegistry() });
  const onTurnError = createTurnErrorHandler(i18n, conversationState, log);
  const chatQueue = new ChatQueue();
  const updateLog = new UpdateLog(db);

  let ready = false;
  const telegram = config.TELEGRAM_BOT_TOKEN
    ? new TelegramChannel({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        webhook: config.WEBHOOK_URL && config.WEBHOOK_SECRET ? { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET } : undefined,
        setupCalls: setupCalls(i18n),
        logic: bot.run,
        onTurnError,
        chatQueue,
        updateLog,
        log,
      })
    : undefined;

  const server = createHttpServer(log, () => ({ ready, telegram: telegram?.status ?? 'disabled' }));
  registerSandboxRoutes(server, { logic: bot.run, onTurnError, chatQueue, i18n });
  if (telegram?.webhookPath && config.WEBHOOK_SECRET) {
    registerWebhookRoute(server, telegram.webhookPath, config.WEBHOOK_SECRET, (update) => telegram.handleUpdate(update));
  }
  await server.listen({ port: config.PORT, host: config.HOST });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;

  try {
    if (telegram) await telegram.start();
    else log.warn(NO_TOKEN_MESSAGE(port));
  } catch (error) {
    await server.close();
    await db.$disconnect();
    throw error;
  }
  const cleanup = setInterval(() => void updateLog.forgetOlderThan(new Date(Date.now() - 7 * DAY)).catch(() => undefined), DAY / 24);
  cleanup.unref();
  ready = true;
  log.info({ port, sandbox: `http://localhost:${port}/sandbox/` }, 'casa-bot ready');

  return {
    port,
    db,
    telegram,
    async stop() {
      clearInterval(cleanup);
      await telegram?.stop();
      await server.close();
      await chatQueue.drain();
      await db.$disconnect();
    },
  };
}

const NO_TOKEN_MESSAGE = (port: number) =>
  `TELEGRAM_BOT_TOKEN is not set, so the Telegram channel is off. To get a token: open Telegram, talk to @BotFather, send /newbot, ` +
  `then put the token in .env as TELEGRAM_BOT_TOKEN=… and restart. Meanwhile the bot works in the sandbox: http://localhost:${port}/sandbox/`;
