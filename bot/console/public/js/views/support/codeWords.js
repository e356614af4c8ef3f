// The code words of the discreet path: a tenant who types one of them opens it; the bot never shows them.
import { h } from '../../dom.js';
import { listPanel } from './listPanel.js';

const MAX = 50;

/** A server path "0" named as the form names it: "parola 1". */
const fieldName = (path) => (/^\d+$/.test(path) ? `parola ${Number(path) + 1}` : path);

function problemsOf(words) {
  const problems = [];
  if (words.length > MAX) problems.push(`al massimo ${MAX} parole`);
  words.forEach((word, index) => {
    if (word.length < 3 || word.length > 60) problems.push(`parola ${index + 1}: da 3 a 60 caratteri`);
  });
  return problems;
}

function wordRow(word = '') {
  const input = h('input', { type: 'text', testid: 'code-word', 'aria-label': 'Parola in codice', maxlength: '60', autocomplete: 'off', dir: 'auto', value: word });
  return { cells: [input], read: () => input.value.trim(), focus: input };
}

/** The panel; load() fills it from the server. */
export function codeWordsPanel() {
  return listPanel({
    testid: 'code-words',
    path: '/support/code-words',
    title: 'Parole in codice',
    hints: [
      h('p', { class: 'hint', testid: 'code-words-hint' }, 'Chi scrive al bot una di queste parole apre il percorso riservato; il bot non le mostra mai da nessuna parte.'),
      h('p', { class: 'hint' }, 'Maiuscole, accenti e spazi ai lati non contano. Scegli parole che non si scrivono per caso.'),
    ],
    rows: { testid: 'code-word', caption: 'Parole in codice', headings: ['Parola'], addLabel: '+ Aggiungi una parola', removeLabel: 'Togli questa parola', build: wordRow },
    empty: 'Nessuna parola: il percorso si apre solo dal menu del bot.',
    check: problemsOf,
    fieldName,
    saveLabel: 'Salva le parole',
    saved: 'Parole in codice salvate.',
  });
}
