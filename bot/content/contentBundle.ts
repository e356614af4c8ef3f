import { z } from 'zod';
import { loadTrees, TREES_DIR } from '../../dialogs/loadTrees';
import { treeSchema, type Tree } from '../../dialogs/schema';
import { LOCALES_DIR, readLocaleFiles, textsSchema, type Resources } from '../i18n/localeFiles';

/**
 * All the dialog content the bot runs on: the trees and every text in every language. The files in
 * dialogs/trees and locales are one bundle; the console keeps a draft bundle and published versions of it.
 */
export interface ContentBundle {
  trees: Tree[];
  /** language → namespace → texts */
  resources: Resources;
  /**
   * For each translation, the fingerprint of the Italian text it was made from (see sourceFingerprint):
   * when the Italian changes, the translation is outdated until someone saves it again.
   */
  translatedFrom: Record<string, Record<string, string>>;
}

export const contentBundleSchema: z.ZodType<ContentBundle> = z.object({
  trees: z.array(treeSchema),
  resources: z.record(z.string(), z.record(z.string(), textsSchema)),
  translatedFrom: z.record(z.string(), z.record(z.string(), z.string())),
});

/** The bundle in the files of the repository; every translation is taken as made from today's Italian. */
export function bundleFromFiles(treesDir = TREES_DIR, localesDir = LOCALES_DIR): ContentBundle {
  return { trees: loadTrees(treesDir), resources: readLocaleFiles(localesDir), translatedFrom: {} };
}

export function parseBundle(json: string): ContentBundle {
  return contentBundleSchema.parse(JSON.parse(json));
}
