// Turns the bot could not finish because of a fault in its own code: when, in which flow, the error. Never what the
// tenant wrote, and no flow for the discreet path. Coordinators can run one again once the fault is fixed.
import { api, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { fmtDateTime } from '../../format.js';
import { state } from '../../state.js';

/** The panel (coordinators and admins; admins only look); load() fills it from the server. */
export function failedTurnsPanel() {
  const table = h('div', { class: 'table-wrap' });
  const element = h('section', { class: 'panel failed-turns', testid: 'failed-turns', 'aria-labelledby': 'h-failed-turns' },
    h('h2', { id: 'h-failed-turns' }, 'Messaggi non gestiti'),
    h('p', { class: 'hint' }, 'Messaggi di inquilini a cui il bot non è riuscito a rispondere per un errore suo (l’inquilino ha ricevuto un messaggio di scuse). Non si vede mai cosa ha scritto.'),
    table);

  async function retry(id) {
    try {
      await api('POST', `/failed-turns/${encodeURIComponent(id)}/retry`);
      flash('Messaggio rimesso in coda.', 'ok');
      await load();
    } catch (error) {
      flash(errorText(error), 'error');
    }
  }

  async function load() {
    const turns = await api('GET', '/failed-turns');
    clear(table);
    if (!turns.length) {
      table.appendChild(h('p', { class: 'empty', testid: 'failed-turns-empty' }, 'Nessun messaggio non gestito.'));
      return;
    }
    const canRetry = state.permissions.includes('turns.failed.retry');
    table.appendChild(h('table', { class: 'table', testid: 'failed-turns-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Quando'), h('th', { scope: 'col' }, 'Percorso'), h('th', { scope: 'col' }, 'Errore'), canRetry ? h('th', { scope: 'col' }, '') : null)),
      h('tbody', null, turns.map((turn) => h('tr', { testid: `failed-turn-${turn.id}` },
        h('td', null, fmtDateTime(turn.at)), h('td', null, turn.flow || '—'), h('td', null, h('code', null, turn.error)),
        canRetry ? h('td', null, h('button', { type: 'button', class: 'btn', on: { click: () => void retry(turn.id) } }, 'Riprova')) : null)))));
  }

  return { element, load };
}
