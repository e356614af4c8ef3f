import type { Tree } from '../../dialogs/schema';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { ValidationError } from '../services/errors';
import { baseKeyOf, flatLanguage, setText, sourceFingerprint } from './bundleTexts';
import { nodeTextKeys } from './treeRules';
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

/** Removes a key (every plural form of it) in every language. */
export function removeKey(bundle: ContentBundle, key: string): ContentBundle {
  const next = structuredClone(bundle);
  const base = baseKeyOf(key);
  for (const language of Object.keys(next.resources)) {
    for (const existing of flatLanguage(next.resources, language).keys()) {
      if (baseKeyOf(existing) === base) setText(next.resources, language, existing, null);
    }
    if (next.translatedFrom[language]) for (const existing of Object.keys(next.translatedFrom[language])) if (baseKeyOf(existing) === base) delete next.translatedFrom[language][existing];
  }
  return next;
}

/** The node that still shows a key ("node x of tree y"), or undefined. */
function nodeShowing(bundle: ContentBundle, key: string): string | undefined {
  const base = baseKeyOf(key);
  for (const tree of bundle.trees) {
    for (const [id, node] of Object.entries(tree.nodes)) if (nodeTextKeys(node).includes(base)) return `node "${id}" of tree "${tree.id}"`;
  }
  return undefined;
}

/** Keys the console makes for new steps ("maintenance:custom.step2.text"). */
const isConsoleKey = (key: string) => /^[a-z][a-zA-Z0-9]*:custom\./.test(key);

/**
 * A coordinator's text changes, in order; an empty text removes a translation. Removing the Italian removes the
 * key in every language: only for texts made in the console (the code may build the developers' keys at run
 * time) that no node shows any more.
 */
export function editTexts(bundle: ContentBundle, changes: { language: string; key: string; text: string | null }[]): ContentBundle {
  let edited = bundle;
  for (const { language, key, text } of changes) {
    if (!edited.resources[language]) throw new ValidationError(`there is no language "${language}": add it first`);
    const cleaned = text === null || text.trim() === '' ? null : text.trim();
    if (language === SOURCE_LANGUAGE && cleaned === null) {
      if (!isConsoleKey(key)) throw new ValidationError(`the Italian text of "${key}" cannot be empty`);
      const shownBy = nodeShowing(edited, key);
      if (shownBy) throw new ValidationError(`"${key}" is still used by ${shownBy}: its Italian text cannot be removed`);
      edited = removeKey(edited, key);
      continue;
    }
    // A key naming a group of texts would replace the whole group; one under a text cannot be stored.
    if ([...flatLanguage(edited.resources, language).keys()].some((other) => other.startsWith(`${key}.`) || key.startsWith(`${other}.`))) {
      throw new ValidationError(`"${key}" is a group of texts or lies under a text`);
    }
    edited = editText(edited, language, key, cleaned);
  }
  return edited;
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
