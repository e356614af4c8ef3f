import type { TFunction } from 'i18next';
import { intlLocale, type Language } from '../../bot/i18n/languages';
import type { Line1522Facts } from './discreetPath';

/** The languages' names in the tenant's language ("italiano, inglese e farsi"): the list is data, not a translation. */
export function languageNames(codes: string[], language: Language): string {
  const locale = intlLocale(language);
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return new Intl.ListFormat([locale], { type: 'conjunction' }).format(codes.map((code) => names.of(code) ?? code));
}

/** Whether 1522 answers in the tenant's language. */
export function answersIn(facts: Line1522Facts, language: Language): boolean {
  return facts.languages.includes(language) || facts.languages.includes(intlLocale(language));
}

/** 1522's lines of the help numbers: what it is, its languages (and when the tenant's is not one), its chat. */
export function line1522Lines(t: TFunction, facts: Line1522Facts, language: Language): string[] {
  return [
    t('wellbeing:contacts.line1522'),
    t('wellbeing:contacts.languages1522', { languages: languageNames(facts.languages, language) }),
    ...(answersIn(facts, language) ? [] : [t('wellbeing:contacts.notInYourLanguage')]),
    t('wellbeing:contacts.chat1522', { url: facts.chatUrl }),
  ];
}
