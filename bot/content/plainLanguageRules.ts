import { z } from 'zod';
import glossaryFile from '../../locales/glossary.json';
import { SOURCE_LANGUAGE, isRightToLeft, type Language } from '../i18n/languages';
import type { Resources } from '../i18n/localeFiles';
import { flatLanguage } from './bundleTexts';
import type { Problem } from './treeRules';

/** A message a tenant reads on a phone: longer than this it is split or cut, and a poor reader gives up. */
export const MESSAGE_LIMIT = 600;
/** Over this a message is listed as long (a warning, not a problem). */
export const LONG_MESSAGE = 400;
/** Keys that are data, not messages: the words typed wishes are recognised by. */
const NOT_MESSAGES = /^understand:words\./;

/** language → word to avoid → the word to use (locales/glossary.json). */
const glossarySchema = z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())]));
export type Glossary = Record<Language, Record<string, string>>;

export function readGlossary(raw: unknown = glossaryFile): Glossary {
  const parsed = glossarySchema.parse(raw);
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object'));
}

/** Arrows in pairs: right-to-left languages show each the other way round (Back points right in Arabic). */
const MIRRORED: [string, string][] = [
  ['⬅️', '➡️'],
  ['←', '→'],
  ['◀️', '▶️'],
];

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole word or phrase, in any case (word edges that work for every script). */
function containsTerm(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped(term)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu').test(text);
}

function fileOf(language: string, key: string): string {
  return `locales/${language}/${key.split(':')[0]}.json`;
}

/**
 * Plain language in every language: no message over MESSAGE_LIMIT characters, the glossary's words instead of the
 * ones it lists, and arrows that point the reading way in right-to-left languages.
 */
export function checkPlainLanguage(resources: Resources, glossary: Glossary = readGlossary()): Problem[] {
  const problems: Problem[] = [];
  const source = flatLanguage(resources, SOURCE_LANGUAGE);
  for (const language of Object.keys(resources)) {
    const rightToLeft = isRightToLeft(language);
    const avoided = Object.entries(glossary[language] ?? {});
    for (const [key, text] of flatLanguage(resources, language)) {
      if (NOT_MESSAGES.test(key)) continue;
      const at = { file: fileOf(language, key), language, key };
      const name = key.split(':')[1];
      if (text.length > MESSAGE_LIMIT) problems.push({ ...at, problem: `"${name}" is ${text.length} characters; a tenant message stays under ${MESSAGE_LIMIT}` });
      for (const [avoid, use] of avoided) {
        if (containsTerm(text, avoid)) problems.push({ ...at, problem: `"${name}" says "${avoid}": the glossary says "${use}"` });
      }
      if (!rightToLeft) continue;
      const sourceText = source.get(key) ?? '';
      for (const [left, right] of MIRRORED) {
        for (const [arrow, mirror] of [[left, right], [right, left]] as const) {
          if (sourceText.includes(arrow) && text.includes(arrow)) problems.push({ ...at, problem: `"${name}" keeps ${arrow} from the Italian: right to left it is ${mirror}` });
        }
      }
    }
  }
  return problems;
}

/** The longest messages over LONG_MESSAGE characters, longest first: candidates for shortening. */
export function longMessages(resources: Resources, count = 10): { language: Language; key: string; length: number }[] {
  return Object.keys(resources)
    .flatMap((language) => [...flatLanguage(resources, language)].filter(([key, text]) => !NOT_MESSAGES.test(key) && text.length > LONG_MESSAGE).map(([key, text]) => ({ language, key, length: text.length })))
    .sort((a, b) => b.length - a.length)
    .slice(0, count);
}
