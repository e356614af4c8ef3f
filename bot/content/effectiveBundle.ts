import type { Resources, Texts } from '../i18n/localeFiles';
import type { ContentBundle } from './contentBundle';

/**
 * What the bot runs: the published version over the files. Keys and trees that only the files have (code
 * deployed after the last publish) are still there; whatever the version has wins. Texts made in the console
 * (keys under "custom.") belong to the versions: one the files still have after a version removed it is gone.
 */
export function effectiveBundle(files: ContentBundle, published: ContentBundle | undefined): ContentBundle {
  if (!published) return files;
  const trees = new Map(files.trees.map((tree) => [tree.id, tree]));
  for (const tree of published.trees) trees.set(tree.id, tree);
  return { trees: [...trees.values()], resources: mergeResources(files.resources, published.resources), translatedFrom: published.translatedFrom };
}

function mergeResources(under: Resources, over: Resources): Resources {
  const merged: Resources = structuredClone(under);
  for (const [language, byNamespace] of Object.entries(over)) {
    const target = (merged[language] ??= {});
    for (const [namespace, texts] of Object.entries(byNamespace)) {
      const { custom: _exportedBefore, ...fromFiles } = target[namespace] ?? {};
      target[namespace] = mergeTexts(fromFiles, texts);
    }
  }
  return merged;
}

function mergeTexts(under: Texts, over: Texts): Texts {
  const merged: Texts = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] = typeof value === 'object' && typeof below === 'object' ? mergeTexts(below, value) : value;
  }
  return merged;
}
