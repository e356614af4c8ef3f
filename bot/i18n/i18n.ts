import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, type Language } from './languages';
import { readLocaleFiles, type Resources } from './localeFiles';

export type { TFunction };

export const DEFAULT_NAMESPACE = 'common';

/** An i18next instance of its own (never the global one), loaded with the given texts. */
export async function createI18n(resources: Resources = readLocaleFiles()): Promise<I18n> {
  const instance = i18next.createInstance();
  const namespaces = [...new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace)))];
  await instance.init({
    resources,
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
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
