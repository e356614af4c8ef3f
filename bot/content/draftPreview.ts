import type { ContentBundle } from './contentBundle';
import { RunningContent } from './runningContent';

/** The draft loaded for the sandbox's preview, built again only when the draft's revision changes. */
export class DraftPreview {
  private cached: { revision: number; content: Promise<RunningContent> } | undefined;

  constructor(private readonly readDraft: () => Promise<{ revision: number; bundle: ContentBundle }>) {}

  async content(): Promise<RunningContent> {
    const { revision, bundle } = await this.readDraft();
    if (this.cached?.revision !== revision) this.cached = { revision, content: RunningContent.create(bundle, null, { offerAll: true }) };
    return this.cached.content;
  }
}
