// Where a link leads, in words: a step of the dialog, the start of another dialog, or back to the main menu.
import { treeName } from './words.js';

/** The picker's value of a link (null, the main menu, is the empty string). */
export const targetValue = (next) => (next === null ? '' : next);
export const targetOf = (value) => (value === '' ? null : value);

export function targetText(next, tree) {
  if (next === null) return 'torna al menu principale';
  if (next.startsWith('@')) return `dialogo «${treeName(next.slice(1))}»`;
  return tree.nodes[next] ? `passo «${next}»` : `⚠ passo «${next}», che non esiste`;
}
