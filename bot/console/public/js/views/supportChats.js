// "Chat" (partner operators only): the people who, from the bot's discreet path, want to write with an operator.
// Only their language is known; a chat is deleted when either side closes it, when the person leaves, or idle.
import { api } from '../api.js';
import { coalesce } from '../coalesce.js';
import { clear, h } from '../dom.js';
import { enableNotificationsButton } from '../flash.js';
import { fmtNumber } from '../format.js';
import { getLanguages } from '../lookups.js';
import { chatList } from './support/chatList.js';
import { chatPanel } from './support/chatPanel.js';
import { waitingChatsAnnouncer } from './support/waitingChats.js';

const REFRESH_MS = 3000;

/** id: the chat open on the page (#/chats/<id>), or null for the list alone. */
export function supportChatsView(main, id) {
  const list = h('div', { testid: 'chats' });
  const idle = h('p', { class: 'hint', testid: 'chats-idle' });
  const panel = id ? chatPanel(id, () => { location.hash = '#/chats'; }) : null;
  main.append(
    h('div', { class: 'page-head' }, h('h1', null, 'Chat'), h('span', { class: 'muted small' }, 'Si aggiorna da sola ogni pochi secondi.'), enableNotificationsButton()),
    h('div', { class: 'panel callbacks-intro' },
      h('p', null, 'Persone che, dal percorso riservato del bot, vogliono scrivere con un’operatrice. Di loro sappiamo solo la lingua: il bot non dice chi sono.'),
      h('p', null, 'Apri una chat in attesa per leggerla, prendila in carico e rispondi: la persona legge la risposta nella chat del bot. Quando chiudi, la chat si cancella subito.'),
      idle),
    h('div', { class: ['chat-layout', panel ? 'chat-layout-open' : ''] }, list, panel ? panel.element : null));

  const announceNew = waitingChatsAnnouncer();

  const load = coalesce(async () => {
    const [{ idleMinutes, chats }, languages] = await Promise.all([api('GET', '/support/chats'), getLanguages()]);
    announceNew(chats);
    idle.textContent = `Se per ${fmtNumber(idleMinutes)} minuti nessuno scrive, la chat si chiude da sola e i messaggi si cancellano, anche dal telefono della persona: è per la sua sicurezza. Rispondi appena puoi.`;
    clear(list).appendChild(chatList(chats, languages, id));
    if (panel) await panel.load();
  });
  const timer = setInterval(() => void load().catch(() => undefined), REFRESH_MS);

  return { name: 'chats', load, refresh() {}, dispose: () => clearInterval(timer) };
}
