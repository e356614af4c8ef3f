import { ApiError, conflict } from './apiError';
import { clone } from './chatStore';
import type { TgUpdate } from './types';

/** All update types of the Bot API (field names of Update). */
export const UPDATE_TYPES = [
  'message', 'edited_message', 'channel_post', 'edited_channel_post', 'business_connection', 'business_message',
  'edited_business_message', 'deleted_business_messages', 'message_reaction', 'message_reaction_count', 'inline_query',
  'chosen_inline_result', 'callback_query', 'shipping_query', 'pre_checkout_query', 'purchased_paid_media', 'poll',
  'poll_answer', 'my_chat_member', 'chat_member', 'chat_join_request', 'chat_boost', 'removed_chat_boost',
] as const;

/** Types not delivered unless explicitly listed in allowed_updates (spec). */
const OPT_IN_TYPES = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

interface QueueItem {
  update: TgUpdate;
  /** returned by a getUpdates response at least once */
  delivered: boolean;
  /** re-queued with an update_id the bot may already have confirmed */
  redelivery: boolean;
}

interface PendingPoll {
  limit: number;
  resolve: (updates: TgUpdate[]) => void;
  reject: (error: ApiError) => void;
  timer: NodeJS.Timeout;
  wakeTimer?: NodeJS.Timeout;
  cleanup: () => void;
}

export interface GetUpdatesRequest {
  offset: number;
  limit: number;
  /** seconds */
  timeout: number;
  signal: AbortSignal;
}

/** The type of an update: its first known update field. Undefined for malformed/raw shapes. */
export function updateType(update: TgUpdate): string | undefined {
  return Object.keys(update).find((key) => (UPDATE_TYPES as readonly string[]).includes(key));
}

/**
 * Pending updates and the getUpdates long-poll semantics of the Bot API
 * (offset confirmation, negative offsets, limit, timeout, allowed_updates,
 * one poll at a time).
 */
export class UpdateQueue {
  private items: QueueItem[] = [];
  private nextId: number;
  private poll: PendingPoll | undefined;
  /** current allowed_updates setting; undefined = default (everything but the opt-in types) */
  private allowed: string[] | undefined;
  private readonly listeners = new Set<() => void>();
  private closed = false;

  constructor(firstUpdateId: number) {
    this.nextId = firstUpdateId;
  }

  get allowedUpdates(): string[] | undefined {
    return this.allowed === undefined ? undefined : [...this.allowed];
  }

  /** allowed_updates: [] restores the default. Affects only updates created afterwards (spec). */
  setAllowedUpdates(list: string[]): void {
    this.allowed = list.length === 0 ? undefined : [...list];
  }

  private isAllowed(update: TgUpdate): boolean {
    const type = updateType(update);
    if (type === undefined) return true; // raw/malformed updates are for robustness tests: always deliver
    if (this.allowed === undefined) return !OPT_IN_TYPES.has(type);
    return this.allowed.includes(type);
  }

  /**
   * Queues an update. Without update_id the next id is assigned; with one (redelivery
   * of an update the bot may have seen already) it is queued as is. Returns the queued
   * update, or undefined when allowed_updates filters it out (as the real server does).
   */
  enqueue(raw: Record<string, unknown>): { update: TgUpdate; accepted: boolean } {
    const givenId = raw.update_id;
    let update: TgUpdate;
    let redelivery = false;
    if (typeof givenId === 'number' && Number.isInteger(givenId)) {
      update = { ...clone(raw), update_id: givenId };
      redelivery = givenId < this.nextId;
      if (givenId >= this.nextId) this.nextId = givenId + 1;
    } else {
      update = { ...clone(raw), update_id: this.nextId++ };
    }
    if (!this.isAllowed(update)) return { update, accepted: false };
    this.items.push({ update, delivered: false, redelivery });
    this.wakePoll();
    this.notify();
    return { update: clone(update), accepted: true };
  }

  /** a getUpdates long poll is waiting */
  get polling(): boolean {
    return this.poll !== undefined;
  }

  get pendingCount(): number {
    return this.items.length;
  }

  pending(): TgUpdate[] {
    return this.items.map((item) => clone(item.update));
  }

  isPending(updateId: number): boolean {
    return this.items.some((item) => item.update.update_id === updateId);
  }

  dropPending(): void {
    this.items = [];
    this.notify();
  }

  /** Webhook delivery: the oldest pending update. */
  peek(): TgUpdate | undefined {
    const first = this.items[0];
    return first === undefined ? undefined : clone(first.update);
  }

  /** Webhook delivery: the oldest update was delivered (or given up on). */
  shift(): void {
    this.items.shift();
    this.notify();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** tells onChange listeners that something changed */
  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Applies `offset` like the real server: confirms (forgets) earlier updates. */
  private applyOffset(offset: number): void {
    if (offset > 0) {
      // An offset in the future is rejected by the server's queue, which then serves from the head
      // without forgetting anything.
      if (offset > this.nextId) return;
      this.items = this.items.filter((item) => item.update.update_id >= offset || (item.redelivery && !item.delivered));
    } else if (offset < 0) {
      const keep = -offset;
      if (keep < this.items.length) this.items = this.items.slice(this.items.length - keep);
    }
    this.notify();
  }

  private take(limit: number): TgUpdate[] {
    const batch = this.items.slice(0, limit);
    for (const item of batch) item.delivered = true;
    return batch.map((item) => clone(item.update));
  }

  /** getUpdates. Rejects with 409 when another poll replaces this one. */
  getUpdates(request: GetUpdatesRequest): Promise<TgUpdate[]> {
    this.abortPoll(conflict('terminated by other getUpdates request; make sure that only one bot instance is running'));
    this.applyOffset(request.offset);
    if (this.items.length > 0 || request.timeout <= 0 || this.closed) return Promise.resolve(this.take(request.limit));

    return new Promise<TgUpdate[]>((resolve, reject) => {
      // The client went away (e.g. Telegraf stopped): end the poll without handing out updates.
      const onAbort = (): void => {
        if (this.poll !== poll) return;
        this.clearPoll();
        resolve([]);
      };
      const poll: PendingPoll = {
        limit: request.limit,
        resolve,
        reject,
        timer: setTimeout(() => {
          if (this.poll !== poll) return;
          this.clearPoll();
          resolve(this.take(request.limit));
        }, request.timeout * 1000),
        cleanup: () => request.signal.removeEventListener('abort', onAbort),
      };
      request.signal.addEventListener('abort', onAbort);
      this.poll = poll;
      this.notify();
    });
  }

  private clearPoll(): void {
    const poll = this.poll;
    if (poll === undefined) return;
    clearTimeout(poll.timer);
    if (poll.wakeTimer !== undefined) clearTimeout(poll.wakeTimer);
    poll.cleanup();
    this.poll = undefined;
  }

  /** A new update arrived: answer the pending poll almost immediately (batching same-tick updates). */
  private wakePoll(): void {
    const poll = this.poll;
    if (poll === undefined || poll.wakeTimer !== undefined) return;
    poll.wakeTimer = setTimeout(() => {
      if (this.poll !== poll) return;
      this.clearPoll();
      poll.resolve(this.take(poll.limit));
    }, 2);
  }

  /** Ends the pending poll with an error (other getUpdates, setWebhook). */
  abortPoll(error: ApiError): void {
    const poll = this.poll;
    if (poll === undefined) return;
    this.clearPoll();
    poll.reject(error);
  }

  /** Server shutdown: answer a pending poll with no updates. */
  close(): void {
    this.closed = true;
    const poll = this.poll;
    if (poll === undefined) return;
    this.clearPoll();
    poll.resolve([]);
  }
}
