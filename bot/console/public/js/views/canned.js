// The canned replies page: list, edit in every language, delete (with a second click to confirm).
import { api, errorText } from '../api.js';
import { coalesce } from '../coalesce.js';
import { clear, h } from '../dom.js';
import { flash } from '../flash.js';
import { LANGUAGE_FALLBACK, getLanguages } from '../lookups.js';

export function cannedView(main) {
  const list = h('div', { class: 'list', testid: 'canned-list' });
  const editor = h('div', { class: 'editor', testid: 'canned-editor' });
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Risposte pronte'),
    h('button', { type: 'button', class: 'btn', testid: 'canned-new', on: { click: () => edit(null) } }, '+ Nuova')),
  h('div', { class: 'split' }, list, editor));
  let replies = [];
  let languages = LANGUAGE_FALLBACK;

  const load = coalesce(async () => {
    [replies, languages] = await Promise.all([api('GET', '/canned-replies'), getLanguages()]);
    clear(list);
    if (!replies.length) list.appendChild(h('p', { class: 'empty' }, 'Nessuna risposta pronta.'));
    for (const reply of replies) {
      list.appendChild(h('button', {
        type: 'button', class: 'list-item', testid: `canned-item-${reply.id}`,
        on: { click: () => edit(reply) },
      }, h('strong', null, reply.title), h('span', { class: 'muted', dir: 'auto' }, (reply.texts && reply.texts.it) || '')));
    }
  });

  function edit(reply) {
    clear(editor);
    const error = h('p', { class: 'form-error', testid: 'canned-error', role: 'alert', hidden: true });
    const idInput = reply ? null : h('input', { type: 'text', id: 'canned-id', testid: 'canned-id', required: true, pattern: '[a-z0-9_-]+', placeholder: 'es. orari-sportello' });
    const title = h('input', { type: 'text', id: 'canned-title', testid: 'canned-title', required: true, maxlength: '120', value: reply ? reply.title : '' });
    const areas = {};
    const fields = languages.map((language) => {
      const area = h('textarea', {
        id: `canned-text-${language.code}`, testid: `canned-text-${language.code}`, rows: '3', maxlength: '4000',
        dir: language.dir === 'rtl' ? 'rtl' : 'auto', lang: language.code, required: true,
      });
      area.value = (reply && reply.texts && reply.texts[language.code]) || '';
      areas[language.code] = area;
      return h('div', { class: 'field' }, h('label', { for: area.id }, `${language.name} (${language.code})`), area);
    });
    const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'canned-save' }, 'Salva');
    const remove = reply ? h('button', { type: 'button', class: 'btn btn-danger', testid: 'canned-delete' }, 'Elimina') : null;
    const form = h('form', { class: 'panel', novalidate: true },
      h('h2', null, reply ? `Modifica: ${reply.title}` : 'Nuova risposta pronta'),
      idInput ? [h('label', { for: 'canned-id' }, 'Codice (lettere minuscole, numeri, trattini)'), idInput] : null,
      h('label', { for: 'canned-title' }, 'Titolo'), title,
      h('p', { class: 'muted' }, 'Scrivi il testo in tutte le lingue: l’inquilino lo riceve nella sua.'),
      fields, error, h('div', { class: 'row end' }, remove, save));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      const missing = languages.filter((language) => !areas[language.code].value.trim()).map((language) => language.name);
      const id = reply ? reply.id : idInput.value.trim();
      if (!id || !title.value.trim() || missing.length) {
        error.textContent = !id ? 'Scrivi il codice.' : !title.value.trim() ? 'Scrivi il titolo.' : `Manca il testo in: ${missing.join(', ')}.`;
        error.hidden = false;
        return;
      }
      save.disabled = true;
      try {
        const texts = {};
        for (const language of languages) texts[language.code] = areas[language.code].value.trim();
        await api('PUT', `/canned-replies/${encodeURIComponent(id)}`, { title: title.value.trim(), texts });
        flash('Risposta salvata.', 'ok');
        await load();
        const saved = replies.find((candidate) => String(candidate.id) === String(id));
        edit(saved || null);
      } catch (caught) {
        error.textContent = errorText(caught);
        error.hidden = false;
      } finally {
        save.disabled = false;
      }
    });
    if (remove) {
      let armed = false;
      remove.addEventListener('click', async () => {
        if (!armed) {
          armed = true;
          remove.textContent = 'Conferma eliminazione';
          setTimeout(() => { armed = false; remove.textContent = 'Elimina'; }, 5000);
          return;
        }
        try {
          await api('DELETE', `/canned-replies/${encodeURIComponent(reply.id)}`);
          flash('Risposta eliminata.', 'ok');
          clear(editor);
          await load();
        } catch (caught) {
          error.textContent = errorText(caught);
          error.hidden = false;
        }
      });
    }
    editor.appendChild(form);
    (idInput || title).focus();
  }
  return { name: 'canned', load, refresh() {} };
}
