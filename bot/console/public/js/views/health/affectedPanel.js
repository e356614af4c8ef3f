// The coming bookings a point's schedule no longer has a place for (a closed day, a removed session). They
// stay booked until someone decides: "Annulla e avvisa" cancels one and tells the tenant.
import { clear, h } from '../../dom.js';
import { cancelButton } from './cancelButton.js';
import { tenantText } from './catalogue.js';
import { dayText } from './days.js';

const COLUMNS = ['Giorno', 'Ora', 'Inquilino/a', 'Servizio', 'Codice'];

/** onChanged runs after a cancellation (to list the bookings again). */
export function affectedPanel(onChanged) {
  const element = h('section', { class: 'panel affected', testid: 'health-affected', 'aria-labelledby': 'h-affected', tabindex: '-1', hidden: true });

  function row(appointment, catalogue) {
    return h('tr', { testid: `affected-row-${appointment.id}` },
      h('th', { scope: 'row' }, dayText(appointment.date, false)),
      h('td', { class: 'num' }, appointment.time),
      h('td', { dir: 'auto' }, tenantText(appointment)),
      h('td', null, catalogue.serviceName(appointment.serviceId)),
      h('td', null, appointment.code),
      h('td', null, cancelButton(appointment, onChanged)));
  }

  /** rows: the server's affected bookings; shown: say "none" too, not only hide (after a save or a cancellation). */
  function render(rows, catalogue, shown = false) {
    clear(element);
    element.hidden = !rows.length && !shown;
    element.classList.toggle('affected-none', !rows.length);
    if (!rows.length) {
      element.append(h('h2', { id: 'h-affected' }, 'Prenotazioni e orario'),
        h('p', { class: 'ok-text', testid: 'health-affected-none' }, 'Tutte le prenotazioni future rientrano nell’orario.'));
      return;
    }
    element.append(
      h('h2', { id: 'h-affected' }, 'Queste prenotazioni non rientrano più nell’orario'),
      h('p', null, `${rows.length === 1 ? 'Una prenotazione è' : `${rows.length} prenotazioni sono`} in un giorno chiuso o in una fascia tolta. Non è stata annullata nessuna: avvisa chi ha prenotato con «Annulla e avvisa» (il bot scrive nella sua lingua), oppure cambia di nuovo l’orario.`),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table', testid: 'health-affected-table' },
        h('thead', null, h('tr', null, COLUMNS.map((label) => h('th', { scope: 'col' }, label)), h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Azioni')))),
        h('tbody', null, rows.map((appointment) => row(appointment, catalogue))))));
  }

  /** Brings the list into view (after a save, the form's button is far below it). */
  function reveal() {
    element.focus();
  }

  return { element, render, reveal };
}
