/**
 * Runs the turns of one chat one after the other (and the turns of different chats side by side), so two
 * updates of one chat never read and write the same conversation state at once.
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(chatKey: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(chatKey) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(chatKey, tail);
    void tail.then(() => {
      if (this.tails.get(chatKey) === tail) this.tails.delete(chatKey);
    });
    return result;
  }

  /** Resolves when every queued turn has finished (used when shutting down). */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
