// One text of the translation table: shown with its state; pressed, it becomes a field that saves it (saving a
// translation marks it up to date with today's Italian).
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { problemBox } from '../health/problems.js';
import { reviewBadge, SOURCE, stateBadge, textDir } from './words.js';

const EMPTY = { missing: 'manca: premi per tradurre', none: 'non serve in questa lingua' };

/** onSaved() runs after the text was saved (to show the table again). */
export function translationCell(ctx, row, language, onSaved) {
  const cell = row.texts[language.code] || { text: null, state: 'missing' };
  const td = h('td', { class: ['tr-cell', `lang-${cell.state}`], testid: `tr-cell-${language.code}-${row.key}`, dataset: { state: cell.state }, lang: language.code, dir: textDir(language) });

  function show() {
    clear(td).append(...[cell.state === 'none'
      ? h('span', { class: 'muted small' }, EMPTY.none)
      : h('button', { type: 'button', class: 'tr-text', testid: 'tr-open', title: 'Premi per modificare', on: { click: edit } },
        cell.text === null ? h('span', { class: 'muted' }, EMPTY.missing) : cell.text),
    stateBadge(cell.state, 'tr-badge'), reviewBadge(cell)].filter(Boolean));
  }

  function edit() {
    const area = h('textarea', { testid: 'tr-edit', rows: '4', maxlength: '4096', dir: textDir(language), lang: language.code, 'aria-label': `${row.key} in ${language.label}` });
    area.value = cell.text || '';
    const problems = problemBox('tr-error');
    const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'tr-save' }, 'Salva');
    const form = h('form', { class: 'tr-form', novalidate: true }, area, problems.element,
      h('div', { class: 'row' }, save, h('button', { type: 'button', class: 'btn btn-ghost', testid: 'tr-cancel', on: { click: show } }, 'Annulla')),
      cell.state === 'outdated' ? h('p', { class: 'hint' }, 'L’italiano è cambiato: controlla la traduzione e salvala (anche uguale) per segnarla aggiornata.') : null);
    problems.guard(form, save, {
      read: () => area.value.trim(),
      check: (text) => (language.code === SOURCE && !text ? ['il testo in italiano non può essere vuoto'] : []),
      async send(text) {
        if (!(await ctx.edit('PUT', '/content/draft/texts', { changes: [{ language: language.code, key: row.key, text: text || null }] }))) return;
        await onSaved();
        flash(language.code === SOURCE ? 'Testo salvato: le traduzioni di questo testo sono ora da aggiornare.' : 'Traduzione salvata.', 'ok');
      },
    });
    clear(td).append(form);
    area.focus();
  }

  show();
  return td;
}
