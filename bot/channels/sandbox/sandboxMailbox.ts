import type { SandboxOperation } from './sandboxAdapter';

/** Operations a page has not fetched yet are kept up to this many per conversation (the oldest go first). */
const LIMIT = 200;

/**
 * What the bot shows in a sandbox conversation outside its own turns (a manager's reply, a desk change),
 * kept until the page polls for it.
 */
export class SandboxMailbox {
  private readonly boxes = new Map<string, SandboxOperation[]>();

  put(conversationId: string, operations: SandboxOperation[]): void {
    if (operations.length === 0) return;
    const box = [...(this.boxes.get(conversationId) ?? []), ...operations];
    this.boxes.set(conversationId, box.slice(-LIMIT));
  }

  take(conversationId: string): SandboxOperation[] {
    const box = this.boxes.get(conversationId) ?? [];
    this.boxes.delete(conversationId);
    return box;
  }
}
