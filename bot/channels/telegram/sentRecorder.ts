import type { OutboxStore } from '../../services/pipeline/outboxStore';

interface Pending {
  row: { id: number; messageId: number | undefined };
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * Records what Telegram answered for sent rows: those of every chat sent in the same moment go in one write. Each
 * chat waits for its record before sending its next row, so a crash still repeats at most one message per chat.
 */
export class SentRecorder {
  private batch: Pending[] = [];

  constructor(private readonly store: OutboxStore) {}

  record(id: number, messageId: number | undefined): Promise<void> {
    return new Promise<void>((written, failed) => {
      this.batch.push({ row: { id, messageId }, written, failed });
      if (this.batch.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    try {
      await this.store.sent(batch.map((pending) => pending.row));
      for (const pending of batch) pending.written();
    } catch (error) {
      for (const pending of batch) pending.failed(error);
    }
  }
}
