// The days a health point is closed (besides public holidays, which the schedule knows): date and reason.
import { h } from '../../dom.js';
import { rowEditor } from './rowEditor.js';

export function closureEditor() {
  return rowEditor({
    testid: 'closure',
    caption: 'Chiusure',
    headings: ['Giorno', 'Motivo'],
    addLabel: '+ Aggiungi chiusura',
    removeLabel: 'Togli questa chiusura',
    build(entry = { date: '', reason: '' }) {
      const date = h('input', { type: 'date', testid: 'closure-date', 'aria-label': 'Giorno di chiusura', value: entry.date, required: true });
      const reason = h('input', { type: 'text', testid: 'closure-reason', 'aria-label': 'Motivo della chiusura', maxlength: '120', value: entry.reason, placeholder: 'es. formazione del personale' });
      return { cells: [date, reason], focus: date, read: () => ({ date: date.value, reason: reason.value.trim() }) };
    },
  });
}
