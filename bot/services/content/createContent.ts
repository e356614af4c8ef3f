import path from 'node:path';
import type { Activity } from 'botbuilder';
import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import { bundleFromFiles } from '../../content/contentBundle';
import type { ContentDirs } from '../../content/bundleFiles';
import { checkBundle } from '../../content/contentCheck';
import { DraftPreview } from '../../content/draftPreview';
import { RunningContent, type ContentView } from '../../content/runningContent';
import type { IncomingChannelData } from '../../turn/activityContract';
import { ContentStore } from './contentStore';
import { ContentWatcher } from './contentWatcher';

export interface Content {
  store: ContentStore;
  /** What the bot runs; its i18next instance is the one every part of the bot uses. */
  live: RunningContent;
  preview: DraftPreview;
  watcher: ContentWatcher;
  /** Where the content's files are: the repository, or CONTENT_FILES_DIR. */
  dirs: ContentDirs & { root: string };
  /** The content of a turn: the draft for the sandbox's preview, the live content otherwise. */
  contentFor(activity: Partial<Activity>): Promise<ContentView>;
}

/** Loads the published content (or the files) and keeps it up to date with the database. */
export async function createContent(
  db: Db,
  options: { pollSeconds: number; filesRoot: string | undefined; onApplied: () => Promise<void> },
  log: Logger,
): Promise<Content> {
  const root = path.resolve(options.filesRoot ?? path.join(__dirname, '..', '..', '..'));
  const dirs = { root, treesDir: path.join(root, 'dialogs', 'trees'), localesDir: path.join(root, 'locales') };
  const store = new ContentStore(db, () => bundleFromFiles(dirs.treesDir, dirs.localesDir));
  const running = await store.running();
  // A version published before this code was deployed may not fit it (an action renamed): then the files run
  // until a coordinator publishes again, and the watcher says why.
  const fits = running.version === null || checkBundle(running.bundle).length === 0;
  const live = fits ? await RunningContent.create(running.bundle, running.version) : await RunningContent.create(store.files(), null);
  const preview = new DraftPreview(() => store.draft());
  const watcher = new ContentWatcher(store, live, options.pollSeconds * 1000, log, options.onApplied);
  return {
    store,
    live,
    preview,
    watcher,
    dirs,
    contentFor: async (activity) => ((activity.channelData as Partial<IncomingChannelData> | undefined)?.preview === 'draft' ? preview.content() : live),
  };
}
