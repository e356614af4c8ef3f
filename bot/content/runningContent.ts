import type { i18n as I18n } from 'i18next';
import type { Tree } from '../../dialogs/schema';
import { createI18n, replaceResources } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import type { ContentBundle } from './contentBundle';
import { languagesOf, offeredLanguages } from './offeredLanguages';

/** The content a turn runs on: texts, trees and the languages offered. */
export interface ContentView {
  readonly i18n: I18n;
  tree(id: string): Tree | undefined;
  readonly languages: readonly Language[];
}

/**
 * Content loaded for running: the live one (its i18next instance is shared by every part of the bot and
 * updated in place when a version is published) or a draft for the sandbox's preview.
 */
export class RunningContent implements ContentView {
  private trees = new Map<string, Tree>();
  languages: readonly Language[] = [];

  private constructor(
    readonly i18n: I18n,
    /** The published version, null while only the files are running. */
    public version: number | null,
    /** A preview offers every language of the draft, even one still being translated. */
    private readonly offerAll: boolean,
  ) {}

  static async create(bundle: ContentBundle, version: number | null, { offerAll = false } = {}): Promise<RunningContent> {
    const content = new RunningContent(await createI18n(bundle.resources), version, offerAll);
    content.load(bundle);
    return content;
  }

  /** Switches to another version at once: a turn sees either the old content or the new, never a mix. */
  apply(bundle: ContentBundle, version: number): void {
    replaceResources(this.i18n, bundle.resources);
    this.load(bundle);
    this.version = version;
  }

  tree(id: string): Tree | undefined {
    return this.trees.get(id);
  }

  treeIds(): string[] {
    return [...this.trees.keys()];
  }

  private load(bundle: ContentBundle): void {
    this.trees = new Map(bundle.trees.map((tree) => [tree.id, tree]));
    this.languages = this.offerAll ? languagesOf(bundle) : offeredLanguages(bundle);
  }
}
