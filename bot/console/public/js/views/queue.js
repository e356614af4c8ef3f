// The queue page: waiting requests, open chats, requests that arrived out of hours; desk hours on top.
import { api } from '../api.js';
import { coalesce } from '../coalesce.js';
import { clear, h } from '../dom.js';
import { dayTimeFormat } from '../format.js';
import { enableNotificationsButton } from '../flash.js';
import { getNeighbourhoods } from '../lookups.js';
import { queueCard } from './queue/card.js';
import { tickClocks } from './queue/waitClock.js';

export function queueView(main) {
  const claimLimits = new Map();
  const waiting = h('div', { class: 'cards', testid: 'queue-waiting' });
  const upcoming = h('div', { class: 'cards', testid: 'queue-upcoming' });
  const active = h('div', { class: 'cards', testid: 'queue-active' });
  const counts = { waiting: h('span', { class: 'count', testid: 'count-waiting' }), upcoming: h('span', { class: 'count' }), active: h('span', { class: 'count' }) };
  const notifyButton = enableNotificationsButton();
  const hoursBox = h('p', { class: 'muted hours', testid: 'desk-hours' });

  main.append(
    h('div', { class: 'page-head' }, h('h1', null, 'Coda'), h('a', { href: '#/archive', class: 'btn btn-ghost', testid: 'open-archive' }, 'Richieste chiuse'), notifyButton),
    hoursBox,
    h('section', { class: 'section', 'aria-labelledby': 'h-waiting' },
      h('h2', { id: 'h-waiting' }, 'In attesa ', counts.waiting), waiting),
    h('section', { class: 'section', 'aria-labelledby': 'h-active' },
      h('h2', { id: 'h-active' }, 'Chat aperte ', counts.active), active),
    h('section', { class: 'section section-upcoming', 'aria-labelledby': 'h-upcoming' },
      h('h2', { id: 'h-upcoming' }, 'Fuori orario ', counts.upcoming),
      h('p', { class: 'muted' }, 'Richieste arrivate a sportello chiuso: entrano in coda all’apertura.'), upcoming),
  );

  const load = coalesce(async () => {
    const [queue, neighbourhoods] = await Promise.all([api('GET', '/queue'), getNeighbourhoods().catch(() => [])]);
    const fetchedAt = Date.now();
    for (const neighbourhood of neighbourhoods || []) claimLimits.set(neighbourhood.id, neighbourhood.claimLimitMinutes);
    renderHours(neighbourhoods || []);
    fill(waiting, queue.waiting || [], 'waiting', 'Nessuna richiesta in attesa. 🎉', fetchedAt);
    fill(active, queue.active || [], 'active', 'Nessuna chat aperta.', fetchedAt);
    fill(upcoming, queue.upcoming || [], 'upcoming', 'Nessuna richiesta fuori orario.', fetchedAt);
    counts.waiting.textContent = `(${(queue.waiting || []).length})`;
    counts.active.textContent = `(${(queue.active || []).length})`;
    counts.upcoming.textContent = `(${(queue.upcoming || []).length})`;
    const n = (queue.waiting || []).length;
    document.title = `${n ? `(${n}) ` : ''}Coda · Console C.A.S.A.`;
    tickClocks(main);
  });

  function renderHours(neighbourhoods) {
    clear(hoursBox);
    for (const neighbourhood of neighbourhoods) {
      const text = neighbourhood.open
        ? `${neighbourhood.name}: aperto`
        : `${neighbourhood.name}: chiuso${neighbourhood.nextOpening ? `, apre ${dayTimeFormat.format(new Date(neighbourhood.nextOpening))}` : ''}`;
      hoursBox.appendChild(h('span', { class: ['pill', neighbourhood.open ? 'pill-open' : 'pill-closed'] }, text));
    }
  }

  function fill(container, items, kind, emptyText, fetchedAt) {
    clear(container);
    if (items.length === 0) {
      container.appendChild(h('p', { class: 'empty' }, emptyText));
      return;
    }
    for (const item of items) container.appendChild(queueCard(item, kind, fetchedAt, claimLimits.get(item.neighbourhoodId)));
  }

  const ticker = setInterval(() => tickClocks(main), 5000);
  const fallback = setInterval(() => void load().catch(() => undefined), 60000);

  return {
    name: 'queue',
    load,
    refresh(kind) {
      if (kind === 'queue' || kind === 'overdue' || kind === 'reconnect' || kind === 'request') void load().catch(() => undefined);
    },
    dispose() {
      clearInterval(ticker);
      clearInterval(fallback);
      document.title = 'Console C.A.S.A.';
    },
  };
}
