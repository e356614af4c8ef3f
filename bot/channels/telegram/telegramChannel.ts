import { randomUUID } from 'node:crypto';
import { Telegraf } from 'telegraf';
import { TurnContext, type Activity } from 'botbuilder';
import type { Logger } from '../../config/logger';
import type { UnitOfWork } from '../../db/unitOfWork';
import type { PipelineSeal } from '../../services/pipeline/chatKeys';
import type { InboxStore } from '../../services/pipeline/inboxStore';
import type { OutboxStore } from '../../services/pipeline/outboxStore';
import type { ChatQueue } from '../../turn/chatQueue';
import type { TelegramCall } from './activityToCalls';
import { InboxReceiver } from './inboxReceiver';
import { InboxWorker } from './inboxWorker';
import { parseMessageRef } from './messageRefs';
import { Outbox, TELEGRAM_LIMITS, type OutboxLimits } from './outbox';
import { OutboxSender } from './outboxSender';
import { TelegramAdapter, type ErrorNotice } from './telegramAdapter';
import { updateSchema } from './updateSchema';
import { fileIdOf, TELEGRAM_CHANNEL, updateToActivity, type TelegramActivityData } from './updateToActivity';

/** Handles what happens in groups (the staff forum groups); tenants' dialogs only run in private chats. */
export type GroupHandler = (activity: Partial<Activity>, data: TelegramActivityData) => Promise<void>;

export interface TelegramChannelOptions {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string };
  /** Calls that make the bot nicer (commands, menu button) but that it can live without; made again when the content changes. */
  setupCalls: () => TelegramCall[];
  logic: (context: TurnContext) => Promise<void>;
  /** Answers a turn that failed on a bug (error text in the tenant's language); returns the flow it broke. */
  onTurnError: (context: TurnContext, error: Error) => Promise<string | undefined>;
  /** The error text in a language (sent in place of a message Telegram refuses as malformed). */
  errorNotice: ErrorNotice;
  unit: UnitOfWork;
  chatQueue: ChatQueue;
  inbox: InboxStore;
  outbox: OutboxStore;
  seal: PipelineSeal;
  /** Several processes share the database (PostgreSQL): chats are locked and outbox chats leased across them. */
  lockChat(chatKey: string): Promise<void>;
  shared: boolean;
  concurrency: number;
  retryLimit: number;
  log: Logger;
  limits?: OutboxLimits;
}

export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export class TelegramTokenRejectedError extends Error {
  override readonly name = 'TelegramTokenRejectedError';
  constructor() {
    super('TELEGRAM_BOT_TOKEN: Telegram refused this token (401 Unauthorized); ask @BotFather for the right one');
  }
}

/**
 * Connects the Telegram adapter to the Bot API. Updates from long polling or the webhook are stored in the inbox
 * before Telegram is told they arrived; the inbox worker runs their turns, and the outbox sender their calls.
 */
export class TelegramChannel {
  readonly telegraf: Telegraf;
  private adapter: TelegramAdapter | undefined;
  private polling: Promise<void> | undefined;
  private transport: Outbox | undefined;
  private sender: OutboxSender | undefined;
  private readonly worker: InboxWorker;
  private readonly receiver: InboxReceiver;
  groupHandler: GroupHandler | undefined;
  status: 'starting' | 'polling' | 'webhook' | 'stopped' = 'starting';

  constructor(private readonly options: TelegramChannelOptions) {
    this.telegraf = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot, webhookReply: false } });
    this.worker = new InboxWorker(options.inbox, options.unit, options.chatQueue, {
      concurrency: options.concurrency,
      retryLimit: options.retryLimit,
      lockChat: options.lockChat,
      runTurn: (update) => this.runTurn(update),
      answerFailure: (update, error) => this.answerFailure(update, error),
      committed: (chatKey) => this.sender?.wake(chatKey),
      log: options.log,
    });
    this.receiver = new InboxReceiver(options.inbox, (chatId) => this.chatKeyOf(chatId), (chatKeys) => this.worker.wake(chatKeys));
  }

  /** The bot's @username once started (deep links are made with it). */
  get username(): string | undefined {
    return this.telegraf.botInfo?.username;
  }

  get webhookPath(): string | undefined {
    return this.options.webhook ? new URL(this.options.webhook.url).pathname : undefined;
  }

  chatKeyOf(chatId: string): string {
    return this.options.seal.chatKey(TELEGRAM_CHANNEL, chatId);
  }

  async start(): Promise<void> {
    const { log, webhook } = this.options;
    const me = await this.telegraf.telegram.getMe().catch((error: { code?: number }) => {
      throw error.code === 401 ? new TelegramTokenRejectedError() : error;
    });
    this.telegraf.botInfo = me;
    this.transport = new Outbox((call) => this.call(call), log, this.options.limits ?? TELEGRAM_LIMITS);
    this.sender = new OutboxSender(this.options.outbox, this.transport, { owner: randomUUID(), shared: this.options.shared, log });
    this.adapter = new TelegramAdapter(
      (chatId, call) => this.options.outbox.enqueue(this.chatKeyOf(chatId), chatId, call),
      (call) => this.call(call),
      String(me.id),
      log,
      this.options.errorNotice,
    );
    await this.runSetupCalls();
    this.sender.start();
    this.worker.start();
    if (webhook) {
      await this.telegraf.telegram.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      this.status = 'webhook';
      log.info({ username: me.username, mode: 'webhook' }, 'telegram channel started');
      return;
    }
    this.telegraf.use((ctx) => this.storeFromPolling(ctx.update));
    this.telegraf.catch((error) => log.error({ err: (error as Error).message }, 'telegram update failed'));
    // launch() settles only when polling ends; onLaunch tells when it has begun.
    await new Promise<void>((began) => {
      this.polling = this.telegraf
        .launch({ allowedUpdates: [...ALLOWED_UPDATES], dropPendingUpdates: false }, began)
        .catch((error: Error) => {
          this.status = 'stopped';
          log.error({ err: error.message }, 'telegram polling stopped');
          began();
        });
    });
    if (this.status === 'stopped') throw new Error('Telegram long polling could not start');
    this.status = 'polling';
    log.info({ username: me.username, mode: 'polling' }, 'telegram channel started');
  }

  async stop(): Promise<void> {
    const wasPolling = this.status === 'polling';
    this.status = 'stopped';
    if (wasPolling) {
      this.telegraf.stop('shutdown');
      await this.polling;
    }
    await this.worker.stop();
    await this.sender?.stop();
  }

  /**
   * A webhook request: resolves once the update is stored (answer 200), rejects while the database cannot store it
   * (answer 503, Telegram sends it again). False when the body is not an update at all.
   */
  handleWebhook(raw: unknown): Promise<boolean> {
    return this.receiver.receive(raw);
  }

  /** Polling: the offset moves on only once this resolves, so an update is never confirmed before it is stored. */
  private async storeFromPolling(raw: unknown): Promise<void> {
    for (let attempt = 0; this.status !== 'stopped'; attempt += 1) {
      try {
        if (!(await this.receiver.receive(raw))) this.options.log.warn('update without a valid update_id ignored');
        return;
      } catch (error) {
        if (attempt === 0) this.options.log.warn({ err: (error as Error).name }, 'inbox: cannot store updates; polling waits for the database');
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 200 * 2 ** attempt)));
      }
    }
  }

  /** Runs the turn of one stored update (inside the worker's transaction). */
  private async runTurn(raw: unknown): Promise<void> {
    const { log, logic } = this.options;
    const parsed = updateSchema.safeParse(raw);
    if (!parsed.success) {
      log.warn({ problems: parsed.error.issues.map((issue) => issue.path.join('.')) }, 'malformed update ignored');
      return;
    }
    const adapter = this.running();
    const activity = updateToActivity(parsed.data, raw, adapter.botId);
    if (!activity) return;
    if (activity.conversation!.isGroup) await this.groupHandler?.(activity, activity.channelData as TelegramActivityData);
    else await adapter.processActivity(activity, logic);
  }

  private async answerFailure(raw: unknown, error: Error): Promise<string | undefined> {
    const parsed = updateSchema.safeParse(raw);
    const adapter = this.running();
    const activity = parsed.success ? updateToActivity(parsed.data, raw, adapter.botId) : undefined;
    if (!activity || activity.conversation!.isGroup) {
      this.options.log.error({ err: error.name }, 'update handling failed');
      return undefined;
    }
    return this.options.onTurnError(new TurnContext(adapter, activity), error);
  }

  /** Sends activities to a tenant outside their turns (a manager's reply): written, committed, then awaited. */
  async deliver(chatId: string, activities: Partial<Activity>[]): Promise<void> {
    const adapter = this.running();
    const responses = await this.options.unit.run(() => adapter.write(chatId, activities));
    await this.afterCommit(chatId, responses.map((response) => response.id));
  }

  /** A turn for an event in a tenant's chat, in order with the tenant's own turns; resolves once its messages are sent. */
  async runEvent(chatId: string, run: (adapter: TelegramAdapter) => Promise<string[]>): Promise<void> {
    const chatKey = this.chatKeyOf(chatId);
    const adapter = this.running();
    const refs = await this.options.chatQueue.run(chatKey, () =>
      this.options.unit.run(async () => {
        await this.options.lockChat(chatKey);
        return run(adapter);
      }),
    );
    await this.afterCommit(chatId, refs);
  }

  private async afterCommit(chatId: string, refs: string[]): Promise<void> {
    this.sender?.wake(this.chatKeyOf(chatId));
    const ids = refs.filter((ref) => ref !== '').map((ref) => parseMessageRef(ref, chatId).messageId);
    const outboxIds = ids.flatMap((id) => (typeof id === 'number' ? [] : [id.outboxRef]));
    if (outboxIds.length > 0) await this.sender?.whenSent(outboxIds);
  }

  /** Runs a failed turn again (a coordinator's retry). */
  retry(chatKey: string): void {
    this.worker.wake([chatKey]);
  }

  /** The running adapter (undefined before start). */
  get runningAdapter(): TelegramAdapter | undefined {
    return this.adapter;
  }

  private running(): TelegramAdapter {
    if (!this.adapter) throw new Error('the Telegram channel is not running');
    return this.adapter;
  }

  /** A Bot API call to a staff group, in that chat's order and within the rate limits (not a tenant's outbox). */
  send(chatId: string, call: TelegramCall): Promise<unknown> {
    if (!this.transport) return Promise.reject(new Error('the Telegram channel is not running'));
    return this.transport.send(chatId, call);
  }

  /** Downloads a file a user sent (a telegram-file: URL from updateToActivity), through getFile. */
  async fetchFile(fileUrl: string): Promise<{ body: Buffer; contentType: string }> {
    const fileId = fileIdOf(fileUrl);
    if (!fileId) throw new Error('not a Telegram file');
    const link = await this.telegraf.telegram.getFileLink(fileId);
    const response = await fetch(link, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`file download failed (${response.status})`);
    return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
  }

  /** A Bot API call that belongs to no chat's order (answering a button press). */
  direct(call: TelegramCall): Promise<unknown> {
    return this.call(call);
  }

  /** Sends the command lists again (a published version changed their texts or languages). */
  async runSetupCalls(): Promise<void> {
    for (const call of this.options.setupCalls()) {
      await this.call(call).catch((error: Error) => this.options.log.warn({ method: call.method, err: error.message }, 'optional telegram setup call failed'));
    }
  }

  private call(call: TelegramCall): Promise<unknown> {
    return this.telegraf.telegram.callApi(call.method as 'sendMessage', call.params as never);
  }
}
