// Open311 API keys (admins): the keys of contractors' systems that send and follow reports. A new key is
// shown once, at creation; afterwards only its name and dates are known.
import { ApiError, api, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { fmtDateTime } from '../../format.js';

export function apiKeysPanel() {
  const list = h('div', { class: 'table-wrap', testid: 'api-keys' });
  const name = h('input', { type: 'text', id: 'api-key-name', testid: 'api-key-name', maxlength: '100', autocomplete: 'off', placeholder: 'es. Ditta Rossi Impianti' });
  const create = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'api-key-create' }, 'Crea chiave');
  const error = h('p', { class: 'form-error', testid: 'api-key-error', role: 'alert', hidden: true });
  const fresh = h('div', { testid: 'api-key-new', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true },
    h('div', { class: 'field narrow' }, h('label', { for: 'api-key-name' }, 'Chi userà la nuova chiave'), name), error, h('div', { class: 'row' }, create));
  const element = h('section', { class: 'panel api-keys', 'aria-labelledby': 'h-api-keys' },
    h('h2', { id: 'h-api-keys' }, 'Chiavi API Open311'),
    h('p', { class: 'hint' }, 'Per i sistemi esterni (ditte, Comune) che inviano e seguono segnalazioni. La chiave si vede una volta sola, quando viene creata.'),
    list, form, fresh);

  function showKey(created) {
    const field = h('input', { type: 'text', id: 'api-key-value', testid: 'api-key-value', readonly: true, value: created.key, class: 'mono' });
    const copy = h('button', { type: 'button', class: 'btn', testid: 'api-key-copy' }, 'Copia');
    copy.addEventListener('click', async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(created.key);
        flash('Chiave copiata.', 'ok');
      } catch {
        flash('Copia non riuscita: la chiave è selezionata, usa Ctrl+C.', 'error');
      }
    });
    clear(fresh).appendChild(h('div', { class: 'key-once', role: 'status' },
      h('label', { for: 'api-key-value' }, `Chiave per «${created.name}»`), h('div', { class: 'row' }, field, copy),
      h('p', { class: 'hint' }, 'Copiala ora e consegnala in modo sicuro: non sarà più mostrata. Se va persa, revocala e creane un’altra.')));
    field.focus();
    field.select();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!name.value.trim()) {
      error.textContent = 'Scrivi chi userà la chiave.';
      error.hidden = false;
      return;
    }
    create.disabled = true;
    try {
      const created = await api('POST', '/api-keys', { name: name.value.trim() });
      name.value = '';
      showKey(created);
      await load();
    } catch (caught) {
      error.textContent = errorText(caught);
      error.hidden = false;
    } finally {
      create.disabled = false;
    }
  });

  function revokeButton(key) {
    const button = h('button', { type: 'button', class: 'btn btn-small btn-danger', testid: `api-key-revoke-${key.id}` }, 'Revoca');
    let armed = false;
    button.addEventListener('click', async () => {
      if (!armed) {
        armed = true;
        button.textContent = 'Conferma revoca';
        return;
      }
      button.disabled = true;
      try {
        await api('DELETE', `/api-keys/${encodeURIComponent(key.id)}`);
        flash(`Chiave «${key.name}» revocata.`, 'ok');
        await load();
      } catch (caught) {
        flash(errorText(caught), 'error');
        button.disabled = false;
      }
    });
    return button;
  }

  async function load() {
    let keys;
    try {
      keys = await api('GET', '/api-keys');
    } catch (caught) {
      const missing = caught instanceof ApiError && caught.status === 404;
      clear(list).appendChild(h('p', { class: missing ? 'empty pad' : 'form-error pad', testid: 'api-keys-unavailable' },
        missing ? 'Le chiavi API non sono disponibili su questo server.' : errorText(caught)));
      form.hidden = missing;
      return;
    }
    form.hidden = false;
    clear(list).appendChild(keys.length
      ? h('table', { class: 'table' },
        h('thead', null, h('tr', null, ['Nome', 'Creata', 'Stato', ''].map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', null, keys.map((key) => h('tr', { testid: `api-key-row-${key.id}`, class: key.revokedAt ? 'inactive' : '' },
          h('th', { scope: 'row' }, key.name),
          h('td', null, fmtDateTime(key.createdAt)),
          h('td', null, key.revokedAt ? `Revocata il ${fmtDateTime(key.revokedAt)}` : 'Attiva'),
          h('td', null, key.revokedAt ? null : revokeButton(key))))))
      : h('p', { class: 'empty pad' }, 'Nessuna chiave API.'));
  }

  return { element, load };
}
