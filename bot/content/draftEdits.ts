import type { Tree } from '../../dialogs/schema';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { baseKeyOf, flatLanguage, setText, sourceFingerprint } from './bundleTexts';
import type { ContentBundle } from './contentBundle';

/**
 * The edits a coordinator makes to the draft, as pure functions from a bundle to a new one. Changing an
 * Italian text marks its translations outdated; saving a translation marks it made from today's Italian.
 */
export function editText(bundle: ContentBundle, language: string, key: string, text: string | null): ContentBundle {
  const next = structuredClone(bundle);
  const source = flatLanguage(next.resources, SOURCE_LANGUAGE);
  if (language === SOURCE_LANGUAGE) {
    const before = sourceFingerprint(source, key);
    for (const other of Object.keys(next.resources).filter((code) => code !== SOURCE_LANGUAGE)) {
      for (const translated of flatLanguage(next.resources, other).keys()) {
        if (baseKeyOf(translated) !== baseKeyOf(key)) continue;
        const record = (next.translatedFrom[other] ??= {});
        record[translated] ??= before;
      }
    }
    setText(next.resources, language, key, text);
    return next;
  }
  setText(next.resources, language, key, text);
  const record = (next.translatedFrom[language] ??= {});
  if (text === null) delete record[key];
  else record[key] = sourceFingerprint(source, key);
  return next;
}

export function putTree(bundle: ContentBundle, tree: Tree): ContentBundle {
  const next = structuredClone(bundle);
  const index = next.trees.findIndex((existing) => existing.id === tree.id);
  if (index >= 0) next.trees[index] = tree;
  else next.trees.push(tree);
  return next;
}

export function addLanguage(bundle: ContentBundle, language: string): ContentBundle {
  const next = structuredClone(bundle);
  next.resources[language] ??= {};
  return next;
}

/**
 * The files of the repository brought into the draft. A translation the files did not change keeps what it
 * was made from, so an Italian text changed in the files shows its translations as outdated.
 */
export function mergeImported(previous: ContentBundle, files: ContentBundle): ContentBundle {
  const merged: ContentBundle = { trees: files.trees, resources: files.resources, translatedFrom: {} };
  const oldSource = flatLanguage(previous.resources, SOURCE_LANGUAGE);
  for (const language of Object.keys(files.resources).filter((code) => code !== SOURCE_LANGUAGE)) {
    const before = flatLanguage(previous.resources, language);
    const record: Record<string, string> = {};
    for (const [key, text] of flatLanguage(files.resources, language)) {
      if (before.get(key) !== text) continue;
      record[key] = previous.translatedFrom[language]?.[key] ?? sourceFingerprint(oldSource, key);
    }
    merged.translatedFrom[language] = record;
  }
  return merged;
}
