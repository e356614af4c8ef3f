// The chats of the discreet path on the partner operators' page: waiting ones first to take, then the taken ones.
import { h } from '../../dom.js';
import { fmtTime } from '../../format.js';
import { languageCell } from './languageCell.js';

function statusOf(chat) {
  if (chat.status === 'waiting') return h('span', { class: 'badge badge-urgent' }, 'In attesa');
  return h('span', { class: 'badge' }, chat.mine ? 'Con te' : `Con ${chat.operatorName || 'un’altra operatrice'}`);
}

/** chats: the server's list; languages: the bot's; openId: the chat open on the page (highlighted). */
export function chatList(chats, languages, openId) {
  if (chats.length === 0) return h('p', { class: 'empty', testid: 'chats-none' }, 'Nessuna chat in questo momento.');
  return h('ul', { class: 'cards chat-list' }, chats.map((chat) => {
    const readable = chat.status === 'waiting' || chat.mine;
    return h('li', { class: ['card', 'chat-card', chat.status === 'waiting' ? 'chat-waiting' : '', chat.id === openId ? 'chat-current' : ''], testid: `chat-row-${chat.id}` },
      h('div', { class: 'card-top' }, h('strong', { testid: `chat-language-${chat.id}` }, languageCell(chat.language, languages)), h('span', { testid: `chat-status-${chat.id}` }, statusOf(chat))),
      h('p', { class: 'card-meta' },
        h('span', null, `Iniziata alle ${fmtTime(chat.createdAt)}`),
        h('span', null, `Ultimo messaggio alle ${fmtTime(chat.lastActivityAt)}`),
        h('span', { testid: `chat-count-${chat.id}` }, chat.messages === 1 ? '1 messaggio' : `${chat.messages} messaggi`)),
      readable ? h('div', { class: 'card-actions' }, h('a', { class: 'btn btn-small', href: `#/chats/${encodeURIComponent(chat.id)}`, testid: `chat-open-${chat.id}` }, chat.id === openId ? 'Aperta' : 'Apri')) : null);
  }));
}
