import type { i18n as I18n } from 'i18next';
import { SOURCE_LANGUAGE } from './languages';

/**
 * The Italian text of whatever key reads `text` in `language` (a button label, for the staff's transcript), or
 * undefined when no text matches (labels built from data, such as a building's address). Looked up when asked,
 * not cached: a published version replaces the texts of a running instance.
 */
export function sourceTextOf(i18n: I18n, language: string, text: string): string | undefined {
  if (language === SOURCE_LANGUAGE) return text;
  const wanted = text.trim();
  const texts = i18n.store.data;
  for (const [namespace, bundle] of Object.entries(texts[language] ?? {})) {
    const path = pathOf(bundle, wanted);
    const source = path && path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], texts[SOURCE_LANGUAGE]?.[namespace]);
    if (typeof source === 'string') return source;
  }
  return undefined;
}

function pathOf(node: unknown, wanted: string, at: string[] = []): string[] | undefined {
  if (typeof node === 'string') return node.trim() === wanted ? at : undefined;
  if (typeof node !== 'object' || node === null) return undefined;
  for (const [key, child] of Object.entries(node)) {
    const found = pathOf(child, wanted, [...at, key]);
    if (found) return found;
  }
  return undefined;
}
