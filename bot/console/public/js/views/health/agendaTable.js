// The day's appointments at one health point: who comes, when, for what, and the buttons to mark attendance
// or cancel. Printed alone (the rest of the page is hidden on paper).
import { api } from '../../api.js';
import { clear, h } from '../../dom.js';
import { APPOINTMENT_STATUSES } from '../../labels.js';
import { cancelButton, whileBusy } from './cancelButton.js';
import { tenantText } from './catalogue.js';

const COLUMNS = ['Ora', 'Inquilino/a', 'Servizio', 'Nota', 'Lingua', 'Conferma', 'Stato'];

/** The marks each status offers: [status to set, button text]. */
const MARKS = {
  booked: [['attended', 'Presente'], ['noshow', 'Assente']],
  attended: [['noshow', 'Assente'], ['booked', 'Togli il segno']],
  noshow: [['attended', 'Presente'], ['booked', 'Togli il segno']],
};

function appointmentStatus(status, testid) {
  return h('span', { class: ['astatus', `astatus-${status}`], testid, dataset: { status } }, APPOINTMENT_STATUSES[status] || status);
}

/** onChanged runs after a mark or a cancellation (to reload the agenda and the figures); base: /health or /centre. */
export function agendaTable(onChanged, base = '/health') {
  const title = h('h2', { id: 'h-agenda', testid: 'health-agenda-title' });
  const wrap = h('div', { class: 'table-wrap' });
  const element = h('section', { class: 'section agenda', testid: 'health-agenda', 'aria-labelledby': 'h-agenda' }, title, wrap);

  function actions(appointment) {
    const buttons = (MARKS[appointment.status] || []).map(([status, label]) => {
      const button = h('button', { type: 'button', class: 'btn btn-small', testid: `appt-${status}-${appointment.id}` }, label);
      button.addEventListener('click', () => void whileBusy(button, async () => {
        await api('POST', `${base}/appointments/${appointment.id}/mark`, { status });
        await onChanged();
      }));
      return button;
    });
    if (appointment.status === 'booked') buttons.push(cancelButton(appointment, onChanged, base));
    return h('div', { class: 'row' }, buttons);
  }

  function row(appointment, catalogue) {
    return h('tr', { testid: `appt-row-${appointment.id}`, dataset: { status: appointment.status } },
      h('th', { scope: 'row', class: 'num' }, appointment.time),
      h('td', null, h('span', { dir: 'auto' }, tenantText(appointment)), h('div', { class: 'muted small' }, appointment.code)),
      h('td', null, catalogue.serviceName(appointment.serviceId)),
      h('td', { class: 'appt-note', dir: 'auto' }, appointment.note || ''),
      h('td', null, catalogue.languageName(appointment.language)),
      h('td', { testid: `appt-confirmed-${appointment.id}` }, appointment.confirmed ? 'confermato' : ''),
      h('td', null, appointmentStatus(appointment.status, `appt-status-${appointment.id}`)),
      h('td', { class: 'no-print' }, actions(appointment)));
  }

  /** rows: GET /health/agenda; heading: the point and the day. */
  function render(rows, catalogue, heading) {
    title.textContent = heading;
    clear(wrap).appendChild(rows.length
      ? h('table', { class: 'table', testid: 'health-agenda-table' },
        h('thead', null, h('tr', null, COLUMNS.map((label) => h('th', { scope: 'col' }, label)), h('th', { scope: 'col', class: 'no-print' }, h('span', { class: 'sr-only' }, 'Azioni')))),
        h('tbody', null, rows.map((appointment) => row(appointment, catalogue))))
      : h('p', { class: 'empty pad', testid: 'health-agenda-empty' }, 'Nessun appuntamento in questo giorno.'));
  }

  /** A message instead of the table (no point to show, no day chosen). */
  function say(heading, text) {
    title.textContent = heading;
    clear(wrap).appendChild(h('p', { class: 'empty pad', testid: 'health-agenda-empty' }, text));
  }

  return { element, render, say };
}
