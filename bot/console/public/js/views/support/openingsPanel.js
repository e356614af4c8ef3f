// How many times the bot's discreet path was opened each day, the last 30 days: a number per day, never who.
import { api } from '../../api.js';
import { clear, h } from '../../dom.js';
import { fmtNumber } from '../../format.js';

/** "2026-11-28" → "sab 28/11" (the day is already Rome's). */
const dayName = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: '2-digit' });
const fmtDay = (day) => dayName.format(new Date(`${day}T12:00:00Z`));

/** The panel (coordinators, admins, partner operators); load() fills it from the server. */
export function openingsPanel() {
  const total = h('p', { class: 'openings-total', testid: 'openings-total' });
  const table = h('div', { class: 'table-wrap openings-table' });
  const element = h('section', { class: 'panel openings', testid: 'openings', 'aria-labelledby': 'h-openings' },
    h('h2', { id: 'h-openings' }, 'Aperture del percorso riservato'),
    h('p', { class: 'hint' }, 'Quante volte, negli ultimi 30 giorni, qualcuno ha aperto il percorso riservato del bot (dal menu o con una parola in codice). Si conta solo il numero di ogni giorno: mai chi, né a che ora.'),
    total, table);

  async function load() {
    const days = await api('GET', '/support/openings');
    total.textContent = `Totale 30 giorni: ${fmtNumber(days.reduce((sum, entry) => sum + entry.count, 0))}`;
    clear(table).appendChild(h('table', { class: 'table', testid: 'openings-table' },
      h('caption', { class: 'sr-only' }, 'Aperture per giorno, dal più recente'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Giorno'), h('th', { scope: 'col', class: 'num' }, 'Aperture'))),
      h('tbody', null, [...days].reverse().map((entry) => h('tr', { testid: `openings-${entry.day}` },
        h('th', { scope: 'row' }, fmtDay(entry.day)), h('td', { class: 'num' }, fmtNumber(entry.count)))))));
  }

  return { element, load };
}
