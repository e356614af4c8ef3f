import type { Logger } from '../../config/logger';
import type { RunningContent } from '../../content/runningContent';
import { checkBundle } from '../../content/contentCheck';
import { PeriodicPasses } from '../periodicPasses';
import type { ContentStore } from './contentStore';

/**
 * Every few seconds, asks the database for the newest published version and switches the live content to
 * it: a publish made in any process reaches every process without a restart.
 */
export class ContentWatcher extends PeriodicPasses {
  /** A version that does not pass the check against this process's code: not run, and said once. */
  private refused: number | undefined;

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
    if (latest === null || latest === this.live.version || latest === this.refused) return;
    const { version, bundle } = await this.store.running();
    if (version === null) return;
    const problems = checkBundle(bundle);
    if (problems.length > 0) {
      this.refused = version;
      this.log.error({ version, problems: problems.slice(0, 20).map(({ file, problem }) => `${file}: ${problem}`) }, 'published content does not fit this code: still running the previous content');
      return;
    }
    this.live.apply(bundle, version);
    this.log.info({ version }, 'dialog content version is live');
    await this.onApplied();
  }
}
