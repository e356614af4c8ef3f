import { z } from 'zod';
import { LANGUAGE_CODE, SOURCE_LANGUAGE, type Language } from './languages';

/**
 * Data a tenant reads that coordinators keep in the database (a health point's name and address, a partner's
 * hours, an emergency number's label) is written in Italian in its own columns, and in the other languages in a
 * `translations` column: JSON such as {"ar": {"name": "…", "address": "…"}}. A missing text falls back to Italian.
 */
export function translationsSchema<F extends string>(fields: readonly [F, ...F[]]) {
  const texts = z.object(Object.fromEntries(fields.map((field) => [field, z.string().trim().max(200).optional()])) as Record<F, z.ZodOptional<z.ZodString>>).strict();
  return z.record(z.string().regex(LANGUAGE_CODE, 'a language code'), texts);
}

export type Translations<F extends string> = Partial<Record<Language, Partial<Record<F, string>>>>;

/** The stored JSON as an object; anything unreadable counts as no translation (Italian is shown). */
export function readTranslations<F extends string>(stored: string | null | undefined): Translations<F> {
  try {
    const parsed: unknown = JSON.parse(stored ?? '{}');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Translations<F>) : {};
  } catch {
    return {};
  }
}

/** Translations to store: empty texts and empty languages left out. */
export function writeTranslations<F extends string>(translations: Translations<F> | undefined): string {
  const kept = Object.entries(translations ?? {}).flatMap(([language, texts]) => {
    const filled = Object.entries(texts ?? {}).filter(([, text]) => typeof text === 'string' && text.trim() !== '');
    return filled.length > 0 && language !== SOURCE_LANGUAGE ? [[language, Object.fromEntries(filled)] as const] : [];
  });
  return JSON.stringify(Object.fromEntries(kept));
}

/** The row with its fields in the tenant's language where a translation exists, else in Italian. */
export function inLanguage<F extends string, R extends Record<F, string> & { translations: string }>(row: R, fields: readonly F[], language: Language): Omit<R, 'translations'> {
  const { translations, ...rest } = row;
  const texts: Partial<Record<F, string>> = readTranslations<F>(translations)[language] ?? {};
  const shown = { ...rest } as Record<string, unknown>;
  for (const field of fields) {
    const text = texts[field];
    if (text) shown[field] = text;
  }
  return shown as Omit<R, 'translations'>;
}
