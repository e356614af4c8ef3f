/**
 * Wakes chats later: one at a given time (a retry's backoff, a row that must wait), and, every sweep period, every
 * chat whose work was left behind (a crash, another process, a database that was away).
 */
export class ChatAlarms {
  private readonly timers = new Set<NodeJS.Timeout>();
  private sweeper: NodeJS.Timeout | undefined;
  private sweeping = false;
  private stopped = false;

  constructor(
    private readonly wake: (chatKeys: string[]) => void,
    /** The chats with work due now (read from the database). */
    private readonly due: () => Promise<string[]>,
    private readonly sweepMs: number,
  ) {}

  start(): void {
    this.sweeper = setInterval(() => void this.sweep(), this.sweepMs);
    this.sweeper.unref();
    void this.sweep();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.sweeper);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  at(chatKey: string, when: Date): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.wake([chatKey]);
    }, Math.max(0, when.getTime() - Date.now()));
    timer.unref();
    this.timers.add(timer);
  }

  private async sweep(): Promise<void> {
    if (this.sweeping || this.stopped) return;
    this.sweeping = true;
    try {
      this.wake(await this.due());
    } catch {
      // The database is away: the next sweep tries again.
    } finally {
      this.sweeping = false;
    }
  }
}
