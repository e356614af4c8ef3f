// The report list as a table: one row a report, its code linking to the report page.
import { clear, h } from '../../dom.js';
import { fmtDateTime } from '../../format.js';
import { sampleBadge, statusBadge } from './badges.js';
import { categoryName, placeText } from './words.js';
import { trialBadge } from '../../trialBadge.js';

const COLUMNS = ['Codice', 'Data', 'Indirizzo e luogo', 'Categoria', 'Stato', 'Segnalanti', 'Foto e audio', 'Assegnata a'];

/** Each cell names its column, which a phone shows when the rows become cards. */
const cell = (index, attrs, ...children) => h(index === 0 ? 'th' : 'td', { ...attrs, 'data-label': COLUMNS[index] }, ...children);

function row(report) {
  const place = placeText(report.place);
  return h('tr', { testid: `report-row-${report.id}`, dataset: { status: report.status, category: report.category } },
    cell(0, { scope: 'row' }, h('a', { href: `#/reports/${report.id}`, class: 'report-code', testid: `report-link-${report.id}` }, report.code)),
    cell(1, null, fmtDateTime(report.createdAt)),
    cell(2, null, report.building.address, ' ', report.building.sample ? sampleBadge() : null, report.trial ? trialBadge(`trial-${report.id}`) : null,
      h('div', { class: 'muted small' }, [report.building.code, place].filter(Boolean).join(' · '))),
    cell(3, null, categoryName(report.category)),
    cell(4, null, statusBadge(report.status)),
    cell(5, { class: 'num' }, String(report.reporters)),
    cell(6, { class: 'num' }, String(report.files)),
    cell(7, null, report.assignedTo || '—'));
}

export function reportTable() {
  const element = h('div', { class: 'table-wrap', testid: 'reports' });

  function render(list) {
    clear(element);
    if (!list.reports.length) {
      element.appendChild(h('p', { class: 'empty pad', testid: 'reports-empty' }, 'Nessuna segnalazione con questi filtri.'));
      return;
    }
    element.appendChild(h('table', { class: 'table table-cards' },
      h('caption', { class: 'sr-only' }, 'Segnalazioni'),
      h('thead', null, h('tr', null, COLUMNS.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', null, list.reports.map(row))));
    if (list.total > list.reports.length) {
      element.appendChild(h('p', { class: 'muted pad', testid: 'reports-more' },
        `Sono mostrate le ${list.reports.length} più recenti su ${list.total}: restringi i filtri o esporta il CSV per vederle tutte.`));
    }
  }

  return { element, render };
}
