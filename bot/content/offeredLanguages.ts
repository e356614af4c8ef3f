import { SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, type Language } from '../i18n/languages';
import { flatLanguage } from './bundleTexts';
import type { ContentBundle } from './contentBundle';
import { missingKeysIn } from './translationRules';

/** The languages of a bundle in picker order: the ten built in, then the added ones alphabetically. */
export function languagesOf(bundle: ContentBundle): Language[] {
  const added = Object.keys(bundle.resources)
    .filter((language) => !(SUPPORTED_LANGUAGES as readonly string[]).includes(language))
    .sort();
  return [...SUPPORTED_LANGUAGES.filter((language) => bundle.resources[language]), ...added];
}

/** The languages tenants are offered: an added language only once every key has its translation. */
export function offeredLanguages(bundle: ContentBundle): Language[] {
  return languagesOf(bundle).filter(
    (language) => language === SOURCE_LANGUAGE || (SUPPORTED_LANGUAGES as readonly string[]).includes(language) || missingKeysIn(bundle.resources, language).length === 0,
  );
}

/** A language named in itself: its own "language:name" once translated, else what ICU calls it. */
export function languageNameIn(bundle: ContentBundle, language: string): string {
  const own = flatLanguage(bundle.resources, language).get('language:name');
  if (own) return own;
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
