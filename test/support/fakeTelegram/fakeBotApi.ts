import { randomInt } from 'node:crypto';
import { BotSettings } from './botSettings';
import { CallLog, type CallCursor, type CallPredicate } from './callLog';
import { CallbackQueries, type CallbackAnswer } from './callbackQueries';
import { ChatStore } from './chatStore';
import { Dispatcher } from './dispatcher';
import { FaultInjector } from './faults';
import { FileStore } from './fileStore';
import { METHODS, type FakeState } from './methods';
import { FakeHttpServer } from './server';
import { FakeForumGroup, type FakeForumGroupSpec } from './forumGroup';
import { FakeUser, type FakeUserSpec, type UserEnvironment } from './tenant';
import type { Call, FailSpec, TgBotCommand, TgUpdate, TgUser, WebhookDelivery } from './types';
import { UpdateQueue } from './updateQueue';
import { WebhookDispatcher } from './webhook';

export interface FakeBotApiOptions {
  /** "<bot id>:<secret>", e.g. "123:ABC" */
  token: string;
  /** getMe().username; default "fake_test_bot" */
  botUsername?: string;
  /** getMe().first_name; default "Fake Test Bot" */
  botFirstName?: string;
  /** first update_id; default random (like Telegram, bots must not assume a start value) */
  firstUpdateId?: number;
  /** getUpdates timeout cap in seconds (the real API caps at 50) */
  longPollMaxSeconds?: number;
  /** delay between webhook delivery attempts; default 100 ms */
  webhookRetryDelayMs?: number;
  /** attempts per update before giving up on it; default 3 */
  webhookMaxAttempts?: number;
  /** per-request webhook timeout; default 10 s */
  webhookTimeoutMs?: number;
  /** answerCallbackQuery later than this fails as "query is too old"; default: never expires */
  callbackQueryTtlMs?: number;
  /** clock (ms); default Date.now */
  now?: () => number;
}

/** An in-process fake of the Telegram Bot API HTTP server for integration tests. */
export class FakeBotApi {
  private readonly log = new CallLog();
  private readonly faults = new FaultInjector();
  private readonly state: FakeState;
  private readonly dispatcher: Dispatcher;
  private readonly users = new Map<number, FakeUser>();
  private readonly groups = new Map<number, FakeForumGroup>();
  private stopped = false;
  /** updates not queued because allowed_updates excluded their type */
  readonly filteredUpdates: TgUpdate[] = [];

  private readonly http: FakeHttpServer;
  private root = '';
  readonly token: string;

  private constructor(options: FakeBotApiOptions) {
    const token = options.token;
    this.token = token;
    const botId = /^(\d+):\S+$/.exec(token)?.[1];
    if (botId === undefined) throw new Error(`fakeTelegram: token must look like "<bot id>:<secret>", got ${JSON.stringify(token)}`);
    const now = options.now ?? Date.now;
    const username = options.botUsername ?? 'fake_test_bot';
    const bot: TgUser = {
      id: Number(botId),
      is_bot: true,
      first_name: options.botFirstName ?? 'Fake Test Bot',
      username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    };
    const updates = new UpdateQueue(options.firstUpdateId ?? randomInt(100_000_000, 900_000_000));
    const webhook = new WebhookDispatcher(
      updates,
      {
        retryDelayMs: options.webhookRetryDelayMs ?? 100,
        maxAttempts: options.webhookMaxAttempts ?? 3,
        timeoutMs: options.webhookTimeoutMs ?? 10_000,
        now,
      },
      async (method, params) => {
        await this.dispatcher.dispatch(method, params, { signal: new AbortController().signal, viaWebhookReply: true, at: now() });
      },
    );
    this.state = {
      token,
      bot,
      now,
      longPollMaxSeconds: options.longPollMaxSeconds ?? 50,
      chats: new ChatStore(),
      files: new FileStore(),
      updates,
      webhook,
      settings: new BotSettings(),
      callbackQueries: new CallbackQueries(options.callbackQueryTtlMs, now),
    };
    this.dispatcher = new Dispatcher(this.state, this.log, this.faults);
    this.http = new FakeHttpServer(token, this.dispatcher, this.state.files, now);
  }

  /** Starts the fake on 127.0.0.1:<random port>. */
  static async start(options: FakeBotApiOptions): Promise<FakeBotApi> {
    const fake = new FakeBotApi(options);
    fake.root = await fake.http.listen();
    return fake;
  }

  /** "http://127.0.0.1:<port>" — pass as `telegram: { apiRoot }` to Telegraf. */
  get apiRoot(): string {
    return this.root;
  }

  /** getMe() result */
  get bot(): TgUser {
    return { ...this.state.bot };
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.state.updates.close();
    this.state.webhook.stop();
    await this.http.close();
  }

  // ---------------------------------------------------------------- users and updates

  private userEnvironment(): UserEnvironment {
    return {
      chats: this.state.chats,
      files: this.state.files,
      callbackQueries: this.state.callbackQueries,
      bot: this.state.bot,
      now: this.state.now,
      enqueue: (raw) => this.queueUpdate(raw),
    };
  }

  /** A simulated user (private chat, chat id == user id). Same id → same FakeUser. */
  user(spec: FakeUserSpec): FakeUser {
    const existing = this.users.get(spec.id);
    if (existing !== undefined) return existing;
    const user = new FakeUser(spec, this.userEnvironment());
    this.users.set(spec.id, user);
    return user;
  }

  /**
   * A forum supergroup (is_forum: true) the bot is an administrator of; by default with the
   * can_manage_topics and can_delete_messages rights. Same id → same FakeForumGroup.
   */
  forumGroup(spec: FakeForumGroupSpec): FakeForumGroup {
    const existing = this.groups.get(spec.id);
    if (existing !== undefined) return existing;
    if (!Number.isSafeInteger(spec.id) || spec.id >= 0) {
      throw new Error(`fakeTelegram: a supergroup id must be a negative integer (e.g. -1001234567890), got ${spec.id}`);
    }
    const state = this.state.chats.createForumGroup({
      id: spec.id,
      title: spec.title,
      ...(spec.username !== undefined && { username: spec.username }),
      rights: { canManageTopics: spec.botCanManageTopics ?? true, canDeleteMessages: spec.botCanDeleteMessages ?? true },
    });
    const group = new FakeForumGroup(state, this.userEnvironment());
    this.groups.set(spec.id, group);
    return group;
  }

  /**
   * Queues a raw update (any shape). Assigns update_id when missing; with an explicit
   * update_id the update is queued again even if the bot already confirmed it (redelivery).
   * Updates whose type is excluded by the bot's allowed_updates are not queued (see filteredUpdates).
   */
  queueUpdate(raw: Record<string, unknown>): TgUpdate {
    const { update, accepted } = this.state.updates.enqueue(raw);
    if (!accepted) this.filteredUpdates.push(update);
    return update;
  }

  /** Updates not yet confirmed (getUpdates offset) or delivered (webhook). */
  pendingUpdates(): TgUpdate[] {
    return this.state.updates.pending();
  }

  /**
   * Resolves once the update is no longer pending: confirmed by a later getUpdates offset
   * (i.e. the bot finished the batch) or acknowledged with 2xx by the webhook.
   */
  waitForUpdateConsumed(updateId: number, timeoutMs = 5000): Promise<void> {
    const queue = this.state.updates;
    if (!queue.isPending(updateId)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const off = queue.onChange(() => {
        if (queue.isPending(updateId)) return;
        off();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        off();
        reject(new Error(`fakeTelegram: update ${updateId} still pending after ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  /**
   * Resolves when the bot is ready to receive updates: a getUpdates long poll is waiting,
   * or a webhook is set. (Updates queued earlier are delivered anyway.)
   */
  waitUntilReceiving(timeoutMs = 5000): Promise<void> {
    const ready = (): boolean => this.state.updates.polling || this.state.webhook.active;
    if (ready()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const off = this.state.updates.onChange(() => {
        if (!ready()) return;
        off();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        off();
        reject(new Error(`fakeTelegram: the bot is neither long-polling nor has a webhook after ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  // ---------------------------------------------------------------- observing calls

  /** Every API call so far (also failed, unauthorized and unknown-method ones), in completion order. */
  get calls(): readonly Call[] {
    return this.log.calls;
  }

  callsTo(method: string): Call[] {
    return this.log.calls.filter((c) => c.method.toLowerCase() === method.toLowerCase());
  }

  /** The first matching call made from now on. */
  waitForCall(method: string, predicate?: CallPredicate, timeoutMs = 5000): Promise<Call> {
    return this.log.waitSince(this.log.calls.length, method, predicate, timeoutMs);
  }

  /** The first matching call with index >= `index` (already made or future). */
  waitForCallSince(index: number, method: string, predicate?: CallPredicate, timeoutMs = 5000): Promise<Call> {
    return this.log.waitSince(index, method, predicate, timeoutMs);
  }

  /** A cursor over calls starting at `fromIndex` (default: now); each next() moves past its match. */
  callCursor(fromIndex = this.log.calls.length): CallCursor {
    return this.log.cursor(fromIndex);
  }

  /** What the bot answered to a callback query (answerCallbackQuery), if it did. */
  callbackAnswer(callbackQueryId: string): CallbackAnswer | undefined {
    return this.state.callbackQueries.answerOf(callbackQueryId);
  }

  /** Commands set with setMyCommands for a scope (default {type:'default'}) and language ('' = all). */
  myCommands(scope: Record<string, string | number> = { type: 'default' }, languageCode = ''): TgBotCommand[] {
    return this.state.settings.getCommands(BotSettings.scopeKey(scope), languageCode);
  }

  // ---------------------------------------------------------------- faults

  /** The next `times` calls to `method` fail with this error (HTTP status = errorCode). */
  failNext(method: string, spec: FailSpec, times = 1): void {
    const entry = METHODS.get(method.toLowerCase());
    if (entry === undefined) throw new Error(`fakeTelegram: failNext for unknown method ${method}`);
    this.faults.add(entry.name, spec, times);
  }

  clearFailures(): void {
    this.faults.clear();
  }

  // ---------------------------------------------------------------- webhook

  /** Every webhook delivery attempt, in order. */
  get webhookDeliveries(): readonly WebhookDelivery[] {
    return this.state.webhook.deliveries;
  }

  /**
   * POSTs `update` (as JSON, not queued) to the webhook URL set by the bot (or `options.url`).
   * secret: undefined → the secret_token the bot set; null → no header; string → that header value.
   * Returns the HTTP status (0 if the connection failed).
   */
  async postToWebhook(update: Record<string, unknown>, options: { secret?: string | null; url?: string } = {}): Promise<number> {
    const url = options.url ?? this.state.webhook.config?.url;
    if (url === undefined) throw new Error('fakeTelegram: no webhook is set; pass options.url');
    const secret = options.secret === undefined ? this.state.webhook.config?.secretToken ?? null : options.secret;
    const result = await this.state.webhook.send(url, update, secret);
    return result.status;
  }
}

/** Predicate for calls to a chat: fake.waitForCall('sendMessage', toChat(1001)). */
export function toChat(chatId: number | string): CallPredicate {
  return (call) => call.chatId !== undefined && String(call.chatId) === String(chatId);
}
