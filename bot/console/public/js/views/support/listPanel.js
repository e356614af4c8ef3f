// A list the discreet path's settings replace whole (partners, code words): rows added and removed by hand,
// checked by the page, then saved with one PUT; the server's refusal is shown field by field.
import { api } from '../../api.js';
import { $, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { problemBox } from '../health/problems.js';
import { rowEditor } from '../health/rowEditor.js';

/**
 * testid: the form's (`<testid>-save`, `<testid>-error`); path: the API path (GET and PUT); rows: rowEditor's
 * options; empty: what an empty list means; check(values) → problems; fieldName(server path) → the form's words.
 */
export function listPanel({ testid, path, title, hints, rows, empty, check, fieldName, saveLabel, saved }) {
  const editor = rowEditor(rows);
  $(`[data-testid="${rows.testid}-none"]`, editor.element).textContent = empty;
  const problems = problemBox(`${testid}-error`);
  const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: `${testid}-save` }, saveLabel);
  const form = h('form', { class: 'panel', novalidate: true, testid, 'aria-labelledby': `h-${testid}` },
    h('h3', { id: `h-${testid}` }, title), hints, editor.element, problems.element, h('div', { class: 'row end' }, save));

  problems.guard(form, save, {
    read: editor.read,
    check,
    fieldName,
    async send(values) {
      await api('PUT', path, values);
      flash(saved, 'ok');
      await load();
    },
  });

  async function load() {
    editor.set(await api('GET', path));
  }

  return { element: form, load };
}
