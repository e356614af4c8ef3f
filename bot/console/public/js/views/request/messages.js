// The chat on the request page: tenant and staff bubbles, attachments, delivery state and retry.
import { api, errorText, may } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { fmtTime } from '../../format.js';

/** page: the request page's context ({id, data, load}). */
export function chatMessages(page) {
  const element = h('div', { class: 'messages', testid: 'messages', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messaggi della chat' });
  // Bubbles are kept between refreshes while their message is unchanged (photos are not fetched again).
  const bubbles = new Map();

  function render() {
    // The staff's internal notes go between the messages, in time order.
    const entries = [
      ...page.data.messages.map((message) => ({ key: `m${message.id}`, at: message.createdAt, item: message, draw: bubble })),
      ...(page.data.notes || []).map((note) => ({ key: `n${note.id}`, at: note.createdAt, item: note, draw: noteBubble })),
    ].sort((a, b) => new Date(a.at) - new Date(b.at));
    if (!entries.length) {
      bubbles.clear();
      clear(element).appendChild(h('p', { class: 'empty' }, 'Ancora nessun messaggio.'));
      return;
    }
    const nodes = entries.map(({ key, item, draw }) => {
      const signature = JSON.stringify(item);
      const kept = bubbles.get(key);
      if (kept && kept.signature === signature) return kept.node;
      const node = draw(item);
      bubbles.set(key, { signature, node });
      return node;
    });
    const keys = new Set(entries.map((entry) => entry.key));
    for (const key of [...bubbles.keys()]) if (!keys.has(key)) bubbles.delete(key);
    element.replaceChildren(...nodes);
  }

  /** An internal note: for colleagues only, never sent to the tenant. */
  function noteBubble(note) {
    return h('div', { class: 'bubble bubble-note', testid: 'note', dataset: { noteId: note.id } },
      h('div', { class: 'bubble-meta' },
        h('span', { class: 'bubble-who' }, `🔒 Nota interna · ${note.staffName || 'Operatore'}`),
        h('time', { class: 'bubble-time', datetime: note.createdAt }, fmtTime(note.createdAt))),
      h('p', { class: 'text', dir: 'auto' }, note.text),
      h('span', { class: 'muted small' }, 'Non inviata all’inquilino'));
  }

  function bubble(message) {
    const staff = message.author === 'staff';
    const body = [];
    if (message.kind === 'photo' && message.fileUrl) {
      body.push(h('a', { href: message.fileUrl, target: '_blank', rel: 'noopener' },
        h('img', { class: 'photo', src: message.fileUrl, alt: message.text ? `Foto: ${message.text}` : 'Foto inviata dall’inquilino', loading: 'lazy', testid: 'message-photo' })));
    } else if (message.kind === 'document' && message.fileUrl) {
      body.push(h('a', { class: 'file-link', href: message.fileUrl, download: message.fileName || '', target: '_blank', rel: 'noopener', testid: 'message-document' },
        `📄 ${message.fileName || 'Documento'}`));
    } else if (message.kind === 'voice' && message.fileUrl) {
      body.push(h('audio', { controls: true, preload: 'none', src: message.fileUrl, testid: 'message-voice' }),
        h('a', { class: 'file-link', href: message.fileUrl, target: '_blank', rel: 'noopener' }, '🎤 Messaggio vocale'));
    } else if (message.kind === 'location' && message.latitude !== null && message.latitude !== undefined) {
      const lat = Number(message.latitude);
      const lon = Number(message.longitude);
      body.push(h('a', {
        class: 'file-link', target: '_blank', rel: 'noopener noreferrer', testid: 'message-location',
        href: `https://www.openstreetmap.org/?mlat=${encodeURIComponent(lat)}&mlon=${encodeURIComponent(lon)}#map=18/${encodeURIComponent(lat)}/${encodeURIComponent(lon)}`,
      }, `📍 Posizione (${lat.toFixed(5)}, ${lon.toFixed(5)})`));
    } else if (message.kind !== 'text' && !message.text) {
      body.push(h('p', { class: 'muted' }, message.kind === 'contact' ? '👤 Contatto' : `[${message.kind}]`));
    }
    if (message.kind === 'contact' && message.text) body.push(h('p', { class: 'muted' }, '👤 Contatto'));
    if (message.text) body.push(h('p', { class: 'text', dir: 'auto' }, message.text));

    return h('div', {
      class: ['bubble', staff ? 'bubble-staff' : 'bubble-tenant', message.delivery === 'failed' ? 'bubble-failed' : ''],
      testid: 'message',
      dataset: { author: message.author, delivery: message.delivery || '', kind: message.kind, messageId: message.id },
      dir: 'auto',
    },
      h('div', { class: 'bubble-meta' },
        h('span', { class: 'bubble-who' }, staff ? (message.staffName || 'Operatore') : 'Inquilino'),
        message.via === 'telegram' ? h('span', { class: 'muted' }, ' · da Telegram') : null,
        h('time', { class: 'bubble-time', datetime: message.createdAt }, fmtTime(message.createdAt))),
      body, staff && message.delivery ? delivery(message) : null);
  }

  /** Sent, sending, or failed with a retry button (staff messages only). */
  function delivery(message) {
    if (message.delivery !== 'failed') {
      return h('span', { class: ['delivery', `delivery-${message.delivery}`], testid: 'delivery' }, message.delivery === 'sent' ? '✓ inviato' : '… in invio');
    }
    return h('span', { class: 'delivery delivery-failed', testid: 'delivery' },
      `non consegnato: ${message.deliveryError || 'errore sconosciuto'}`,
      may('requests.act') && h('button', {
        type: 'button', class: 'btn btn-small', testid: `retry-${message.id}`,
        on: { click: async (event) => {
          const button = event.currentTarget;
          button.disabled = true;
          try {
            await api('POST', `/requests/${encodeURIComponent(page.id)}/messages/${encodeURIComponent(message.id)}/retry`);
            await page.load();
          } catch (error) {
            flash(errorText(error), 'error');
            await page.load().catch(() => undefined);
          } finally {
            button.disabled = false;
          }
        } },
      }, 'Riprova'));
  }

  /** Whether the reader is at (or near) the end of the chat, so a refresh may scroll to new messages. */
  const atBottom = () => element.scrollHeight - element.scrollTop - element.clientHeight < 40;
  const scrollToEnd = () => { element.scrollTop = element.scrollHeight; };

  return { element, render, atBottom, scrollToEnd };
}
