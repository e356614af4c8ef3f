// The figures page: requests, waits, durations and ratings per neighbourhood and week.
import { api, errorText } from '../api.js';
import { coalesce } from '../coalesce.js';
import { clear, h } from '../dom.js';
import { flash } from '../flash.js';
import { fmtNumber } from '../format.js';
import { openingsPanel } from './support/openingsPanel.js';
import { failedTurnsPanel } from './figures/failedTurnsPanel.js';

const COLUMNS = [
  ['neighbourhoodName', 'Quartiere', (row) => row.neighbourhoodName],
  ['week', 'Settimana', (row) => row.week],
  ['requests', 'Richieste', (row) => fmtNumber(row.requests)],
  ['claimed', 'Prese in carico', (row) => fmtNumber(row.claimed)],
  ['closed', 'Chiuse', (row) => fmtNumber(row.closed)],
  ['cancelled', 'Annullate', (row) => fmtNumber(row.cancelled)],
  ['medianWaitMinutes', 'Attesa mediana (min)', (row) => fmtNumber(row.medianWaitMinutes)],
  ['averageHandlingMinutes', 'Durata media (min)', (row) => fmtNumber(row.averageHandlingMinutes)],
  ['averageRating', 'Voto medio', (row) => fmtNumber(row.averageRating)],
  ['ratings', 'Voti', (row) => fmtNumber(row.ratings)],
  ['rentRequests', 'Affitto e lettere', (row) => fmtNumber(row.rentRequests)],
  ['centreAppointments', 'Appuntamenti al centro', (row) => fmtNumber(row.centreAppointments)],
];

export function figuresView(main) {
  const weeks = h('select', { id: 'figures-weeks', testid: 'figures-weeks' },
    [4, 8, 12, 26, 52].map((n) => h('option', { value: String(n), selected: n === 8 }, `${n} settimane`)));
  const tableBox = h('div', { class: 'table-wrap', testid: 'figures' });
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Numeri'),
    h('div', { class: 'row' }, h('label', { for: 'figures-weeks' }, 'Periodo'), weeks)), tableBox);
  const openings = openingsPanel();
  const failed = failedTurnsPanel();
  main.append(openings.element, failed.element);
  weeks.addEventListener('change', () => void load().catch((error) => flash(errorText(error), 'error')));

  const load = coalesce(async () => {
    const [result] = await Promise.all([api('GET', `/figures?weeks=${encodeURIComponent(weeks.value)}`), openings.load(), failed.load()]);
    const rows = (result && result.rows) || [];
    clear(tableBox);
    if (!rows.length) {
      tableBox.appendChild(h('p', { class: 'empty' }, 'Nessun dato per il periodo scelto.'));
      return;
    }
    tableBox.appendChild(h('table', { class: 'table', testid: 'figures-table' },
      h('thead', null, h('tr', null, COLUMNS.map(([key, label]) => h('th', { scope: 'col', class: key === 'neighbourhoodName' || key === 'week' ? '' : 'num' }, label)))),
      h('tbody', null, rows.map((row) => h('tr', { testid: `figures-row-${row.neighbourhoodId}-${row.week}` },
        COLUMNS.map(([key, , value]) => h(key === 'neighbourhoodName' ? 'th' : 'td', { scope: key === 'neighbourhoodName' ? 'row' : undefined, class: key === 'neighbourhoodName' || key === 'week' ? '' : 'num' }, value(row))))))));
  });
  return { name: 'figures', load, refresh() {} };
}
