import type { Logger } from '../../config/logger';
import type { RunningContent } from '../../content/runningContent';
import { PeriodicPasses } from '../periodicPasses';
import type { ContentStore } from './contentStore';

/**
 * Every few seconds, asks the database for the newest published version and switches the live content to
 * it: a publish made in any process reaches every process without a restart.
 */
export class ContentWatcher extends PeriodicPasses {
  constructor(
    private readonly store: ContentStore,
    private readonly live: RunningContent,
    intervalMs: number,
    private readonly log: Logger,
    /** Told after a version went live (the Telegram channel sends its command lists again). */
    private readonly onApplied: () => Promise<void> = async () => undefined,
  ) {
    super(intervalMs, (error) => log.error({ err: error.message }, 'content watcher pass failed'));
  }

  protected async pass(): Promise<void> {
    const latest = await this.store.latestNumber();
    if (latest === null || latest === this.live.version) return;
    const { version, bundle } = await this.store.running();
    if (version === null) return;
    this.live.apply(bundle, version);
    this.log.info({ version }, 'dialog content version is live');
    await this.onApplied();
  }
}
