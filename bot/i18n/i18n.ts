import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { SOURCE_LANGUAGE, type Language } from './languages';
import { readLocaleFiles, type Resources } from './localeFiles';

export type { TFunction };

export const DEFAULT_NAMESPACE = 'common';

/**
 * An i18next instance of its own (never the global one), loaded with the given texts. Any language code is
 * accepted: the content decides which are offered (coordinators may add languages).
 */
export async function createI18n(resources: Resources = readLocaleFiles()): Promise<I18n> {
  const instance = i18next.createInstance();
  const namespaces = [...new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace)))];
  await instance.init({
    resources,
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    ns: namespaces,
    defaultNS: DEFAULT_NAMESPACE,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export function translatorFor(i18n: I18n, language: Language): TFunction {
  return i18n.getFixedT(language);
}

/** Replaces every text of a running instance (a published version): whoever holds it sees the new texts. */
export function replaceResources(i18n: I18n, resources: Resources): void {
  for (const [language, byNamespace] of Object.entries(resources)) {
    for (const [namespace, texts] of Object.entries(byNamespace)) {
      i18n.removeResourceBundle(language, namespace);
      i18n.addResourceBundle(language, namespace, texts, true, true);
    }
  }
}

/** Whether the instance has texts in a language (one of the ten, or one added and published from the console). */
export function speaks(i18n: I18n, language: string | null | undefined): language is Language {
  return typeof language === 'string' && i18n.hasResourceBundle(language, DEFAULT_NAMESPACE);
}
