// The "Traduzioni" tab: every text by every language, missing and outdated ones marked, filters kept in the
// address; a text is edited in its cell. Above it, the languages and adding one.
import { clear, h } from '../../dom.js';
import { showAddress, translationsHref } from './contentRoute.js';
import { languagesPanel } from './languagesPanel.js';
import { translationCell } from './translationCell.js';
import { filterRows, translationFilters } from './translationFilters.js';
import { SOURCE } from './words.js';

const PAGE = 100;

export function translationsTab(ctx) {
  const { model, route } = ctx;
  const summary = h('p', { class: 'muted', testid: 'tr-summary', role: 'status' });
  const tableBox = h('div', { class: 'table-wrap tr-table-wrap' });
  const more = h('button', { type: 'button', class: 'btn', testid: 'tr-more' }, `Mostra altri ${PAGE}`);
  let filters = Object.fromEntries(['language', 'state', 'namespace', 'search'].map((name) => [name, route.query.get(name) || '']));
  let shown = PAGE;

  function columns() {
    const chosen = model.languages.find((language) => language.code === filters.language);
    if (!chosen) return model.languages;
    return model.languages.filter((language) => language.code === SOURCE || language === chosen);
  }

  function draw() {
    const languages = columns();
    const rows = filterRows(model.rows, filters, languages.map((language) => language.code));
    const count = (state) => rows.reduce((sum, row) => sum + languages.filter((language) => row.texts[language.code] && row.texts[language.code].state === state).length, 0);
    summary.textContent = `${rows.length} testi su ${model.rows.length}. Qui: ${count('missing')} traduzioni mancanti, ${count('outdated')} da aggiornare.`;
    clear(tableBox).appendChild(h('table', { class: 'table tr-table', testid: 'tr-table' },
      h('caption', { class: 'sr-only' }, 'Testi del bot per lingua'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Chiave'), languages.map((language) => h('th', { scope: 'col', lang: language.code }, language.label)))),
      h('tbody', null, rows.slice(0, shown).map((row) => h('tr', { testid: `tr-row-${row.key}` },
        h('th', { scope: 'row', class: 'mono small tr-key' }, row.key),
        languages.map((language) => translationCell(ctx, row, language, () => ctx.reload())))))));
    more.hidden = rows.length <= shown;
  }

  more.addEventListener('click', () => {
    shown += PAGE;
    draw();
  });
  const filterBar = translationFilters(model, filters, (next) => {
    filters = next;
    shown = PAGE;
    showAddress(translationsHref(filters));
    draw();
  });
  draw();
  return h('div', null, languagesPanel(ctx),
    h('p', { class: 'hint' }, 'Premi un testo per modificarlo. «Da aggiornare»: l’italiano è cambiato dopo la traduzione. Le modifiche vanno nella bozza.'),
    filterBar, summary, tableBox, more);
}
