import type { Logger } from '../../config/logger';
import { TokenBucket } from './tokenBucket';
import type { TelegramCall } from './activityToCalls';

export interface OutboxLimits {
  /** Telegram: about 30 messages a second to all chats together; 0 lifts it (a local Bot API server, a benchmark). */
  globalPerSecond: number;
  /** Telegram: about one message a second in one chat, with short bursts tolerated. */
  perChatPerSecond: number;
  perChatBurst: number;
  /** Network failures (not Telegram's answers) are retried this many times. */
  networkRetries: number;
}

export const TELEGRAM_LIMITS: OutboxLimits = { globalPerSecond: 30, perChatPerSecond: 1, perChatBurst: 3, networkRetries: 4 };

/** An error from the Bot API, as telegraf's TelegramError carries it. */
interface ApiError {
  code?: number;
  parameters?: { retry_after?: number };
  name?: string;
}

export class TelegramCallError extends Error {
  override readonly name = 'TelegramCallError';
  constructor(
    readonly method: string,
    readonly code: number | undefined,
    readonly description: string,
  ) {
    super(`${method} failed${code ? ` (${code})` : ''}: ${description}`);
  }
}

export type CallApi = (call: TelegramCall) => Promise<unknown>;

/**
 * Every call to a chat goes through here: in order per chat, within Telegram's rate limits, and retried
 * after `retry_after` when Telegram answers 429, so a message is delayed and never dropped.
 */
export class Outbox {
  private readonly global: TokenBucket | undefined;
  private readonly chats = new Map<string, { bucket: TokenBucket; tail: Promise<unknown> }>();

  constructor(
    private readonly callApi: CallApi,
    private readonly log: Logger,
    private readonly limits: OutboxLimits = TELEGRAM_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    // No burst across chats: evenly spaced calls keep every one-second window within the limit.
    this.global = limits.globalPerSecond > 0 ? new TokenBucket(1, limits.globalPerSecond, now) : undefined;
  }

  send(chatId: string, call: TelegramCall): Promise<unknown> {
    const chat = this.chatOf(chatId);
    const result = chat.tail.then(() => this.deliver(chat.bucket, call));
    chat.tail = result.catch(() => undefined);
    void chat.tail.then(() => this.forgetIfIdle(chatId, chat.tail));
    return result;
  }

  private async deliver(bucket: TokenBucket, call: TelegramCall): Promise<unknown> {
    let networkFailures = 0;
    for (;;) {
      // Telegram's limits are about new messages; edits, deletions and chat actions only keep their order.
      if (isNewMessage(call)) {
        await this.waitFor(bucket);
        if (this.global) await this.waitFor(this.global);
      }
      try {
        return await this.callApi(call);
      } catch (error) {
        const apiError = error as ApiError;
        if (apiError.code === 429) {
          const seconds = apiError.parameters?.retry_after ?? 1;
          this.log.warn({ method: call.method, retryAfter: seconds }, 'telegram rate limit, delaying');
          await this.sleep(seconds * 1000);
          continue;
        }
        if (apiError.code === undefined && networkFailures < this.limits.networkRetries) {
          networkFailures += 1;
          await this.sleep(250 * 2 ** networkFailures);
          continue;
        }
        throw new TelegramCallError(call.method, apiError.code, (error as Error).message);
      }
    }
  }

  private async waitFor(bucket: TokenBucket): Promise<void> {
    for (let wait = bucket.take(); wait > 0; wait = bucket.take()) await this.sleep(wait);
  }

  private chatOf(chatId: string) {
    let chat = this.chats.get(chatId);
    if (!chat) {
      chat = { bucket: new TokenBucket(this.limits.perChatBurst, this.limits.perChatPerSecond, this.now), tail: Promise.resolve() };
      this.chats.set(chatId, chat);
    }
    return chat;
  }

  private forgetIfIdle(chatId: string, tail: Promise<unknown>): void {
    const chat = this.chats.get(chatId);
    if (chat && chat.tail === tail && chat.bucket.isIdle()) this.chats.delete(chatId);
  }
}

function isNewMessage(call: TelegramCall): boolean {
  return call.method.startsWith('send') && call.method !== 'sendChatAction';
}
