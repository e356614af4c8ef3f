import type { Logger } from '../../config/logger';
import type { OutboxRow, OutboxStore } from '../../services/pipeline/outboxStore';
import { DeliveryError } from '../../turn/conversationGateway';
import type { TelegramCall } from './activityToCalls';
import { isOutboxRef } from './messageRefs';
import { TelegramCallError, type Outbox } from './outbox';
import { SentRecorder } from './sentRecorder';
import { ChatAlarms } from './chatAlarms';

export interface OutboxSenderOptions {
  /** This process, as the owner of the chats it sends (several processes share PostgreSQL). */
  owner: string;
  /** Leases per chat are only needed when other processes may send too. */
  shared: boolean;
  log: Logger;
  /** How often rows left behind (a crash, another process, a network fault) are looked for. */
  sweepMs?: number;
}

/** Bot API answers after which sending again cannot help: blocked by the user (403), chat gone or bad request (400). */
const PERMANENT_CODES = new Set([400, 403]);
/** Refusals that mean the work is already done: an edit that changes nothing, a message already gone. */
const HARMLESS = /message is not modified|message to delete not found|message can't be deleted|message to edit not found/i;
const LEASE_MS = 60_000;
const BATCH = 20;

interface Waiter {
  delivered: () => void;
  refused: (error: DeliveryError) => void;
}

/**
 * Sends the outbox after each commit: per chat in row order, within Telegram's limits (the transport waits out
 * `retry_after` in that chat alone), recording the message_id Telegram gives. A row is deleted only once Telegram
 * answered, so a crash between sending and recording may send that one message twice, and nothing is lost.
 */
export class OutboxSender {
  private readonly active = new Set<string>();
  private readonly again = new Set<string>();
  private readonly waiters = new Map<number, Waiter[]>();
  private readonly alarms: ChatAlarms;
  private stopped = false;
  private readonly recorder: SentRecorder;

  constructor(
    private readonly store: OutboxStore,
    private readonly transport: Outbox,
    private readonly options: OutboxSenderOptions,
  ) {
    this.recorder = new SentRecorder(store);
    this.alarms = new ChatAlarms((chatKeys) => chatKeys.forEach((chatKey) => this.wake(chatKey)), () => store.dueChats(200), options.sweepMs ?? 2000);
  }

  start(): void {
    this.alarms.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.alarms.stop();
    for (let waited = 0; this.active.size > 0 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  /** Sends what the chat has waiting (called after a commit that wrote rows for it). */
  wake(chatKey: string): void {
    if (this.stopped) return;
    if (this.active.has(chatKey)) {
      this.again.add(chatKey);
      return;
    }
    this.active.add(chatKey);
    void this.drain(chatKey)
      .catch((error: Error) => this.options.log.warn({ err: error.message }, 'outbox: sending stopped, tried again later'))
      .finally(() => {
        this.active.delete(chatKey);
        if (this.again.delete(chatKey)) this.wake(chatKey);
      });
  }

  /** Resolves once these rows are sent; rejects with a DeliveryError when Telegram refuses one for good. */
  whenSent(ids: number[], timeoutMs = 120_000): Promise<void> {
    const waits = ids.map(
      (id) =>
        new Promise<void>((delivered, refused) => {
          this.waiters.set(id, [...(this.waiters.get(id) ?? []), { delivered, refused }]);
        }),
    );
    const everyOne = Promise.all(waits).then(() => undefined);
    // Another process may send them (it holds the chat): rows gone from the table count as sent.
    return Promise.race([everyOne, this.untilGone(ids, timeoutMs)]).finally(() => ids.forEach((id) => this.waiters.delete(id)));
  }

  private async untilGone(ids: number[], timeoutMs: number): Promise<void> {
    for (let waited = 0; waited < timeoutMs; waited += 1000) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if ((await this.store.stillWaiting(ids).catch(() => ids)).length === 0) return;
    }
  }

  private async drain(chatKey: string): Promise<void> {
    const { shared, owner } = this.options;
    for (;;) {
      this.again.delete(chatKey);
      if (shared && !(await this.store.lease(chatKey, owner, new Date(Date.now() + LEASE_MS)))) return;
      try {
        await this.sendWaiting(chatKey);
      } finally {
        if (shared) await this.store.release(chatKey, owner).catch(() => undefined);
      }
      // A row committed while the lease was held by this process but after its last read is picked up here.
      if (!this.again.has(chatKey) && !(shared && (await this.store.pending(chatKey, 1)).some((row) => row.nextAttemptAt <= new Date()))) return;
    }
  }

  private async sendWaiting(chatKey: string): Promise<void> {
    let leased = Date.now();
    for (let more = true; more; ) {
      const rows = await this.store.pending(chatKey, BATCH);
      // A row committed after this read wakes the chat again (`again`); a full batch may have more behind it.
      more = rows.length === BATCH;
      for (const row of rows) {
        if (this.stopped) return;
        if (row.nextAttemptAt > new Date()) return this.alarms.at(chatKey, row.nextAttemptAt);
        if (this.options.shared && Date.now() - leased > LEASE_MS / 3) {
          await this.store.lease(chatKey, this.options.owner, new Date(Date.now() + LEASE_MS));
          leased = Date.now();
        }
        if (!(await this.sendRow(chatKey, row))) return;
      }
    }
  }

  /** Sends one row; false when the chat must wait (a network fault), keeping its order. */
  private async sendRow(chatKey: string, row: OutboxRow): Promise<boolean> {
    const call = await this.resolveRefs(row.call as TelegramCall);
    if (!call) {
      await this.store.dropped(row.id);
      this.settle(row.id);
      return true;
    }
    let result: unknown;
    try {
      result = await this.transport.send(row.chatId, call);
    } catch (error) {
      if (!(error instanceof TelegramCallError)) throw error;
      if (error.code === undefined) {
        const at = new Date(Date.now() + Math.min(60_000, 1000 * 2 ** row.attempts));
        await this.store.retryAt(row.id, row.attempts + 1, at);
        this.alarms.at(chatKey, at);
        return false;
      }
      if (error.code === 400 && row.call.fallback && call.method.startsWith('send') && !HARMLESS.test(error.description)) {
        this.options.log.warn({ method: call.method, code: error.code }, 'telegram refused an outbox call; the tenant is told instead');
        return this.sendRow(chatKey, { ...row, call: row.call.fallback });
      }
      await this.store.dropped(row.id);
      if (HARMLESS.test(error.description)) this.settle(row.id);
      else {
        this.options.log.warn({ method: call.method, code: error.code }, 'telegram refused an outbox call');
        this.settle(row.id, new DeliveryError(PERMANENT_CODES.has(error.code), `${error.code}: ${error.description}`));
      }
      return true;
    }
    const messageId = (result as { message_id?: unknown } | null)?.message_id;
    await this.recorder.record(row.id, typeof messageId === 'number' ? messageId : undefined);
    this.settle(row.id);
    return true;
  }

  /** Puts Telegram's message_id where the call names a message by its outbox row; undefined if it was never sent. */
  private async resolveRefs(call: TelegramCall): Promise<TelegramCall | undefined> {
    const ref = call.params.message_id;
    if (!isOutboxRef(ref)) return call;
    const messageId = await this.store.messageIdOf(ref.outboxRef);
    return messageId === undefined ? undefined : { ...call, params: { ...call.params, message_id: messageId } };
  }

  private settle(id: number, error?: DeliveryError): void {
    for (const waiter of this.waiters.get(id) ?? []) {
      if (error) waiter.refused(error);
      else waiter.delivered();
    }
    this.waiters.delete(id);
  }
}
