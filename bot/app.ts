import { sandboxModeOf, type Config } from './config/config';
import type { Logger } from './config/logger';
import { TelegramChannel } from './channels/telegram/telegramChannel';
import { setupCalls } from './channels/telegram/setupCalls';
import { TELEGRAM_LIMITS } from './channels/telegram/outbox';
import { migrateIfPending } from './db/migrations';
import { createPrismaClient, unitOfWorkOf, type Db } from './db/prismaClient';
import { chatLocker } from './db/chatLocks';
import { checkpointSqlite, prepareSqlite } from './db/sqliteSettings';
import { DatabaseWatch } from './db/databaseWatch';
import { registerReadiness } from './http/readiness';
import { InboxStore } from './services/pipeline/inboxStore';
import { OutboxStore } from './services/pipeline/outboxStore';
import { PipelineSeal } from './services/pipeline/chatKeys';
import { FailedTurns } from './services/pipeline/failedTurns';
import { createHttpServer, routeTableOf, type RouteEntry } from './http/server';
import { registerSandboxRoutes } from './http/sandboxRoutes';
import { registerWebhookRoute } from './http/webhookRoute';
import { registerOpen311Routes } from './http/open311/open311Routes';
import { createContent } from './services/content/createContent';
import { seedReferenceData } from './services/referenceDataService';
import { TenantService } from './services/tenantService';
import { TrialRecords } from './services/trialRecords';
import { NotFoundError } from './services/errors';
import { TELEGRAM_CHANNEL } from './channels/telegram/updateToActivity';
import { createConversationState } from './state/conversationStates';
import { PrismaStorage } from './state/prismaStorage';
import { CasaBot } from './turn/casaBot';
import { ChatQueue } from './turn/chatQueue';
import { createTurnErrorHandler, errorText } from './turn/turnErrorHandler';
import { createActionRegistry } from '../dialogs/actions';
import { createDesk } from './services/desk/createDesk';
import { createMaintenance } from './services/maintenance/createMaintenance';
import { seedSampleBuildings } from './services/maintenance/sampleBuildings';
import { createHealth } from './services/health/createHealth';
import { seedHealth } from './services/health/healthSeed';
import { createCentre } from './services/centre/createCentre';
import { seedCentre } from './services/centre/centreSeed';
import { createSupport } from './services/support/createSupport';
import { createPrivacy } from './services/privacy/createPrivacy';
import { retentionPeriodsOf } from './services/privacy/retentionPolicy';
import { databaseTarget } from './db/databaseTarget';
import { DiscreetTrail } from './turn/discreetTrail';
import { DISCREET_EVENT } from '../dialogs/wellbeing/discreetPath';
import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { registerConsole } from './console/consoleServer';
import { telegramConnector } from './channels/telegram/telegramConnector';
import { StaffForum } from './channels/telegram/staffGroup/staffForum';
import { SANDBOX_CHANNEL, SandboxAdapter } from './channels/sandbox/sandboxAdapter';
import { sandboxConnector } from './channels/sandbox/sandboxConnector';
import { SandboxMailbox } from './channels/sandbox/sandboxMailbox';
import { ConversationGateway } from './turn/conversationGateway';
import { TranscriptService } from './services/transcriptService';
import { RetentionJob } from './services/privacy/retentionJob';
import { ensureConsoleAdmin, sessionSecretOf } from './console/consoleSetup';

export interface RunningApp {
  /** The port the HTTP server listens on (useful with PORT=0). */
  port: number;
  db: Db;
  telegram: TelegramChannel | undefined;
  /** Reaches tenants outside their turns (for tests driving the schedulers on their own clock). */
  gateway: ConversationGateway;
  /** Every HTTP route served (for the authorization matrix test). */
  routes: RouteEntry[];
  /** The published content version this process runs (null: the files alone). */
  contentVersion(): number | null;
  /** Where conversation states are kept (sealed): tests read and remove them through it. */
  stateStorage: PrismaStorage;
  stop(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Wires the bot together and starts it: database, dialogs, HTTP server, Telegram channel. */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const db = createPrismaClient(config.DATABASE_URL);
  const unit = unitOfWorkOf(db);
  const target = databaseTarget(config.DATABASE_URL);
  await migrateIfPending(db, config.DATABASE_URL, target.provider);
  if (target.provider === 'sqlite') await prepareSqlite(db, config.SQLITE_SYNCHRONOUS);
  await seedReferenceData(db);

  const content = await createContent(
    db,
    // A version changes the command descriptions and languages: Telegram gets them again.
    { pollSeconds: config.CONTENT_POLL_SECONDS, filesRoot: config.CONTENT_FILES_DIR, onApplied: async () => telegram?.runSetupCalls() },
    log,
  );
  const i18n = content.live.i18n;
  const gateway = new ConversationGateway();
  const desk = createDesk(db, gateway, i18n, log);
  await desk.settings.seedDefaults(new Date().getFullYear());
  await desk.canned.seed();
  await ensureConsoleAdmin(desk.accounts, config, log);
  await seedSampleBuildings(db, log);
  await seedHealth(db);
  const health = createHealth(db, gateway, config.HEALTH_REMINDER_HOURS, log, { maxFutureAppointments: config.HEALTH_MAX_FUTURE_APPOINTMENTS });
  await seedCentre(db);
  const centre = createCentre(db, gateway, config.HEALTH_REMINDER_HOURS, log);
  const support = createSupport(db, {
    configuredKey: config.SUPPORT_DATA_KEY,
    keyFile: config.SUPPORT_KEY_FILE ? path.resolve(config.SUPPORT_KEY_FILE) : undefined,
    dataDir: target.provider === 'sqlite' ? path.dirname(target.url) : path.resolve('data'),
    idleMinutes: config.DISCREET_CHAT_IDLE_MINUTES,
    gateway,
    log,
  });
  await support.settings.seed();
  const seal = new PipelineSeal(support.key);
  const inbox = new InboxStore(db, seal);
  const outbox = new OutboxStore(db, seal);
  // Runs once the erasing turn has committed (the checkpoint waits for the writer): the log is emptied of the path.
  const afterErase = () => void (target.provider === 'sqlite' ? unit.detached(() => checkpointSqlite(db)).catch(() => undefined) : undefined);
  let telegram: TelegramChannel | undefined;
  const fetchFile = (fileUrl: string) => (telegram ? telegram.fetchFile(fileUrl) : Promise.reject(new NotFoundError('the Telegram channel is off')));
  const maintenance = createMaintenance(db, gateway, fetchFile, log);
  const transcripts = new TranscriptService(db);
  const retention = retentionPeriodsOf(config);
  const privacy = createPrivacy(db, desk.events, desk.audit, retention, () => unit.afterCommit(afterErase));
  const retentionJob = new RetentionJob(db, privacy.erasure, retention, log);
  const stateStorage = new PrismaStorage(db, seal);
  const conversationState = createConversationState(stateStorage);
  const discreetTrail = new DiscreetTrail({
    idleMs: config.DISCREET_IDLE_MINUTES * 60_000,
    shortestIdleMs: Math.min(config.DISCREET_IDLE_MINUTES, config.DISCREET_CHAT_IDLE_MINUTES) * 60_000,
    conversationState,
    states: stateStorage,
    onIdle: (address) => gateway.runEvent(address, DISCREET_EVENT, {}),
    afterErase,
  });
  const bot = new CasaBot({
    conversationState,
    tenants: new TenantService(db),
    transcripts,
    desk: desk.tenantDesk,
    reports: maintenance.tenantReports,
    health: health.tenantHealth,
    centre: centre.tenantCentre,
    support: support.desk,
    privacy: privacy.tenant,
    discreetTrail,
    contentFor: content.contentFor,
    treeIds: content.live.treeIds(),
    actions: createActionRegistry(),
  });
  const onTurnError = createTurnErrorHandler(i18n, conversationState, log, (context) => bot.flowOf(context));
  const chatQueue = new ChatQueue();
  // The sandbox's turns are units of work too: a turn's state and records are written together, or not at all.
  const sandboxLogic = (context: TurnContext) => unit.run(() => bot.run(context));

  let ready = false;
  telegram = config.TELEGRAM_BOT_TOKEN
    ? new TelegramChannel({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        webhook: config.WEBHOOK_URL && config.WEBHOOK_SECRET ? { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET } : undefined,
        setupCalls: () => setupCalls(i18n, content.live.languages),
        limits: { ...TELEGRAM_LIMITS, perChatPerSecond: config.TELEGRAM_CHAT_RATE, globalPerSecond: config.TELEGRAM_GLOBAL_RATE },
        logic: bot.run,
        onTurnError,
        errorNotice: (locale) => errorText(i18n, locale),
        unit,
        chatQueue,
        inbox,
        outbox,
        seal,
        lockChat: chatLocker(db, target.provider),
        shared: target.provider === 'postgresql',
        concurrency: config.TURN_CONCURRENCY,
        retryLimit: config.TURN_RETRY_LIMIT,
        log,
      })
    : undefined;

  if (telegram) {
    gateway.register(TELEGRAM_CHANNEL, telegramConnector(telegram, bot.run));
    const forum = new StaffForum({
      ...desk,
      db,
      send: (chatId, call) => telegram.send(chatId, call),
      direct: (call) => telegram.direct(call),
      log,
    });
    forum.start(desk.events);
    telegram.groupHandler = forum.handle;
  }

  const sessionSecret = sessionSecretOf(config, log);
  const server = createHttpServer(log, () => ({ ready, telegram: telegram?.status ?? 'disabled' }), config.TRUST_PROXY ?? false);
  const watch = new DatabaseWatch(db, log);
  registerReadiness(server, {
    database: () => watch.check(),
    oldestWaiting: () => inbox.oldestPending(),
    backlogLimitMs: config.READY_BACKLOG_SECONDS * 1000,
  });
  const sessions = await registerConsole(server, {
    ...desk,
    db,
    i18n,
    fetchFile,
    maintenance,
    health,
    centre,
    support,
    privacy,
    content,
    botUsername: () => telegram?.username,
    sessionSecret,
    sessionHours: config.CONSOLE_SESSION_HOURS,
    failedTurns: new FailedTurns(inbox, (chatKey) => telegram?.retry(chatKey)),
  });
  registerOpen311Routes(server, { db, i18n });
  const sandboxAdapter = new SandboxAdapter();
  sandboxAdapter.onTurnError = async (context, error) => void (await onTurnError(context, error));
  const sandboxMailbox = new SandboxMailbox();
  gateway.register(SANDBOX_CHANNEL, sandboxConnector(sandboxAdapter, sandboxMailbox, chatQueue, sandboxLogic));
  await registerSandboxRoutes(server, {
    mode: sandboxModeOf(config),
    sessions,
    sessionHours: config.CONSOLE_SESSION_HOURS,
    staffById: (id) => desk.accounts.identityById(id),
    adapter: sandboxAdapter,
    mailbox: sandboxMailbox,
    logic: sandboxLogic,
    chatQueue,
    content: async (preview) => (preview ? content.preview.content() : content.live),
    previewSecret: sessionSecret,
  });
  if (telegram?.webhookPath && config.WEBHOOK_SECRET) {
    registerWebhookRoute(server, telegram.webhookPath, config.WEBHOOK_SECRET, (update) => telegram.handleWebhook(update));
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
  watch.start();
  desk.scheduler.start();
  health.reminders.start();
  content.watcher.start();
  retentionJob.start();
  // The discreet paths a restart interrupted are erased once idle, as if the bot had never stopped; then a sweep every minute.
  await discreetTrail.start();
  const trials = new TrialRecords(db);
  const cleanup = setInterval(() => {
    void inbox.forgetOlderThan(new Date(Date.now() - DAY)).catch(() => undefined);
    void outbox.forgetSentBefore(new Date(Date.now() - 2 * DAY)).catch(() => undefined);
    void sessions.forgetExpired().catch(() => undefined);
    void support.inbox.sweep().catch(() => undefined);
    void support.chats.sweep().catch(() => undefined);
    void trials.sweep().catch(() => undefined);
  }, DAY / 24);
  cleanup.unref();
  ready = true;
  log.info({ port, sandbox: `http://localhost:${port}/sandbox/`, console: `http://localhost:${port}/console/` }, 'casa-bot ready');

  return {
    port,
    db,
    telegram,
    gateway,
    routes: routeTableOf(server),
    contentVersion: () => content.live.version,
    stateStorage,
    async stop() {
      clearInterval(cleanup);
      watch.stop();
      await desk.scheduler.stop();
      await health.reminders.stop();
      await content.watcher.stop();
      await retentionJob.stop();
      await telegram?.stop();
      await server.close();
      await chatQueue.drain();
      // After the last turns: their changes to the path's trail are written before the database closes.
      await discreetTrail.stop();
      await db.$disconnect();
    },
  };
}

const NO_TOKEN_MESSAGE = (port: number) =>
  `TELEGRAM_BOT_TOKEN is not set, so the Telegram channel is off. To get a token: open Telegram, talk to @BotFather, send /newbot, ` +
  `then put the token in .env as TELEGRAM_BOT_TOKEN=… and restart. Meanwhile the bot works in the sandbox: http://localhost:${port}/sandbox/`;
