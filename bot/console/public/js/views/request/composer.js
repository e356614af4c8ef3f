// The reply box on the request page: free text or a canned reply, only for whoever has the request in charge
// (hidden from roles that may not act on requests).
import { ApiError, api, errorText, may } from '../../api.js';
import { clear, h } from '../../dom.js';

/** page: the request page's context ({id, data, load, mine, open}). */
export function replyComposer(page) {
  const { id } = page;
  const hint = h('p', { class: 'hint', testid: 'reply-hint' });
  const languageNote = h('p', { class: 'lang-note', testid: 'language-note' });
  const replyText = h('textarea', { id: 'reply-text', maxlength: '4000', rows: '4', dir: 'auto', testid: 'reply-text', placeholder: 'Scrivi la risposta… (Ctrl+Invio per inviare)' });
  const replyCounter = h('span', { class: 'counter muted', 'aria-live': 'off' }, '0 / 4000');
  const replySend = h('button', { type: 'button', class: 'btn btn-primary', testid: 'reply-send' }, 'Invia');
  const replyError = h('p', { class: 'form-error', testid: 'reply-error', role: 'alert', hidden: true });
  const cannedSelect = h('select', { id: 'canned-select', testid: 'canned-select' });
  const cannedPreview = h('p', { class: 'canned-preview', dir: 'auto', testid: 'canned-preview' });
  const cannedSend = h('button', { type: 'button', class: 'btn', testid: 'canned-send' }, 'Invia risposta pronta');
  const element = h('div', { class: 'composer panel', testid: 'composer' },
    languageNote,
    h('label', { for: 'reply-text' }, 'Risposta'),
    replyText,
    h('div', { class: 'row between' }, replyCounter, replySend),
    replyError,
    h('details', { class: 'canned-picker' },
      h('summary', null, 'Risposte pronte'),
      h('label', { for: 'canned-select' }, 'Scegli una risposta'), cannedSelect, cannedPreview,
      h('div', { class: 'row end' }, cannedSend)),
    hint);
  let cannedSignature = '';

  replyText.addEventListener('input', () => { replyCounter.textContent = `${replyText.value.length} / 4000`; });
  replyText.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void sendText();
    }
  });
  replySend.addEventListener('click', () => void sendText());
  cannedSelect.addEventListener('change', showCannedPreview);
  cannedSend.addEventListener('click', () => void sendCanned());

  async function sendText() {
    const text = replyText.value;
    if (!text.trim()) {
      showReplyError('Scrivi un messaggio prima di inviare.');
      return;
    }
    replySend.disabled = true;
    replyError.hidden = true;
    try {
      await api('POST', `/requests/${encodeURIComponent(id)}/messages`, { text });
      replyText.value = '';
      replyCounter.textContent = '0 / 4000';
      await page.load();
      replyText.focus();
    } catch (error) {
      showReplyError(error instanceof ApiError && error.status === 409 ? 'Non puoi scrivere: la richiesta non è in carico a te.' : errorText(error));
    } finally {
      replySend.disabled = !page.mine();
    }
  }
  async function sendCanned() {
    const cannedReplyId = cannedSelect.value;
    if (!cannedReplyId) {
      showReplyError('Scegli una risposta pronta.');
      return;
    }
    cannedSend.disabled = true;
    replyError.hidden = true;
    try {
      const reply = page.data.cannedReplies.find((candidate) => String(candidate.id) === cannedReplyId);
      await api('POST', `/requests/${encodeURIComponent(id)}/messages`, { cannedReplyId: reply ? reply.id : cannedReplyId });
      cannedSelect.value = '';
      showCannedPreview();
      await page.load();
    } catch (error) {
      showReplyError(error instanceof ApiError && error.status === 409 ? 'Non puoi scrivere: la richiesta non è in carico a te.' : errorText(error));
    } finally {
      cannedSend.disabled = !page.mine();
    }
  }
  function showReplyError(text) {
    replyError.textContent = text;
    replyError.hidden = false;
  }
  function showCannedPreview() {
    const { data } = page;
    const reply = data && data.cannedReplies.find((candidate) => String(candidate.id) === cannedSelect.value);
    cannedPreview.textContent = reply ? reply.text : '';
    cannedPreview.hidden = !reply;
    if (data) cannedPreview.lang = data.request.language;
  }

  function render() {
    const { data } = page;
    const { request } = data;
    languageNote.textContent = '';
    languageNote.append('Lingua dell’inquilino: ', h('bdi', { lang: request.language }, request.languageName || request.language),
      request.language !== 'it' ? '. Scrivi in modo semplice; le risposte pronte sono già tradotte.' : '.');
    const canWrite = page.mine();
    replyText.disabled = !canWrite;
    replySend.disabled = !canWrite;
    cannedSelect.disabled = !canWrite;
    cannedSend.disabled = !canWrite;
    element.classList.toggle('composer-off', !canWrite);
    if (canWrite) hint.textContent = '';
    else if (request.status === 'waiting') hint.textContent = 'Prendi in carico la richiesta per rispondere.';
    else if (request.status === 'claimed') hint.textContent = `In carico a ${request.claimedBy ? request.claimedBy.name : 'un collega'}: solo chi l’ha in carico può rispondere.`;
    else if (request.status === 'bot') hint.textContent = 'La richiesta è tornata al bot: la chat riprende quando l’inquilino chiede di nuovo una persona.';
    else hint.textContent = 'La richiesta è chiusa.';
    hint.hidden = canWrite;
    // Not shown to roles that may not answer (admins), nor once the request is over.
    element.hidden = !page.open() || !may('requests.act');

    const signature = JSON.stringify(data.cannedReplies || []);
    if (signature !== cannedSignature) {
      cannedSignature = signature;
      const selected = cannedSelect.value;
      clear(cannedSelect).appendChild(h('option', { value: '' }, (data.cannedReplies || []).length ? '— scegli —' : 'Nessuna risposta pronta'));
      for (const reply of data.cannedReplies || []) cannedSelect.appendChild(h('option', { value: String(reply.id) }, reply.title));
      cannedSelect.value = selected;
      showCannedPreview();
    }
  }

  return { element, render, focus: () => replyText.focus() };
}
