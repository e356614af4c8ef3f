import { Telegraf } from 'telegraf';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../config/logger';
import type { ChatQueue } from '../../turn/chatQueue';
import type { UpdateLog } from '../../services/updateLog';
import type { TelegramCall } from './activityToCalls';
import { Outbox, TELEGRAM_LIMITS, type OutboxLimits } from './outbox';
import { TelegramAdapter } from './telegramAdapter';
import { updateIdOf, updateSchema } from './updateSchema';
import { fileIdOf, updateToActivity, type TelegramActivityData } from './updateToActivity';
import type { Activity } from 'botbuilder';

/** Handles what happens in groups (the staff forum groups); tenants' dialogs only run in private chats. */
export type GroupHandler = (activity: Partial<Activity>, data: TelegramActivityData) => Promise<void>;

export interface TelegramChannelOptions {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string };
  /** Calls that make the bot nicer (commands, menu button) but that it can live without; made again when the content changes. */
  setupCalls: () => TelegramCall[];
  logic: (context: TurnContext) => Promise<void>;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  chatQueue: ChatQueue;
  updateLog: UpdateLog;
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

/** Connects the Telegram adapter to the Bot API: long polling or a webhook, each update handled once, in order per chat. */
export class TelegramChannel {
  readonly telegraf: Telegraf;
  private adapter: TelegramAdapter | undefined;
  private polling: Promise<void> | undefined;
  private outbox: Outbox | undefined;
  groupHandler: GroupHandler | undefined;
  status: 'starting' | 'polling' | 'webhook' | 'stopped' = 'starting';

  constructor(private readonly options: TelegramChannelOptions) {
    this.telegraf = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot, webhookReply: false } });
  }

  /** The bot's @username once started (deep links are made with it). */
  get username(): string | undefined {
    return this.telegraf.botInfo?.username;
  }

  get webhookPath(): string | undefined {
    return this.options.webhook ? new URL(this.options.webhook.url).pathname : undefined;
  }

  async start(): Promise<void> {
    const { log, webhook } = this.options;
    const me = await this.telegraf.telegram.getMe().catch((error: { code?: number }) => {
      throw error.code === 401 ? new TelegramTokenRejectedError() : error;
    });
    this.telegraf.botInfo = me;
    const outbox = new Outbox((call) => this.call(call), log, this.options.limits ?? TELEGRAM_LIMITS);
    this.outbox = outbox;
    this.adapter = new TelegramAdapter(outbox, (call) => this.call(call), String(me.id), log);
    this.adapter.onTurnError = this.options.onTurnError;
    await this.runSetupCalls();
    if (webhook) {
      await this.telegraf.telegram.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      this.status = 'webhook';
      log.info({ username: me.username, mode: 'webhook' }, 'telegram channel started');
      return;
    }
    this.telegraf.use((ctx) => this.handleUpdate(ctx.update));
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
    if (this.status === 'polling') {
      this.telegraf.stop('shutdown');
      await this.polling;
    }
    this.status = 'stopped';
  }

  /** Handles one raw update from polling or the webhook. Never throws: a bad update is logged and skipped. */
  async handleUpdate(raw: unknown): Promise<void> {
    const { log, updateLog, chatQueue, logic } = this.options;
    const updateId = updateIdOf(raw);
    if (updateId === undefined || !this.adapter) {
      log.warn('update without a valid update_id ignored');
      return;
    }
    const adapter = this.adapter;
    try {
      if (!(await updateLog.claim(updateId))) {
        log.info({ updateId }, 'redelivered update skipped');
        return;
      }
      const parsed = updateSchema.safeParse(raw);
      if (!parsed.success) {
        log.warn({ updateId, problems: parsed.error.issues.map((issue) => issue.path.join('.')) }, 'malformed update ignored');
        return;
      }
      const activity = updateToActivity(parsed.data, raw, adapter.botId);
      if (!activity) return;
      if (activity.conversation!.isGroup) {
        await this.groupHandler?.(activity, activity.channelData as TelegramActivityData);
        return;
      }
      await chatQueue.run(`telegram:${activity.conversation!.id}`, () => adapter.processActivity(activity, logic));
    } catch (error) {
      log.error({ updateId, err: (error as Error).message }, 'update handling failed');
    }
  }

  /** The running adapter (undefined before start). */
  get runningAdapter(): TelegramAdapter | undefined {
    return this.adapter;
  }

  /** A Bot API call to a chat, in that chat's order and within the rate limits. */
  send(chatId: string, call: TelegramCall): Promise<unknown> {
    if (!this.outbox) return Promise.reject(new Error('the Telegram channel is not running'));
    return this.outbox.send(chatId, call);
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
