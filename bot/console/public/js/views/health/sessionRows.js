// A health point's weekly sessions: day, from, to, minutes of each appointment, places, and the services.
import { h } from '../../dom.js';
import { WEEKDAYS } from '../../labels.js';
import { serviceName } from './catalogue.js';
import { rowEditor } from './rowEditor.js';

const NEW_SESSION = { weekday: 1, startsAt: '09:00', endsAt: '12:00', slotMinutes: 15, places: 1, services: [] };
let made = 0;

/** services: GET /health/services (every service can be ticked; the checks say which the point must offer). */
export function sessionEditor(services) {
  return rowEditor({
    testid: 'session',
    caption: 'Fasce orarie settimanali',
    headings: ['Giorno', 'Dalle', 'Alle', 'Minuti per appuntamento', 'Posti', 'Servizi'],
    addLabel: '+ Aggiungi fascia oraria',
    removeLabel: 'Togli questa fascia oraria',
    build(entry = NEW_SESSION) {
      const row = ++made;
      const weekday = h('select', { testid: 'session-weekday', 'aria-label': 'Giorno della settimana' },
        Object.entries(WEEKDAYS).map(([value, label]) => h('option', { value }, label)));
      weekday.value = String(entry.weekday);
      const from = h('input', { type: 'time', testid: 'session-from', 'aria-label': 'Dalle', value: entry.startsAt, required: true });
      const to = h('input', { type: 'time', testid: 'session-to', 'aria-label': 'Alle', value: entry.endsAt, required: true });
      const minutes = h('input', { type: 'number', class: 'short-number', testid: 'session-minutes', 'aria-label': 'Minuti per appuntamento', min: '5', max: '240', step: '5', value: String(entry.slotMinutes) });
      const places = h('input', { type: 'number', class: 'short-number', testid: 'session-places', 'aria-label': 'Posti per appuntamento', min: '1', max: '50', value: String(entry.places) });
      const boxes = services.map((service) => h('input', {
        type: 'checkbox', id: `session-${row}-${service.id}`, testid: `session-service-${service.id}`, value: service.id, checked: entry.services.includes(service.id),
      }));
      const checks = h('div', { class: 'checks session-services', role: 'group', 'aria-label': 'Servizi di questa fascia' },
        boxes.map((box, index) => h('label', { class: 'check', for: box.id }, box, ` ${serviceName(services[index])}`)));
      return {
        cells: [weekday, from, to, minutes, places, checks],
        focus: weekday,
        read: () => ({
          weekday: Number(weekday.value),
          startsAt: from.value,
          endsAt: to.value,
          slotMinutes: Number(minutes.value),
          places: Number(places.value),
          services: boxes.filter((box) => box.checked).map((box) => box.value),
        }),
      };
    },
  });
}
