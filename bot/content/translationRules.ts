import { SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, intlLocale, type Language } from '../i18n/languages';
import { flattenTexts, type Resources } from '../i18n/localeFiles';
import type { Problem } from './treeRules';

export const TEXT_LIMIT = 4096;
export const BUTTON_LIMIT = 64;
export const COMMAND_DESCRIPTION_LIMIT = 256;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** ns:key → text, for one language; plural forms keep their suffix. */
function flatLanguage(resources: Resources, language: string): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [namespace, texts] of Object.entries(resources[language] ?? {})) {
    for (const [key, text] of flattenTexts(texts)) flat.set(`${namespace}:${key}`, text);
  }
  return flat;
}

function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(,[^}]*)?\}\}/g)].map((match) => match[1]))].sort().join(',');
}

function fileOf(language: string, key: string): string {
  return `locales/${language}/${key.split(':')[0]}.json`;
}

/** The base keys that exist in a language, plural forms folded into their base. */
export function baseKeys(flat: Map<string, string>): Set<string> {
  return new Set([...flat.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

export interface TranslationCheckInput {
  resources: Resources;
  /** Keys the trees and the code use; each must exist in the source language. */
  usedKeys: Set<string>;
  /** Keys shown on buttons, held to the button length. */
  buttonKeys: Set<string>;
}

/** Missing and extra keys, plural forms, placeholders that differ from the source, texts over Telegram's limits. */
export function checkTranslations({ resources, usedKeys, buttonKeys }: TranslationCheckInput): Problem[] {
  const problems: Problem[] = [];
  const source = flatLanguage(resources, SOURCE_LANGUAGE);
  const sourceBases = baseKeys(source);
  for (const key of [...usedKeys].sort()) {
    if (!sourceBases.has(key)) problems.push({ file: fileOf(SOURCE_LANGUAGE, key), problem: `missing key "${key.split(':')[1]}" (used by the bot)` });
  }
  for (const language of SUPPORTED_LANGUAGES) {
    if (!resources[language]) {
      problems.push({ file: `locales/${language}`, problem: 'the language has no texts' });
      continue;
    }
    problems.push(...checkLanguage(language, flatLanguage(resources, language), source, buttonKeys));
  }
  for (const language of Object.keys(resources)) {
    if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language)) problems.push({ file: `locales/${language}`, problem: 'not a supported language' });
  }
  return problems;
}

function checkLanguage(language: Language, flat: Map<string, string>, source: Map<string, string>, buttonKeys: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const categories = new Intl.PluralRules(intlLocale(language)).resolvedOptions().pluralCategories;
  const sourceBases = baseKeys(source);
  const pluralBases = new Set([...source.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
  const sourceText = (base: string) => source.get(base) ?? source.get(`${base}_other`) ?? '';

  for (const base of sourceBases) {
    const file = fileOf(language, base);
    const key = base.split(':')[1];
    if (pluralBases.has(base)) {
      for (const category of categories) {
        if (!flat.has(`${base}_${category}`)) problems.push({ file, problem: `missing plural form "${key}_${category}"` });
      }
    } else if (!flat.has(base)) {
      problems.push({ file, problem: `missing key "${key}"` });
    }
  }
  for (const [fullKey, text] of flat) {
    const file = fileOf(language, fullKey);
    const key = fullKey.split(':')[1];
    const base = fullKey.replace(PLURAL_SUFFIX, '');
    if (!sourceBases.has(base)) {
      problems.push({ file, problem: `key "${key}" is not in the source language (${SOURCE_LANGUAGE})` });
      continue;
    }
    if (pluralBases.has(base) && !categories.includes(fullKey.match(PLURAL_SUFFIX)![1] as Intl.LDMLPluralRule)) {
      problems.push({ file, problem: `plural form "${key}" does not exist in this language` });
    }
    if (text.trim() === '') problems.push({ file, problem: `key "${key}" is empty` });
    if (placeholders(text) !== placeholders(sourceText(base))) {
      problems.push({ file, problem: `key "${key}" has placeholders {${placeholders(text)}} but the source has {${placeholders(sourceText(base))}}` });
    }
    if (text.length > TEXT_LIMIT) problems.push({ file, problem: `key "${key}" is ${text.length} characters; Telegram allows ${TEXT_LIMIT}` });
    if (buttonKeys.has(base) && text.length > BUTTON_LIMIT) problems.push({ file, problem: `button "${key}" is ${text.length} characters; keep buttons under ${BUTTON_LIMIT}` });
    if (base.startsWith('common:commands.') && text.length > COMMAND_DESCRIPTION_LIMIT) {
      problems.push({ file, problem: `command description "${key}" is over ${COMMAND_DESCRIPTION_LIMIT} characters` });
    }
  }
  return problems;
}
