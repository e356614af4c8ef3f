// The maintenance report list: filters with counts, the table, and the CSV export of the same filters.
import { API, api, errorText } from '../api.js';
import { coalesce } from '../coalesce.js';
import { h } from '../dom.js';
import { flash } from '../flash.js';
import { getNeighbourhoods } from '../lookups.js';
import { reportCounts } from './reports/counts.js';
import { reportFilters } from './reports/filters.js';
import { reportTable } from './reports/table.js';

export function reportsView(main) {
  const counts = reportCounts();
  const table = reportTable();
  const csv = h('a', { class: 'btn', testid: 'reports-csv', href: `${API}/reports.csv`, download: '' }, '⬇ Esporta CSV');
  const filtersBox = h('div', { class: 'filters-box' });
  main.append(
    h('div', { class: 'page-head' }, h('h1', null, 'Segnalazioni'), csv),
    h('div', { class: 'reports-top' }, filtersBox, counts.element),
    table.element);

  let filters = null;
  const load = coalesce(async () => {
    if (!filters) {
      filters = reportFilters(await getNeighbourhoods(), () => void load().catch((error) => flash(errorText(error), 'error')));
      filtersBox.appendChild(filters.element);
      await filters.ready();
    }
    const query = filters.query();
    csv.href = `${API}/reports.csv${query}`;
    const list = await api('GET', `/reports${query}`);
    counts.render(list);
    table.render(list);
  });

  return {
    name: 'reports',
    load,
    refresh(kind) {
      if (kind === 'reconnect') void load().catch(() => undefined);
    },
  };
}
