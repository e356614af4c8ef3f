/**
 * The ten languages the bot is built with, in the order the picker shows them. Italian is the source
 * language. Coordinators may add more from the console (see bot/content): a language code is then any
 * string that the published content offers, so `Language` is a plain string.
 */
export const SUPPORTED_LANGUAGES = ['it', 'en', 'ar', 'es', 'fr', 'zh', 'ro', 'uk', 'tl', 'bn'] as const;

export type BuiltInLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export type Language = string;

export const SOURCE_LANGUAGE: BuiltInLanguage = 'it';

/** Telegram sends IETF tags such as "ar", "zh-hans", "pt-br"; Filipino phones may say "fil". */
const ALIASES: Record<string, Language> = { fil: 'tl' };

/** A language the console may add: a primary subtag, optionally a region or script ("pt", "pt-br", "sr-latn"). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

/** The offered language for a Telegram language_code, or undefined when the tenant must pick one. */
export function matchLanguage(code: string | undefined | null, offered: readonly Language[] = SUPPORTED_LANGUAGES): Language | undefined {
  if (!code) return undefined;
  const tag = code.trim().toLowerCase().replace(/_/g, '-');
  if (ALIASES[tag]) return ALIASES[tag];
  const primary = tag.split('-')[0] ?? '';
  // Simplified Chinese only: readers of traditional script (zh-hant, zh-tw, zh-hk) choose for themselves.
  if (primary === 'zh') return /^zh(-(hans|cn|sg|my)(-.*)?)?$/.test(tag) && offered.includes('zh') ? 'zh' : undefined;
  if (offered.includes(tag)) return tag;
  if (ALIASES[primary]) return ALIASES[primary];
  return offered.includes(primary) ? primary : undefined;
}

export function isLanguage(value: unknown, offered: readonly Language[] = SUPPORTED_LANGUAGES): value is Language {
  return typeof value === 'string' && offered.includes(value);
}

export function isBuiltInLanguage(value: unknown): value is BuiltInLanguage {
  return isLanguage(value, SUPPORTED_LANGUAGES);
}

interface LocaleWithTextInfo extends Intl.Locale {
  textInfo?: { direction?: string };
}

/** Arabic, Persian, Urdu… are written right to left; ICU knows which. */
export function isRightToLeft(language: Language): boolean {
  try {
    return (new Intl.Locale(language) as LocaleWithTextInfo).textInfo?.direction === 'rtl';
  } catch {
    return false;
  }
}

/** Intl locale for formatting: Tagalog is formatted as Filipino, which is what ICU knows. */
export function intlLocale(language: Language): string {
  return language === 'tl' ? 'fil' : language;
}
