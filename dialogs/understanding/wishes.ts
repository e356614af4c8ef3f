import type { TFunction } from 'i18next';
import { scoreOf, vocabularyOf } from './matcher';

/**
 * What a tenant may ask for in their own words, and where each wish starts: a tree, with the answers the words
 * already gave (`answers`: node → choice), so the flow skips those questions but still asks everything else
 * (the safety question of a report comes first, consent before a booking). The words of each wish are in the
 * locales, `understand:words.<wish>`. The discreet path is deliberately not a wish: only its code words open it.
 */
export interface Wish {
  id: string;
  tree: string;
  answers: Record<string, string>;
  /** The text that names the wish on its button and in "I understood: …". */
  label: string;
  /** A general wish (any fault) gives way to a specific one of the same tree (a heating fault). */
  general?: boolean;
}

const fault = (category: string): Wish => ({ id: `maintenance_${category}`, tree: 'maintenance', answers: { start: 'new', category }, label: `maintenance:category.${category}` });

export const WISHES: readonly Wish[] = [
  fault('water'),
  fault('heating'),
  fault('electrical'),
  fault('lift'),
  fault('doors'),
  fault('intercom'),
  fault('damp'),
  fault('pests'),
  fault('common'),
  { id: 'maintenance_report', tree: 'maintenance', answers: { start: 'new' }, label: 'maintenance:button.newReport', general: true },
  { id: 'maintenance_mine', tree: 'maintenance', answers: { start: 'mine' }, label: 'maintenance:button.myReports' },
  { id: 'health_book', tree: 'health', answers: { start: 'book' }, label: 'health:button.book' },
  { id: 'health_mine', tree: 'health', answers: { start: 'mine' }, label: 'health:button.mine' },
  { id: 'person', tree: 'person', answers: {}, label: 'menu:entry.person' },
];

export const MAX_SUGGESTIONS = 3;

/** The locale key of a wish's words. */
export function wordsKey(wish: Wish): string {
  return `understand:words.${wish.id}`;
}

export type Understanding = { kind: 'sure'; wish: Wish } | { kind: 'maybe'; wishes: Wish[] } | { kind: 'none' };

/**
 * The wish a typed text expresses: sure when one wish scores above all others, a few to choose from when they
 * tie, none when no word matched.
 */
export function understand(typed: string, t: TFunction): Understanding {
  const scored = WISHES.map((wish) => ({ wish, score: scoreOf(typed, vocabularyOf(t(wordsKey(wish)))) })).filter((entry) => entry.score > 0);
  // "Il termosifone è rotto": the general "rotto" adds to the heating fault rather than competing with it.
  const specific = scored.filter((entry) => !entry.wish.general || !scored.some((other) => !other.wish.general && other.wish.tree === entry.wish.tree));
  const ranked = specific
    .map((entry) => ({ ...entry, score: entry.score + scored.filter((other) => other.wish.general && other.wish.tree === entry.wish.tree && other !== entry).reduce((sum, other) => sum + other.score, 0) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first) return { kind: 'none' };
  if (!second || first.score > second.score) return { kind: 'sure', wish: first.wish };
  return { kind: 'maybe', wishes: ranked.filter((entry) => entry.score === first.score).slice(0, MAX_SUGGESTIONS).map((entry) => entry.wish) };
}

/** Where a wish starts, as a tree's result hands over to another tree. */
export interface WishResult {
  goto: string;
  answers: Record<string, string>;
}

export function isWishResult(value: unknown): value is WishResult {
  return typeof value === 'object' && value !== null && typeof (value as WishResult).goto === 'string' && typeof (value as WishResult).answers === 'object';
}
