// One chat of the discreet path, for the partner operator: read it, take it, answer, close it (asked twice).
import { ApiError, api, errorText } from '../../api.js';
import { h } from '../../dom.js';
import { flash } from '../../flash.js';
import { fmtTime } from '../../format.js';
import { getLanguages } from '../../lookups.js';
import { confirmButton } from '../confirmButton.js';
import { languageCell } from './languageCell.js';

const LIMIT = 2000;
const GONE = 'Questa chat non c’è più: la persona l’ha lasciata (o i messaggi si sono cancellati da soli), oppure è stata chiusa. Non ne resta niente.';

const reasonOf = (error) => (error instanceof ApiError && error.status === 409 && error.data.detail ? error.data.detail.reason : null);

function bubble(message) {
  return h('div', { class: ['bubble', message.fromOperator ? 'bubble-staff' : 'bubble-tenant'], testid: 'chat-message', dataset: { from: message.fromOperator ? 'operator' : 'person' } },
    h('div', { class: 'bubble-meta' }, h('span', { class: 'bubble-who' }, message.fromOperator ? 'Tu' : 'Persona'), h('time', { class: 'bubble-time', datetime: message.at }, fmtTime(message.at))),
    h('p', { class: 'text', dir: 'auto' }, message.text));
}

/** id: the chat; onEnded runs once the operator closed it. load() reads it again (the page polls). */
export function chatPanel(id, onEnded) {
  const path = `/support/chats/${encodeURIComponent(id)}`;
  const heading = h('h2', { id: 'h-chat' }, 'Chat');
  const status = h('p', { class: 'hint', testid: 'chat-state' });
  const messages = h('div', { class: 'messages', testid: 'chat-messages', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messaggi della chat' });
  const gone = h('p', { class: 'panel chat-gone', testid: 'chat-gone', role: 'status', hidden: true }, GONE);
  const take = h('button', { type: 'button', class: 'btn btn-primary', testid: 'chat-take', hidden: true }, 'Prendi in carico');
  const text = h('textarea', { id: 'chat-reply-text', maxlength: String(LIMIT), rows: '3', dir: 'auto', testid: 'chat-reply-text', placeholder: 'Scrivi la risposta… (Ctrl+Invio per inviare)' });
  const counter = h('span', { class: 'counter muted', 'aria-live': 'off' }, `0 / ${LIMIT}`);
  const send = h('button', { type: 'button', class: 'btn btn-primary', testid: 'chat-reply-send' }, 'Invia');
  const end = confirmButton({ label: 'Chiudi la chat', confirmLabel: 'Conferma: chiudi e cancella', testid: 'chat-end', run: endChat });
  const composer = h('div', { class: 'composer', testid: 'chat-composer', hidden: true },
    h('label', { for: 'chat-reply-text' }, 'Risposta (arriva così com’è, senza traduzione: scrivi semplice, se puoi nella lingua della persona)'), text, h('div', { class: 'row between' }, counter, send));
  const controls = h('div', { class: 'row between chat-controls' }, take, end.element);
  const element = h('section', { class: 'panel chat-panel', testid: 'chat-panel', 'aria-labelledby': 'h-chat' }, heading, status, messages, gone, composer, controls);
  let shown = '';

  text.addEventListener('input', () => { counter.textContent = `${text.value.length} / ${LIMIT}`; });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void reply();
    }
  });
  send.addEventListener('click', () => void reply());
  take.addEventListener('click', () => void takeChat());

  function showGone() {
    gone.hidden = false;
    for (const part of [status, messages, composer, controls]) part.hidden = true;
  }

  async function render(chat) {
    const languages = await getLanguages();
    heading.replaceChildren('Chat · ', ...languageCell(chat.language, languages));
    status.textContent = chat.status === 'waiting'
      ? 'In attesa: prendila in carico per rispondere. La persona vede che qualcuno è arrivato.'
      : 'La segui tu. Le risposte arrivano nella chat del bot, con il pulsante per uscire subito.';
    take.hidden = chat.status !== 'waiting';
    composer.hidden = !chat.mine;
    const signature = JSON.stringify(chat.messages);
    if (signature === shown) return;
    const atBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 40;
    shown = signature;
    messages.replaceChildren(...(chat.messages.length ? chat.messages.map(bubble) : [h('p', { class: 'empty' }, 'Ancora nessun messaggio.')]));
    if (atBottom) messages.scrollTop = messages.scrollHeight;
  }

  /** Another operator took the chat meanwhile: it is hers alone to read. */
  function showTakenByOther() {
    status.textContent = 'Questa chat la segue un’altra operatrice.';
    for (const part of [messages, composer, controls]) part.hidden = true;
  }

  async function load() {
    if (!gone.hidden) return;
    let chat;
    try {
      chat = await api('GET', path);
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 403)) throw error;
      if (error.status === 404) showGone();
      else showTakenByOther();
      return;
    }
    await render(chat);
  }

  /** The server's 409 in words; true when it was the person leaving (the panel then says so). */
  function conflict(error) {
    const reason = reasonOf(error);
    if (reason === 'left') showGone();
    else if (reason === 'taken') flash('Un’altra operatrice ha già preso questa chat.', 'info');
    else if (reason === 'undelivered') flash('Risposta non consegnata: il bot non raggiunge la chat in questo momento. Riprova tra poco.', 'error');
    else return false;
    return true;
  }

  async function takeChat() {
    take.disabled = true;
    try {
      await api('POST', `${path}/take`);
      flash('Chat presa in carico.', 'ok');
    } catch (error) {
      if (!conflict(error)) flash(errorText(error), 'error');
    } finally {
      take.disabled = false;
    }
    await load();
  }

  async function reply() {
    if (!text.value.trim()) {
      flash('Scrivi un messaggio prima di inviare.', 'error');
      return;
    }
    send.disabled = true;
    try {
      await api('POST', `${path}/messages`, { text: text.value });
      text.value = '';
      counter.textContent = `0 / ${LIMIT}`;
      await load();
    } catch (error) {
      if (!conflict(error)) flash(errorText(error), 'error');
    } finally {
      send.disabled = false;
    }
  }

  async function endChat() {
    try {
      await api('POST', `${path}/end`);
    } catch (error) {
      if (!(error instanceof ApiError && reasonOf(error) === 'left')) throw error;
    }
    flash('Chat chiusa e cancellata.', 'ok');
    onEnded();
  }

  return { element, load };
}
