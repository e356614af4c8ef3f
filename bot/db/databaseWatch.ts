import type { Logger } from '../config/logger';
import type { Db } from './prismaClient';

/** Pings the database every few seconds; the log says when it goes away and when it is back. */
export class DatabaseWatch {
  private timer: NodeJS.Timeout | undefined;
  reachable = true;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly everyMs = 2000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.check(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One ping within `timeoutMs`; updates `reachable`. */
  async check(timeoutMs = 2000): Promise<boolean> {
    let timeout: NodeJS.Timeout | undefined;
    const reachable = await Promise.race([
      this.db.$queryRawUnsafe('SELECT 1').then(() => true),
      new Promise<boolean>((resolve) => (timeout = setTimeout(() => resolve(false), timeoutMs))),
    ])
      .catch(() => false)
      .finally(() => clearTimeout(timeout));
    if (reachable !== this.reachable) {
      if (reachable) this.log.info('database reachable again');
      else this.log.error('database unreachable: updates wait in Telegram (polling) or get 503 (webhook) until it is back');
    }
    this.reachable = reachable;
    return reachable;
  }
}
