import type { InboxStore, IncomingUpdate } from '../../services/pipeline/inboxStore';
import { updateIdOf } from './updateSchema';

interface Waiting {
  update: IncomingUpdate;
  stored: () => void;
  failed: (error: unknown) => void;
}

/**
 * Takes updates from polling or the webhook and resolves only once they are committed to the inbox, so an
 * offset is confirmed (or a webhook answered 200) behind stored work only. Updates arriving together are
 * written in one statement.
 */
export class InboxReceiver {
  private batch: Waiting[] = [];

  constructor(
    private readonly inbox: InboxStore,
    private readonly chatKeyOf: (chatId: string) => string,
    /** Told of each chat with new work, once its updates are stored. */
    private readonly onStored: (chatKeys: string[]) => void,
  ) {}

  /** Stores one raw update; false when it has no update_id (nothing to store or acknowledge). */
  async receive(raw: unknown): Promise<boolean> {
    const updateId = updateIdOf(raw);
    if (updateId === undefined) return false;
    const update: IncomingUpdate = { updateId, chatKey: this.chatKeyOf(chatIdOf(raw) ?? 'none'), update: raw };
    await new Promise<void>((stored, failed) => {
      this.batch.push({ update, stored, failed });
      if (this.batch.length === 1) setImmediate(() => void this.flush());
    });
    return true;
  }

  private async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    try {
      await this.inbox.store(batch.map((waiting) => waiting.update));
    } catch (error) {
      for (const waiting of batch) waiting.failed(error);
      return;
    }
    for (const waiting of batch) waiting.stored();
    this.onStored([...new Set(batch.map((waiting) => waiting.update.chatKey))]);
  }
}

/** The chat an update belongs to, read from the raw update before it is validated (the turn validates it). */
export function chatIdOf(raw: unknown): string | undefined {
  const update = raw as { message?: { chat?: { id?: unknown } }; edited_message?: { chat?: { id?: unknown } }; callback_query?: { message?: { chat?: { id?: unknown } }; from?: { id?: unknown } } } | null;
  const id = update?.message?.chat?.id ?? update?.edited_message?.chat?.id ?? update?.callback_query?.message?.chat?.id ?? update?.callback_query?.from?.id;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
}
