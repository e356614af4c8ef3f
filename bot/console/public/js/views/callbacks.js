// "Richiamate" (partner operators only): who asked, through the bot's discreet path, to be called back.
// Only the number, the time window and the language are known; a request is deleted once handled, or after 7 days.
import { api, errorText } from '../api.js';
import { coalesce } from '../coalesce.js';
import { clear, h } from '../dom.js';
import { enableNotificationsButton, flash } from '../flash.js';
import { dayTimeFormat, parseDate } from '../format.js';
import { getLanguages } from '../lookups.js';
import { handledButton } from './support/handledButton.js';
import { languageCell } from './support/languageCell.js';
import { openingsPanel } from './support/openingsPanel.js';
import { watchWaitingChats } from './support/waitingChats.js';
import { whenToCall } from './support/whenToCall.js';

const REFRESH_MS = 60_000;

const fmtDay = (iso) => {
  const date = parseDate(iso);
  return date ? dayTimeFormat.format(date) : '—';
};

export function callbacksView(main) {
  const list = h('div', { testid: 'callbacks' });
  const refreshButton = h('button', { type: 'button', class: 'btn btn-small', testid: 'callbacks-refresh' }, 'Aggiorna');
  main.append(
    h('div', { class: 'page-head' }, h('h1', null, 'Richiamate'), refreshButton, enableNotificationsButton()),
    h('div', { class: 'panel callbacks-intro' },
      h('p', null, 'Persone che, dal percorso riservato del bot, hanno chiesto di essere richiamate. Di loro sappiamo solo il numero, quando è sicuro chiamare e la lingua.'),
      h('p', null, 'Chiama nella fascia scelta: in altri momenti potrebbe non essere sicuro rispondere. Dopo la telefonata premi «Gestita»: la richiesta viene cancellata subito.'),
      h('p', { class: 'hint', testid: 'callbacks-retention' }, 'Le richieste si cancellano da sole dopo 7 giorni, anche se nessuno le ha gestite.')),
    list);
  const openings = openingsPanel();
  main.append(openings.element);
  let buttons = [];

  const load = coalesce(async () => {
    const [requests, languages] = await Promise.all([api('GET', '/support/callbacks'), getLanguages(), openings.load()]);
    const now = new Date();
    buttons = [];
    clear(list);
    if (requests.length === 0) {
      list.appendChild(h('p', { class: 'empty', testid: 'callbacks-none' }, 'Nessuna richiesta di richiamata.'));
      return;
    }
    list.appendChild(h('ul', { class: 'cards callback-list' }, requests.map((request) => {
      const when = whenToCall(request.window, request.askedAt, now);
      const button = handledButton(request, load);
      buttons.push(button);
      return h('li', { class: ['card', 'callback', when.past ? 'callback-past' : ''], testid: `callback-row-${request.id}`, dataset: { window: request.window } },
        h('a', { class: 'callback-phone', href: `tel:${request.phone}`, dir: 'ltr', testid: `callback-phone-${request.id}` }, request.phone),
        h('p', { class: 'callback-when' }, h('strong', { testid: `callback-window-${request.id}` }, when.label),
          when.past ? h('span', { class: 'badge badge-overdue' }, 'fascia passata') : null),
        h('dl', { class: 'callback-facts' },
          h('dt', null, 'Lingua'), h('dd', { testid: `callback-language-${request.id}` }, languageCell(request.language, languages)),
          h('dt', null, 'Chiesta'), h('dd', null, fmtDay(request.askedAt)),
          h('dt', null, 'Si cancella'), h('dd', null, fmtDay(request.expiresAt))),
        h('div', { class: 'card-actions' }, button.element));
    })));
  });

  /** New requests appear without reloading; not while a "Gestita" is waiting for its confirmation. */
  const timer = setInterval(() => {
    if (!buttons.some((button) => button.isArmed())) void load().catch(() => undefined);
  }, REFRESH_MS);
  refreshButton.addEventListener('click', () => void load().catch((error) => flash(errorText(error), 'error')));
  // A new chat is announced here too: an operator working through the call-backs is told someone writes.
  const stopWatching = watchWaitingChats();

  return {
    name: 'callbacks',
    load,
    refresh() {},
    dispose: () => {
      clearInterval(timer);
      stopWatching();
    },
  };
}
