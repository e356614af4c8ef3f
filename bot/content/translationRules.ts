import { SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, intlLocale, isBuiltInLanguage, LANGUAGE_CODE, type Language } from '../i18n/languages';
import type { Resources } from '../i18n/localeFiles';
import { flatLanguage, PLURAL_SUFFIX } from './bundleTexts';
import type { Problem } from './treeRules';

export const TEXT_LIMIT = 4096;
export const BUTTON_LIMIT = 64;
export const COMMAND_DESCRIPTION_LIMIT = 256;

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

/**
 * Missing and extra keys, plural forms, placeholders that differ from the source, texts over Telegram's limits.
 * The ten built-in languages must be complete; a language added in the console may be partial (it is not
 * offered to tenants until complete) but what it has must be right.
 */
export function checkTranslations({ resources, usedKeys, buttonKeys }: TranslationCheckInput): Problem[] {
  const problems: Problem[] = [];
  const source = flatLanguage(resources, SOURCE_LANGUAGE);
  const sourceBases = baseKeys(source);
  for (const key of [...usedKeys].sort()) {
    if (!sourceBases.has(key)) problems.push({ file: fileOf(SOURCE_LANGUAGE, key), language: SOURCE_LANGUAGE, key, problem: `missing key "${key.split(':')[1]}" (used by the bot)` });
  }
  for (const language of SUPPORTED_LANGUAGES) {
    if (!resources[language]) problems.push({ file: `locales/${language}`, language, problem: 'the language has no texts' });
  }
  for (const language of Object.keys(resources)) {
    if (!LANGUAGE_CODE.test(language)) {
      problems.push({ file: `locales/${language}`, language, problem: 'not a language code (such as "pt" or "pt-br")' });
      continue;
    }
    if (isBuiltInLanguage(language)) {
      for (const { key, plural } of missingKeysIn(resources, language)) {
        problems.push({ file: fileOf(language, key), language, key, problem: `${plural ? 'missing plural form' : 'missing key'} "${key.split(':')[1]}"` });
      }
    }
    problems.push(...checkLanguage(language, flatLanguage(resources, language), source, buttonKeys));
  }
  return problems;
}

function pluralCategories(language: Language): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(intlLocale(language)).resolvedOptions().pluralCategories;
}

/** The plural bases of the source ("ns:key" of keys written as key_one, key_other…). */
function pluralBasesOf(source: Map<string, string>): Set<string> {
  return new Set([...source.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
}

/** The keys (plural forms spelled out in the language's own categories) that a language lacks. */
export function missingKeysIn(resources: Resources, language: Language): { key: string; plural: boolean }[] {
  const source = flatLanguage(resources, SOURCE_LANGUAGE);
  const flat = flatLanguage(resources, language);
  const pluralBases = pluralBasesOf(source);
  const categories = pluralCategories(language);
  return [...baseKeys(source)].flatMap((base) =>
    pluralBases.has(base)
      ? categories.map((category) => ({ key: `${base}_${category}`, plural: true })).filter(({ key }) => !flat.has(key))
      : flat.has(base)
        ? []
        : [{ key: base, plural: false }],
  );
}

function checkLanguage(language: Language, flat: Map<string, string>, source: Map<string, string>, buttonKeys: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const categories = pluralCategories(language);
  const sourceBases = baseKeys(source);
  const pluralBases = pluralBasesOf(source);
  const sourceText = (base: string) => source.get(base) ?? source.get(`${base}_other`) ?? '';

  for (const [fullKey, text] of flat) {
    const at = { file: fileOf(language, fullKey), language, key: fullKey };
    const key = fullKey.split(':')[1];
    const base = fullKey.replace(PLURAL_SUFFIX, '');
    if (!sourceBases.has(base)) {
      problems.push({ ...at, problem: `key "${key}" is not in the source language (${SOURCE_LANGUAGE})` });
      continue;
    }
    if (pluralBases.has(base) && !categories.includes(fullKey.match(PLURAL_SUFFIX)![1] as Intl.LDMLPluralRule)) {
      problems.push({ ...at, problem: `plural form "${key}" does not exist in this language` });
    }
    if (text.trim() === '') problems.push({ ...at, problem: `key "${key}" is empty` });
    if (placeholders(text) !== placeholders(sourceText(base))) {
      problems.push({ ...at, problem: `key "${key}" has placeholders {${placeholders(text)}} but the source has {${placeholders(sourceText(base))}}` });
    }
    if (text.length > TEXT_LIMIT) problems.push({ ...at, problem: `key "${key}" is ${text.length} characters; Telegram allows ${TEXT_LIMIT}` });
    if (buttonKeys.has(base) && text.length > BUTTON_LIMIT) problems.push({ ...at, problem: `button "${key}" is ${text.length} characters; keep buttons under ${BUTTON_LIMIT}` });
    if (base.startsWith('common:commands.') && text.length > COMMAND_DESCRIPTION_LIMIT) {
      problems.push({ ...at, problem: `command description "${key}" is over ${COMMAND_DESCRIPTION_LIMIT} characters` });
    }
  }
  return problems;
}
