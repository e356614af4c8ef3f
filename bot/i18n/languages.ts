/** The languages the bot speaks, in the order the picker shows them. Italian is the source language. */
export const SUPPORTED_LANGUAGES = ['it', 'en', 'ar', 'es', 'fr', 'zh', 'ro', 'uk', 'tl', 'bn'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const SOURCE_LANGUAGE: Language = 'it';

export const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ar']);

/** Telegram sends IETF tags such as "ar", "zh-hans", "pt-br"; Filipino phones may say "fil". */
const ALIASES: Record<string, Language> = { fil: 'tl' };

/** The supported language for a Telegram language_code, or undefined when the tenant must pick one. */
export function matchLanguage(code: string | undefined | null): Language | undefined {
  if (!code) return undefined;
  const tag = code.trim().toLowerCase().replace(/_/g, '-');
  if (ALIASES[tag]) return ALIASES[tag];
  const primary = tag.split('-')[0] ?? '';
  // Simplified Chinese only: readers of traditional script (zh-hant, zh-tw, zh-hk) choose for themselves.
  if (primary === 'zh') return /^zh(-(hans|cn|sg|my)(-.*)?)?$/.test(tag) ? 'zh' : undefined;
  if (ALIASES[primary]) return ALIASES[primary];
  return isLanguage(primary) ? primary : undefined;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Intl locale for formatting: Tagalog is formatted as Filipino, which is what ICU knows. */
export function intlLocale(language: Language): string {
  return language === 'tl' ? 'fil' : language;
}
