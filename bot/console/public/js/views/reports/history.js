// The report's history: each event in words, with who and when.
import { clear, h } from '../../dom.js';
import { fmtDateTime } from '../../format.js';
import { reasonName, reportStatusName, sourceName } from './words.js';

const EVENT_NAMES = {
  created: 'Segnalazione ricevuta',
  status: 'Stato cambiato',
  joined: 'Si è aggiunto un altro inquilino',
  merged: 'Unita una segnalazione doppione',
  note: 'Nota aggiunta',
  reopened: 'Riaperta',
};

/** The detail of an event in words ('' when there is nothing to add). */
function detailOf(event) {
  const { detail } = event;
  switch (event.type) {
    case 'created':
      return detail ? `da ${sourceName(detail)}` : '';
    case 'status': {
      const change = `${reportStatusName(event.fromStatus)} → ${reportStatusName(event.toStatus)}`;
      if (!detail) return change;
      if (event.toStatus === 'scheduled') return `${change}: ${fmtDateTime(detail)}`;
      if (event.toStatus === 'rejected') return `${change}: ${reasonName(detail)}`;
      if (event.toStatus === 'duplicate') return `${change} di ${detail}`;
      return `${change}: ${detail}`;
    }
    case 'reopened':
      return detail === 'tenant' ? 'l’inquilino dice che il guasto non è risolto' : detail === 'staff' ? 'dallo staff' : detail || '';
    case 'joined': {
      const files = /^(\d+)/.exec(detail || '');
      return files && Number(files[1]) > 0 ? `con ${files[1]} tra foto e audio` : '';
    }
    case 'merged':
      return detail ? `la ${detail} è chiusa come doppione di questa` : '';
    default:
      return detail || '';
  }
}

export function reportHistory() {
  const element = h('section', { class: 'events panel', testid: 'report-history', 'aria-labelledby': 'h-report-history' });

  function render(report) {
    const events = report.events || [];
    clear(element).appendChild(h('h2', { id: 'h-report-history' }, 'Cronologia'));
    if (!events.length) {
      element.appendChild(h('p', { class: 'empty' }, 'Nessun evento.'));
      return;
    }
    element.appendChild(h('ol', { class: 'event-list' }, events.map((event) => {
      const detail = detailOf(event);
      return h('li', { testid: 'report-event', dataset: { type: event.type, to: event.toStatus || '' } },
        h('time', { datetime: event.createdAt }, fmtDateTime(event.createdAt)), ' ',
        h('strong', null, EVENT_NAMES[event.type] || event.type),
        event.staffName ? ` · ${event.staffName}` : '',
        detail ? h('span', { class: 'muted', dir: 'auto' }, ` · ${detail}`) : null);
    })));
  }

  return { element, render };
}
