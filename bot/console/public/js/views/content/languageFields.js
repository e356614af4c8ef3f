// One text of the bot in every language side by side: a field a language (right to left where the language is
// written so), each with its state (missing, to update after the Italian changed). Only what was changed is saved.
import { h } from '../../dom.js';
import { translationsHref } from './contentRoute.js';
import { SOURCE, stateBadge, textDir } from './words.js';

/**
 * key: the text key; testid: prefix of the fields' test ids (`<testid>-<language>`); single: a one-line field
 * (button labels); note: what else shows the same text, or null.
 */
export function languageFields(model, key, { testid, single = false, note = null }) {
  const fields = model.languages.map((language) => {
    const cell = model.cell(key, language.code);
    const attrs = { id: `${testid}-${language.code}`, testid: `${testid}-${language.code}`, dir: textDir(language), lang: language.code, dataset: { state: cell.state } };
    const field = single
      ? h('input', { type: 'text', maxlength: '64', value: cell.text || '', ...attrs })
      : h('textarea', { rows: '3', maxlength: '4096', ...attrs });
    if (!single) field.value = cell.text || '';
    return { language, field, original: cell.text || '', element: h('div', { class: ['field', 'lang-field', `lang-${cell.state}`] },
      h('label', { for: attrs.id }, language.label, ' ', stateBadge(cell.state, `${testid}-state-${language.code}`)), field) };
  });
  const plural = !model.hasKey(key) && model.rows.some((row) => row.key.startsWith(`${key}_`));
  const element = plural
    ? h('p', { class: 'hint' }, 'Questo testo ha forme diverse per il singolare e il plurale: ', h('a', { href: translationsHref({ search: key }) }, 'modificalo nella tabella delle traduzioni'), '.')
    : h('div', null, h('div', { class: single ? 'lang-grid lang-grid-small' : 'lang-grid' }, fields.map((entry) => entry.element)),
      note ? h('p', { class: 'hint' }, note) : null);

  return {
    element,
    /** The Italian as written now. */
    italian: () => (plural ? 'plural' : fields.find((entry) => entry.language.code === SOURCE).field.value.trim()),
    /** The texts changed, Italian first (so that a translation saved with it is up to date): [{language, key, text}]. */
    changes: () => (plural ? [] : fields
      .filter(({ field, original }) => field.value.trim() !== original.trim())
      .sort((a, b) => Number(b.language.code === SOURCE) - Number(a.language.code === SOURCE))
      .map(({ language, field }) => ({ language: language.code, key, text: field.value.trim() || null }))),
  };
}

/** "Lo stesso testo compare anche in: …" for a text other steps show too, or null. */
export function sharedNote(model, key, treeId, nodeId) {
  const others = model.usesOf(key).filter((use) => use.tree !== treeId || use.node !== nodeId);
  return others.length ? `Lo stesso testo compare anche in: ${others.map((use) => `${use.tree} › ${use.node}`).join(', ')}. Cambiandolo qui cambia anche lì.` : null;
}
