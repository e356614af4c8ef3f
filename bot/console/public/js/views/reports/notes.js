// Staff notes on a report (never sent to tenants): the list and the box to add one.
import { api, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { fmtDateTime } from '../../format.js';

/** page: {id, load()} of the report page. */
export function reportNotes(page) {
  const list = h('ol', { class: 'note-list', testid: 'report-notes' });
  const text = h('textarea', { id: 'report-note-text', testid: 'report-note-text', rows: '3', maxlength: '2000', dir: 'auto' });
  const error = h('p', { class: 'form-error', testid: 'report-note-error', role: 'alert', hidden: true });
  const add = h('button', { type: 'submit', class: 'btn', testid: 'report-note-add' }, 'Aggiungi nota');
  const form = h('form', { novalidate: true },
    h('label', { for: 'report-note-text' }, 'Nuova nota (solo per lo staff, l’inquilino non la vede)'), text, error, h('div', { class: 'row end' }, add));
  const element = h('section', { class: 'panel', 'aria-labelledby': 'h-report-notes' }, h('h2', { id: 'h-report-notes' }, 'Note interne'), list, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!text.value.trim()) {
      error.textContent = 'Scrivi il testo della nota.';
      error.hidden = false;
      text.focus();
      return;
    }
    add.disabled = true;
    try {
      await api('POST', `/reports/${encodeURIComponent(page.id)}/notes`, { text: text.value.trim() });
      text.value = '';
      flash('Nota aggiunta.', 'ok');
      await page.load();
    } catch (caught) {
      error.textContent = errorText(caught);
      error.hidden = false;
    } finally {
      add.disabled = false;
    }
  });

  function render(report) {
    clear(list);
    const notes = report.notes || [];
    if (!notes.length) list.appendChild(h('li', { class: 'empty' }, 'Nessuna nota.'));
    for (const note of notes) {
      list.appendChild(h('li', { testid: 'report-note' },
        h('div', { class: 'muted small' }, h('time', { datetime: note.createdAt }, fmtDateTime(note.createdAt)), note.staffName ? ` · ${note.staffName}` : ''),
        h('p', { class: 'note-text', dir: 'auto' }, note.text)));
    }
  }

  return { element, render };
}
