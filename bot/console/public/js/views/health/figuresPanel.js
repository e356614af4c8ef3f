// The month's figures of the health points: per point and service, bookings, attended, no-shows, cancelled.
import { api, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { fmtNumber } from '../../format.js';
import { MONTH, romeToday } from './days.js';

const COUNTS = [['booked', 'Prenotati'], ['attended', 'Presenti'], ['noshow', 'Assenti'], ['cancelled', 'Annullati']];

export function healthFigures() {
  const month = h('input', { type: 'month', id: 'health-month', testid: 'health-month', value: romeToday().slice(0, 7), required: true });
  const wrap = h('div', { class: 'table-wrap', testid: 'health-figures' });
  const element = h('section', { class: 'panel no-print', 'aria-labelledby': 'h-health-figures' },
    h('div', { class: 'row between' }, h('h2', { id: 'h-health-figures' }, 'Numeri del mese'),
      h('div', { class: 'field-inline' }, h('label', { for: 'health-month' }, 'Mese'), month)),
    h('p', { class: 'hint' }, 'Prenotati: tutti gli appuntamenti non annullati del mese, compresi presenti e assenti.'),
    wrap);
  let catalogue = null;

  function row(figure) {
    return h('tr', { testid: `health-figures-row-${figure.pointId}-${figure.serviceId}`, dataset: Object.fromEntries(COUNTS.map(([key]) => [key, figure[key]])) },
      h('th', { scope: 'row' }, catalogue.pointName(figure.pointId)),
      h('td', null, catalogue.serviceName(figure.serviceId)),
      COUNTS.map(([key]) => h('td', { class: 'num' }, fmtNumber(figure[key]))));
  }

  /** Loads the chosen month; the catalogue names the points and services. */
  async function load(names = catalogue) {
    catalogue = names;
    if (!MONTH.test(month.value)) {
      clear(wrap).appendChild(h('p', { class: 'empty pad' }, 'Scegli un mese.'));
      return;
    }
    const figures = await api('GET', `/health/figures?month=${encodeURIComponent(month.value)}`);
    clear(wrap).appendChild(figures.length
      ? h('table', { class: 'table', testid: 'health-figures-table' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Punto salute'), h('th', { scope: 'col' }, 'Servizio'),
          COUNTS.map(([, label]) => h('th', { scope: 'col', class: 'num' }, label)))),
        h('tbody', null, figures.map(row)))
      : h('p', { class: 'empty pad', testid: 'health-figures-empty' }, 'Nessun appuntamento in questo mese.'));
  }
  month.addEventListener('change', () => void load().catch((error) => flash(errorText(error), 'error')));

  return { element, load };
}
