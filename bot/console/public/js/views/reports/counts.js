// Next to the filters: how many reports the list holds, by status and by category.
import { clear, h } from '../../dom.js';
import { REPORT_CATEGORIES, REPORT_STATUSES } from '../../labels.js';

function countList(title, names, counts, kind) {
  const items = Object.entries(names).filter(([key]) => counts[key]).map(([key, name]) =>
    h('li', { testid: `count-${kind}-${key}`, dataset: { count: counts[key] } }, h('span', null, name), ' ', h('strong', null, String(counts[key]))));
  return h('div', { class: 'count-group' }, h('h3', null, title),
    items.length ? h('ul', { class: 'count-list', testid: `counts-${kind}` }, items) : h('p', { class: 'empty' }, 'Nessuna.'));
}

export function reportCounts() {
  const element = h('section', { class: 'panel counts', testid: 'report-counts', 'aria-live': 'polite', 'aria-label': 'Conteggi' });

  /** list: the API's answer ({total, counts: {status, category}, reports}). */
  function render(list) {
    clear(element).append(
      h('p', { class: 'total' }, 'Segnalazioni trovate: ', h('strong', { testid: 'reports-total' }, String(list.total))),
      countList('Per stato', REPORT_STATUSES, list.counts.status || {}, 'status'),
      countList('Per categoria', REPORT_CATEGORIES, list.counts.category || {}, 'category'));
  }

  return { element, render };
}
