import type { Logger } from '../../config/logger';
import { isTransientDbError } from '../../db/prismaErrors';
import type { UnitOfWork } from '../../db/unitOfWork';
import type { InboxStore, PendingUpdate } from '../../services/pipeline/inboxStore';
import type { ChatQueue } from '../../turn/chatQueue';
import { ChatAlarms } from './chatAlarms';

export interface InboxWorkerOptions {
  /** Chats whose turns run at once in this process. */
  concurrency: number;
  /** Tries of an update that keeps meeting a transient fault before it counts as failed. */
  retryLimit: number;
  /** Takes the chat for the running transaction, across processes (PostgreSQL); nothing on SQLite. */
  lockChat(chatKey: string): Promise<void>;
  /** Runs the turn of a stored update inside the running transaction; throws to roll it back. */
  runTurn(update: unknown): Promise<void>;
  /** After a bug: answers the tenant with the error text (in a transaction of its own); returns the flow it broke. */
  answerFailure(update: unknown, error: Error): Promise<string | undefined>;
  /** After each commit of a chat's work (its outbox rows can go). */
  committed(chatKey: string): void;
  log: Logger;
  sweepMs?: number;
}

/** ran: the chat has more to do; done: it ran its last waiting update; idle: nothing ran. */
type Step = 'ran' | 'done' | 'idle';

/**
 * Runs the inbox: each chat's updates in update_id order, one at a time across processes, different chats side by
 * side up to `concurrency`. A turn and its inbox row's "done" are one transaction: a crash before the commit runs the
 * update again, a crash after it runs nothing twice. Transient faults are retried with backoff; a bug is kept as a
 * failed turn and answered once with the error text.
 */
export class InboxWorker {
  private readonly running = new Set<string>();
  private readonly queued = new Set<string>();
  private readonly again = new Set<string>();
  private readonly alarms: ChatAlarms;
  private stopped = false;

  constructor(
    private readonly inbox: InboxStore,
    private readonly unit: UnitOfWork,
    private readonly chats: ChatQueue,
    private readonly options: InboxWorkerOptions,
  ) {
    this.alarms = new ChatAlarms((chatKeys) => this.wake(chatKeys), () => inbox.dueChats(500), options.sweepMs ?? 1000);
  }

  start(): void {
    this.alarms.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.alarms.stop();
    this.queued.clear();
    await this.chats.drain();
  }

  wake(chatKeys: Iterable<string>): void {
    for (const chatKey of chatKeys) {
      if (this.running.has(chatKey)) this.again.add(chatKey);
      else this.queued.add(chatKey);
    }
    this.pump();
  }

  private pump(): void {
    while (!this.stopped && this.running.size < this.options.concurrency && this.queued.size > 0) {
      const chatKey = this.queued.values().next().value as string;
      this.queued.delete(chatKey);
      this.running.add(chatKey);
      void this.chats
        .run(chatKey, () => this.drain(chatKey))
        .catch((error: Error) => this.options.log.error({ err: error.message }, 'inbox: a chat stopped'))
        .finally(() => {
          this.running.delete(chatKey);
          if (this.again.delete(chatKey)) this.queued.add(chatKey);
          this.pump();
        });
    }
  }

  /** Runs the chat's updates while it has some (an update stored meanwhile sets `again`, and the chat runs once more). */
  private async drain(chatKey: string): Promise<void> {
    for (;;) {
      // On SQLite a turn never waits for I/O: without this pause, turns back to back would starve polling and sending.
      await new Promise((resolve) => setImmediate(resolve));
      if (this.stopped || (await this.step(chatKey)) !== 'ran') return;
      this.again.delete(chatKey);
    }
  }

  private async step(chatKey: string): Promise<Step> {
    let taken: PendingUpdate | undefined;
    try {
      const step = await this.unit.run(async (): Promise<Step> => {
        await this.options.lockChat(chatKey);
        const next = await this.inbox.next(chatKey);
        if (next.kind === 'none') return 'idle';
        if (next.kind === 'wait') {
          this.alarms.at(chatKey, next.until);
          return 'idle';
        }
        taken = next;
        await this.options.runTurn(next.update);
        await this.inbox.done(next.id);
        return next.more ? 'ran' : 'done';
      });
      if (step !== 'idle') this.options.committed(chatKey);
      return step;
    } catch (error) {
      return this.afterFault(chatKey, taken, error as Error);
    }
  }

  private async afterFault(chatKey: string, update: PendingUpdate | undefined, error: Error): Promise<Step> {
    const transient = isTransientDbError(error);
    if (!update || (transient && update.attempts + 1 < this.options.retryLimit)) {
      const attempts = (update?.attempts ?? 0) + 1;
      const at = new Date(Date.now() + Math.min(30_000, 250 * 2 ** attempts));
      this.options.log.warn({ err: error.name, transient, attempts }, 'turn will be tried again');
      if (update) await this.inbox.retryAt(update.id, attempts, at).catch(() => undefined);
      this.alarms.at(chatKey, at);
      return 'idle';
    }
    try {
      await this.unit.run(async () => {
        await this.options.lockChat(chatKey);
        const flow = await this.options.answerFailure(update.update, error);
        await this.inbox.failed(update.id, describe(error), flow);
      });
      this.options.committed(chatKey);
      return 'ran';
    } catch (answerError) {
      this.options.log.warn({ err: (answerError as Error).name }, 'could not record a failed turn; tried again later');
      this.alarms.at(chatKey, new Date(Date.now() + 5000));
      return 'idle';
    }
  }
}

/** The error as kept with a failed turn: its kind and first line, never the values a tenant typed. */
function describe(error: Error): string {
  const where = error.stack?.split('\n').slice(1, 3).map((line) => line.trim()).join(' | ') ?? '';
  return `${error.name}: ${where}`;
}
