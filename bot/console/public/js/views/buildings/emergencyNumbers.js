// The emergency numbers the bot gives with its safety instructions (besides 112): for every neighbourhood or one.
import { api, errorText } from '../../api.js';
import { $, clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { translationFields } from '../translationFields.js';

const NUMBER = /^\+?[0-9][0-9 ./-]{1,19}$/;
const MAX = 30;

/** The panel; load(neighbourhoods) fills it from the server. */
export function emergencyNumbersPanel() {
  const rows = h('tbody', { testid: 'emergency-rows' });
  const error = h('div', { class: 'form-error', testid: 'emergency-error', role: 'alert', hidden: true });
  const add = h('button', { type: 'button', class: 'btn btn-small', testid: 'emergency-add' }, '+ Aggiungi numero');
  const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'emergency-save' }, 'Salva i numeri');
  const form = h('form', { class: 'panel', novalidate: true, testid: 'emergency-numbers', 'aria-labelledby': 'h-emergency' },
    h('h2', { id: 'h-emergency' }, 'Numeri di emergenza'),
    h('p', { class: 'hint' }, 'Il bot li dà insieme alle istruzioni di sicurezza, dopo il 112 (che dà sempre). Per esempio il pronto intervento ALER o il numero guasti dell’ascensore.'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'table compact' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Nome'), h('th', { scope: 'col' }, 'Numero'), h('th', { scope: 'col' }, 'Quartiere'), h('th', null, ''))),
      rows)),
    h('div', { class: 'row between' }, add, save), error);
  let neighbourhoods = [];
  const texts = new WeakMap();

  function row(entry) {
    const label = h('input', { type: 'text', class: 'em-label', testid: 'emergency-label', 'aria-label': 'Nome del numero', maxlength: '80', value: entry.label || '', placeholder: 'es. Pronto intervento ALER' });
    const number = h('input', { type: 'tel', class: 'em-number', testid: 'emergency-number', 'aria-label': 'Numero di telefono', maxlength: '20', value: entry.number || '', placeholder: 'es. 800 123 456' });
    const place = h('select', { class: 'em-neighbourhood', testid: 'emergency-neighbourhood', 'aria-label': 'Quartiere' },
      h('option', { value: '' }, 'Tutti i quartieri'), neighbourhoods.map((item) => h('option', { value: item.id }, item.name)));
    place.value = entry.neighbourhoodId || '';
    const translations = translationFields({ label: 'Nome' }, entry.translations, 'emergency-translations');
    const tr = h('tr', { testid: 'emergency-row' }, h('td', null, label, translations.element), h('td', null, number), h('td', null, place),
      h('td', null, h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': 'Togli questo numero', on: { click: () => tr.remove() } }, '✕ Togli')));
    texts.set(tr, translations);
    return tr;
  }

  add.addEventListener('click', () => {
    const tr = row({});
    rows.appendChild(tr);
    $('.em-label', tr).focus();
  });

  function read() {
    return [...rows.querySelectorAll('tr')].map((tr) => ({
      label: $('.em-label', tr).value.trim(), number: $('.em-number', tr).value.trim(), neighbourhoodId: $('.em-neighbourhood', tr).value || null,
      translations: texts.get(tr).read(),
    }));
  }

  function problemsOf(numbers) {
    const problems = [];
    if (numbers.length > MAX) problems.push(`al massimo ${MAX} numeri`);
    numbers.forEach((entry, index) => {
      const line = `riga ${index + 1}`;
      if (entry.label.length < 2) problems.push(`${line}: scrivi il nome (almeno 2 caratteri)`);
      if (!NUMBER.test(entry.number)) problems.push(`${line}: il numero può avere solo cifre, spazi, punti, trattini e un + iniziale (da 2 a 20 caratteri)`);
    });
    return problems;
  }

  function showProblems(problems) {
    clear(error);
    error.hidden = problems.length === 0;
    if (problems.length) error.append(h('p', null, 'Controlla:'), h('ul', null, problems.map((problem) => h('li', null, problem))));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const numbers = read();
    const problems = problemsOf(numbers);
    showProblems(problems);
    if (problems.length) return;
    save.disabled = true;
    try {
      await api('PUT', '/emergency-numbers', numbers);
      flash('Numeri di emergenza salvati.', 'ok');
      await load(neighbourhoods);
    } catch (caught) {
      showProblems([errorText(caught)]);
    } finally {
      save.disabled = false;
    }
  });

  async function load(list) {
    neighbourhoods = list;
    const numbers = await api('GET', '/emergency-numbers');
    clear(rows);
    for (const entry of numbers) rows.appendChild(row(entry));
  }

  return { element: form, load };
}
