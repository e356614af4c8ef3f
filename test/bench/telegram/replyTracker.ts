import type { Call, FakeBotApi } from '../../support/fakeTelegram';

/** What counts as a bot message: a successful send (not sendChatAction), copy, forward or edit of a message. */
export function isBotMessage(call: Call): boolean {
  if (call.httpStatus !== 200 || typeof call.chatId !== 'number') return false;
  return /^(send(?!ChatAction)\w+|copyMessage|forwardMessage|editMessage\w+)$/i.test(call.method);
}

type Waiter = { after: number; resolve: (at: number | undefined) => void; timer: NodeJS.Timeout };

/**
 * Follows the fake Bot API's call log (scanned every few milliseconds; times are the calls' own arrival times, so the
 * scan interval does not blur them): the bot's messages per chat, and who waits for one.
 */
export class ReplyTracker {
  /** arrival times (ms) of the bot's messages, per chat, in order */
  readonly replies = new Map<number, number[]>();
  messages = 0;
  lastMessageAt = 0;
  private index: number;
  private readonly waiters = new Map<number, Set<Waiter>>();
  private readonly listeners = new Set<(chatId: number) => void>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly fake: FakeBotApi, scanEveryMs = 2) {
    this.index = fake.calls.length;
    this.timer = setInterval(() => this.scan(), scanEveryMs);
  }

  scan(): void {
    const calls = this.fake.calls;
    for (; this.index < calls.length; this.index += 1) {
      const call = calls[this.index];
      if (call === undefined || !isBotMessage(call) || typeof call.chatId !== 'number') continue;
      const chatId = call.chatId;
      const times = this.replies.get(chatId) ?? [];
      times.push(call.at);
      this.replies.set(chatId, times);
      this.messages += 1;
      this.lastMessageAt = Math.max(this.lastMessageAt, call.at);
      for (const waiter of this.waiters.get(chatId) ?? []) {
        if (call.at < waiter.after) continue;
        this.waiters.get(chatId)?.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(call.at);
      }
      for (const listener of this.listeners) listener(chatId);
    }
  }

  /** The arrival time of the chat's first bot message at or after `after` (ms), or undefined after `timeoutMs`. */
  firstReply(chatId: number, after: number, timeoutMs: number): Promise<number | undefined> {
    this.scan();
    const found = this.replies.get(chatId)?.find((at) => at >= after);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => {
      const waiters = this.waiters.get(chatId) ?? new Set<Waiter>();
      this.waiters.set(chatId, waiters);
      const waiter: Waiter = {
        after,
        resolve,
        timer: setTimeout(() => {
          waiters.delete(waiter);
          resolve(undefined);
        }, timeoutMs),
      };
      waiters.add(waiter);
    });
  }

  /** Resolves with `check()` once it is defined (checked now and after each bot message to the chat), or undefined after `timeoutMs`. */
  until<T>(chatId: number, check: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve) => {
      const listener = (chat: number) => {
        if (chat !== chatId) return;
        const found = check();
        if (found === undefined) return;
        done(found);
      };
      const done = (value: T | undefined) => {
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      this.listeners.add(listener);
    });
  }

  stop(): void {
    clearInterval(this.timer);
    this.scan();
    for (const waiters of this.waiters.values()) for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve(undefined);
    }
    this.waiters.clear();
  }
}
