// A person who starts writing in a chat must not wait unseen: the operator is told (never with the person's words).
import { api } from '../../api.js';
import { banner, notify } from '../../flash.js';

const WATCH_MS = 5000;

/** Announces chats that start waiting after the first look; seen(chats) takes a list the page already fetched. */
export function waitingChatsAnnouncer() {
  let known = null;
  return function seen(chats) {
    const waiting = chats.filter((chat) => chat.status === 'waiting').map((chat) => chat.id);
    if (known && waiting.some((chatId) => !known.has(chatId))) {
      banner('Una persona aspetta in chat.', '#/chats', 'chat-waiting');
      notify('Chat in attesa', 'Una persona dal percorso riservato vuole scrivere.', '#/chats');
    }
    known = new Set(waiting);
  };
}

/** For the other partner pages: looks at the chats every few seconds; returns what stops it. */
export function watchWaitingChats() {
  const seen = waitingChatsAnnouncer();
  const look = () => api('GET', '/support/chats').then(({ chats }) => seen(chats)).catch(() => undefined);
  void look();
  const timer = setInterval(look, WATCH_MS);
  return () => clearInterval(timer);
}
