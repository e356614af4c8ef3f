// 1522's facts (the national anti-violence line): the languages it answers in and the link to its chat, as the
// bot tells tenants. A setting kept here, not in the ten translations.
import { api } from '../../api.js';
import { h } from '../../dom.js';
import { flash } from '../../flash.js';
import { problemBox } from '../health/problems.js';

const italianNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['it'], { type: 'language', fallback: 'none' }) : null;

/** "fa" → "persiano"; undefined when the browser knows no such language (the server decides). */
function nameOf(code) {
  try {
    return italianNames ? italianNames.of(code) : undefined;
  } catch {
    return undefined;
  }
}

const codesOf = (text) => text.split(/[\s,;]+/).map((code) => code.trim().toLowerCase()).filter(Boolean);

function problemsOf({ languages, chatUrl }) {
  const problems = [];
  if (!languages.length) problems.push('scrivi almeno una lingua');
  for (const code of languages) if (!/^[a-z]{2,3}$/.test(code)) problems.push(`«${code}» non è il codice di una lingua (es. it, en, fa)`);
  if (!/^https:\/\/\S+$/.test(chatUrl)) problems.push('il link della chat deve iniziare con https://');
  return problems;
}

/** A server path ("languages.2", "chatUrl") named as the form names it. */
function fieldName(path) {
  const [field, index] = path.split('.');
  if (field === 'languages') return index === undefined ? 'lingue' : `lingua ${Number(index) + 1}`;
  return field === 'chatUrl' ? 'link della chat' : path;
}

/** The panel; load() fills it from the server. */
export function line1522Panel() {
  const languages = h('input', { type: 'text', id: 'line1522-languages', testid: 'line1522-languages', autocomplete: 'off', spellcheck: 'false' });
  const names = h('p', { class: 'hint', testid: 'line1522-names', 'aria-live': 'polite' });
  const chatUrl = h('input', { type: 'url', id: 'line1522-chat', testid: 'line1522-chat', maxlength: '300', placeholder: 'https://…' });
  const problems = problemBox('line1522-error');
  const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'line1522-save' }, 'Salva i dati del 1522');
  const showNames = () => {
    names.textContent = codesOf(languages.value).map((code) => nameOf(code) || `${code} (?)`).join(', ');
  };
  languages.addEventListener('input', showNames);
  const form = h('form', { class: 'panel', novalidate: true, testid: 'line1522', 'aria-labelledby': 'h-line1522' },
    h('h3', { id: 'h-line1522' }, '1522, il numero antiviolenza'),
    h('p', { class: 'hint' }, 'Il bot dice in quali lingue risponde il 1522 (e a chi ne parla un’altra che la sua non c’è) e dà il link della sua chat, per chi non può telefonare.'),
    h('div', { class: 'field' }, h('label', { for: 'line1522-languages' }, 'Lingue in cui risponde (codici separati da virgole: it, en, fa…)'), languages, names),
    h('div', { class: 'field' }, h('label', { for: 'line1522-chat' }, 'Link della chat (sito e app)'), chatUrl),
    problems.element, h('div', { class: 'row end' }, save));

  function set(facts) {
    languages.value = facts.languages.join(', ');
    chatUrl.value = facts.chatUrl;
    showNames();
  }

  problems.guard(form, save, {
    read: () => ({ languages: codesOf(languages.value), chatUrl: chatUrl.value.trim() }),
    check: problemsOf,
    fieldName,
    async send(values) {
      set(await api('PUT', '/support/line1522', values));
      flash('Dati del 1522 salvati.', 'ok');
    },
  });

  async function load() {
    set(await api('GET', '/support/line1522'));
  }

  return { element: form, load };
}
