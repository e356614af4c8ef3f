/**
 * A clock that runs a pass now and then (and on demand with tick()); passes never overlap, and a failed pass
 * is reported and does not stop the next ones.
 */
export abstract class PeriodicPasses {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  protected constructor(
    private readonly intervalMs: number,
    private readonly onFailure: (error: Error) => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass, after the one running (if any). */
  tick(): Promise<void> {
    this.running = this.running.then(() => this.pass().catch(this.onFailure));
    return this.running;
  }

  protected abstract pass(): Promise<void>;
}
