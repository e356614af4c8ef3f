// The reply box on the request page: a reply to the tenant (typed, or a canned reply inserted and edited) for
// whoever has the request in charge, or an internal note for colleagues (never sent). Hidden from roles that may
// not act on requests.
import { ApiError, api, errorText, may } from '../../api.js';
import { h } from '../../dom.js';
import { cannedPicker } from './cannedPicker.js';

/** page: the request page's context ({id, data, load, mine, open}). */
export function replyComposer(page) {
  const { id } = page;
  const hint = h('p', { class: 'hint', testid: 'reply-hint' });
  const languageNote = h('p', { class: 'lang-note', testid: 'language-note' });
  const replyText = h('textarea', { id: 'reply-text', maxlength: '4000', rows: '4', dir: 'auto', testid: 'reply-text', placeholder: 'Scrivi la risposta… (Ctrl+Invio per inviare, / per le risposte pronte)' });
  const replyCounter = h('span', { class: 'counter muted', 'aria-live': 'off' }, '0 / 4000');
  const replySend = h('button', { type: 'button', class: 'btn btn-primary', testid: 'reply-send' }, 'Invia');
  const replyError = h('p', { class: 'form-error', testid: 'reply-error', role: 'alert', hidden: true });
  const toTenant = h('input', { type: 'radio', name: 'compose-mode', id: 'mode-reply', value: 'reply', checked: true, testid: 'mode-reply' });
  const asNote = h('input', { type: 'radio', name: 'compose-mode', id: 'mode-note', value: 'note', testid: 'mode-note' });
  const updateCounter = () => { replyCounter.textContent = `${replyText.value.length} / 4000`; };
  const canned = cannedPicker(replyText, () => (page.data && page.data.cannedReplies) || [], updateCounter);
  const element = h('div', { class: 'composer panel', testid: 'composer' },
    languageNote,
    h('div', { class: 'compose-mode', role: 'radiogroup', 'aria-label': 'Che cosa scrivi' },
      h('span', { class: 'field-inline' }, toTenant, h('label', { for: 'mode-reply' }, 'Risposta all’inquilino')),
      h('span', { class: 'field-inline' }, asNote, h('label', { for: 'mode-note' }, '🔒 Nota interna (non inviata)'))),
    h('label', { for: 'reply-text', class: 'sr-only' }, 'Testo'),
    replyText,
    canned.suggestions,
    h('div', { class: 'row between' }, replyCounter, replySend),
    replyError,
    canned.panel,
    hint);

  const noting = () => asNote.checked;
  replyText.addEventListener('input', updateCounter);
  replyText.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  });
  replySend.addEventListener('click', () => void send());
  for (const radio of [toTenant, asNote]) radio.addEventListener('change', () => page.data && render());

  async function send() {
    const text = replyText.value;
    if (!text.trim()) {
      showReplyError(noting() ? 'Scrivi la nota prima di salvarla.' : 'Scrivi un messaggio prima di inviare.');
      return;
    }
    replySend.disabled = true;
    replyError.hidden = true;
    try {
      await api('POST', `/requests/${encodeURIComponent(id)}/${noting() ? 'notes' : 'messages'}`, { text });
      replyText.value = '';
      updateCounter();
      await page.load();
      replyText.focus();
    } catch (error) {
      showReplyError(error instanceof ApiError && error.status === 409 ? 'Non puoi scrivere: la richiesta non è in carico a te.' : errorText(error));
    } finally {
      replySend.disabled = !canWrite();
    }
  }
  function showReplyError(text) {
    replyError.textContent = text;
    replyError.hidden = false;
  }
  /** A note may be left by any colleague who acts on requests; a reply only by whoever has the request. */
  const canWrite = () => noting() || page.mine();

  function render() {
    const { data } = page;
    const { request } = data;
    languageNote.textContent = '';
    languageNote.append('Lingua dell’inquilino: ', h('bdi', { lang: request.language }, request.languageName || request.language),
      request.language !== 'it' ? '. Scrivi in modo semplice; le risposte pronte sono già tradotte.' : '.');
    const writable = canWrite();
    replyText.disabled = !writable;
    replySend.disabled = !writable;
    replySend.textContent = noting() ? 'Salva la nota' : 'Invia';
    replyText.placeholder = noting() ? 'Nota per i colleghi: l’inquilino non la vede.' : 'Scrivi la risposta… (Ctrl+Invio per inviare, / per le risposte pronte)';
    element.classList.toggle('composer-note', noting());
    canned.render(page.mine() && !noting());
    element.classList.toggle('composer-off', !writable);
    if (writable) hint.textContent = '';
    else if (request.status === 'waiting') hint.textContent = 'Prendi in carico la richiesta per rispondere (puoi lasciare una nota interna).';
    else if (request.status === 'claimed') hint.textContent = `In carico a ${request.claimedBy ? request.claimedBy.name : 'un collega'}: solo chi l’ha in carico può rispondere (puoi lasciare una nota interna).`;
    else if (request.status === 'bot') hint.textContent = 'La richiesta è tornata al bot: la chat riprende quando l’inquilino chiede di nuovo una persona.';
    else hint.textContent = 'La richiesta è chiusa.';
    hint.hidden = writable;
    // Not shown to roles that may not answer (admins), nor once the request is over.
    element.hidden = !page.open() || !may('requests.act');
  }

  return { element, render, focus: () => replyText.focus() };
}
