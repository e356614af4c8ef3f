import reviewFile from '../../locales/review.json';
import { SOURCE_LANGUAGE, intlLocale } from '../i18n/languages';
import { baseKeyOf, flatLanguage, PLURAL_SUFFIX, sourceFingerprint } from './bundleTexts';
import type { ContentBundle } from './contentBundle';
import { languagesOf } from './offeredLanguages';

/** ok; missing; outdated (the Italian changed after it was translated); none (a plural form the language has not). */
export type TranslationState = 'ok' | 'missing' | 'outdated' | 'none';

export interface TranslationRow {
  key: string;
  /** review: drafted by a developer, to be confirmed by a native speaker (locales/review.json). */
  texts: Record<string, { text: string | null; state: TranslationState; review?: true }>;
}

/** language → keys to review ("ns:key", or "ns:prefix*" for every key it begins). */
export type ReviewList = Record<string, string[]>;

function readReviewList(raw: Record<string, unknown>): ReviewList {
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])));
}

function toReview(list: ReviewList, language: string, key: string): boolean {
  return (list[language] ?? []).some((entry) => (entry.endsWith('*') ? key.startsWith(entry.slice(0, -1)) : baseKeyOf(key) === entry || key === entry));
}

/** Every key by every language, for the translators' table. Plural forms get a row each. */
export function translationTable(bundle: ContentBundle, review: ReviewList = readReviewList(reviewFile)): { languages: string[]; rows: TranslationRow[] } {
  const languages = languagesOf(bundle);
  const source = flatLanguage(bundle.resources, SOURCE_LANGUAGE);
  const flats = new Map(languages.map((language) => [language, flatLanguage(bundle.resources, language)]));
  const categories = new Map(languages.map((language) => [language, new Set<string>(new Intl.PluralRules(intlLocale(language)).resolvedOptions().pluralCategories)]));
  const pluralBases = new Set([...source.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(baseKeyOf));
  const keys = new Set<string>();
  for (const key of source.keys()) {
    if (!pluralBases.has(baseKeyOf(key))) keys.add(key);
    else for (const set of categories.values()) for (const category of set) keys.add(`${baseKeyOf(key)}_${category}`);
  }
  const rows = [...keys].sort().map((key): TranslationRow => {
    const plural = pluralBases.has(baseKeyOf(key)) ? key.match(PLURAL_SUFFIX)![1]! : undefined;
    const texts: TranslationRow['texts'] = {};
    for (const language of languages) {
      const text = flats.get(language)!.get(key) ?? null;
      if (plural && !categories.get(language)!.has(plural)) texts[language] = { text, state: 'none' };
      else if (text === null) texts[language] = { text, state: 'missing' };
      else if (language !== SOURCE_LANGUAGE && isOutdated(bundle, language, key, source)) texts[language] = { text, state: 'outdated' };
      else texts[language] = { text, state: 'ok' };
      if (text !== null && toReview(review, language, key)) texts[language] = { ...texts[language]!, review: true };
    }
    return { key, texts };
  });
  return { languages, rows };
}

function isOutdated(bundle: ContentBundle, language: string, key: string, source: Map<string, string>): boolean {
  const madeFrom = bundle.translatedFrom[language]?.[key];
  return madeFrom !== undefined && madeFrom !== sourceFingerprint(source, key);
}
