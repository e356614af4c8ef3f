// Importing the building register: a CSV file sent as it is; the counts, or every problem that stopped it.
import { API, ApiError, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { sessionExpired } from '../../session.js';
import { state } from '../../state.js';
import { importProblems } from './importProblems.js';

/** POSTs the file's text as text/csv (the JSON helper only sends JSON). */
async function sendCsv(text) {
  let response;
  try {
    response = await fetch(`${API}/buildings/import`, {
      method: 'POST', credentials: 'same-origin', cache: 'no-store',
      headers: { accept: 'application/json', 'content-type': 'text/csv; charset=utf-8', 'x-csrf-token': state.csrfToken },
      body: text,
    });
  } catch {
    throw new ApiError(0, { error: 'network' });
  }
  const data = await response.json().catch(() => ({}));
  if (response.status === 401) sessionExpired();
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** onImported runs after a successful import (to reload the list). */
export function importPanel(onImported) {
  const file = h('input', { type: 'file', id: 'building-csv', testid: 'building-csv', accept: '.csv,text/csv' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'building-import' }, 'Importa');
  const result = h('div', { testid: 'import-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'h-building-import' },
    h('h2', { id: 'h-building-import' }, 'Importa edifici da CSV'),
    h('p', { class: 'hint' }, 'Colonne: code, neighbourhood (gratosoglio, mazzini, molise-calvairate, san-siro), address, staircases (es. A|B|C), floors, latitude, longitude, sample. ',
      'Un codice già presente viene aggiornato. Se anche una sola riga è sbagliata non viene importato nulla.'),
    h('div', { class: 'field' }, h('label', { for: 'building-csv' }, 'File CSV del registro'), file),
    h('div', { class: 'row end' }, submit), result);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(result);
    const chosen = file.files && file.files[0];
    if (!chosen) {
      result.appendChild(h('p', { class: 'form-error', role: 'alert' }, 'Scegli prima il file CSV.'));
      return;
    }
    submit.disabled = true;
    try {
      const counts = await sendCsv(await chosen.text());
      result.appendChild(h('p', { class: 'ok-text', testid: 'import-ok' }, `Importazione riuscita: ${counts.created} edifici nuovi, ${counts.updated} aggiornati.`));
      flash('Edifici importati.', 'ok');
      file.value = '';
      await onImported();
    } catch (caught) {
      const problems = caught instanceof ApiError && caught.status === 400 ? importProblems(caught.data) : null;
      result.appendChild(problems
        ? h('div', { class: 'form-error', role: 'alert', testid: 'import-problems' },
          h('p', null, 'Il file non è stato importato (nessun edificio è cambiato). Correggi e riprova:'),
          h('ul', null, problems.map((problem) => h('li', null, problem))),
          h('p', { class: 'small' }, 'Le righe si contano dalla prima dopo l’intestazione, saltando i commenti.'))
        : h('p', { class: 'form-error', role: 'alert', testid: 'import-problems' }, errorText(caught)));
    } finally {
      submit.disabled = false;
    }
  });

  return { element: form };
}
