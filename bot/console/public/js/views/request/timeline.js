// The request's history ("Cronologia"): what happened, when, by whom, with the detail in words.
import { clear, h } from '../../dom.js';
import { fmtDateTime, outcomeName } from '../../format.js';

const EVENT_TYPES = {
  created: 'Richiesta creata',
  queued: 'In coda',
  visible: 'Visibile in coda',
  claimed: 'Presa in carico',
  claim: 'Presa in carico',
  transferred: 'Trasferita',
  transfer: 'Trasferita',
  handed_back: 'Restituita al bot',
  hand_back: 'Restituita al bot',
  closed: 'Chiusa',
  close: 'Chiusa',
  cancelled: 'Annullata dall’inquilino',
  labels: 'Etichette cambiate',
  labels_changed: 'Etichette cambiate',
  urgent: 'Urgenza cambiata',
  over65: 'Over 65 cambiato',
  overdue: 'Attesa oltre il limite',
  rated: 'Valutata',
  rating: 'Valutata',
  reopened: 'Riaperta',
  resumed: 'Riaperta dall’inquilino',
  labelled: 'Etichette cambiate',
  marked_urgent: 'Segnata urgente',
  unmarked_urgent: 'Non più urgente',
};

export function timelinePanel() {
  const element = h('div', { class: 'events panel', testid: 'events' });

  /** data: the request page's data (events, plus managers and neighbourhoods to name the people and places). */
  function render(data) {
    clear(element).appendChild(h('h2', null, 'Cronologia'));
    const list = h('ol', { class: 'event-list' });
    for (const event of data.events || []) {
      list.appendChild(h('li', null,
        h('time', { datetime: event.createdAt }, fmtDateTime(event.createdAt)), ' ',
        h('strong', null, EVENT_TYPES[event.type] || event.type),
        event.staffName ? ` · ${event.staffName}` : '',
        event.detail ? h('span', { class: 'muted', dir: 'auto' }, ` · ${eventDetail(event, data)}`) : null));
    }
    element.appendChild((data.events || []).length ? list : h('p', { class: 'empty' }, 'Nessun evento.'));
  }

  return { element, render };
}

/** The event's detail (often JSON) in words. */
function eventDetail(event, data) {
  let detail = event.detail;
  try {
    detail = JSON.parse(event.detail);
  } catch {
    if (event.detail === 'tenant') return 'dall’inquilino';
    return event.type === 'closed' ? outcomeName(event.detail) : event.detail;
  }
  const managerName = (staffId) => ((data.managers || []).find((manager) => String(manager.id) === String(staffId)) || {}).name || staffId;
  const placeName = (neighbourhoodId) => ((data.neighbourhoods || []).find((place) => place.id === neighbourhoodId) || {}).name || neighbourhoodId;
  if (event.type === 'rated') return `${detail}/5`;
  if (Array.isArray(detail)) return detail.length ? detail.join(', ') : 'nessuna';
  if (detail && typeof detail === 'object') {
    if (detail.toStaff) return `a ${managerName(detail.toStaff)}`;
    if (detail.to) return `${detail.from ? `da ${placeName(detail.from)} ` : ''}a ${placeName(detail.to)}`;
    if (detail.outcome) return [outcomeName(detail.outcome), detail.note].filter(Boolean).join(' — ');
    return Object.entries(detail).map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`).join(', ');
  }
  return String(detail);
}
