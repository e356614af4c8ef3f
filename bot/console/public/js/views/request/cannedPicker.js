// Canned replies for the reply box: searched by title or text, inserted into the box to be edited before
// sending. Typing "/" and a word in the box offers the matching ones; Enter or a click inserts the first.
import { clear, h } from '../../dom.js';

const SHORTCUT = /(^|\s)\/([^\s/]*)$/;

/** replyText: the reply box; replies(): the request's canned replies in the tenant's language; onInsert after an insert. */
export function cannedPicker(replyText, replies, onInsert) {
  const search = h('input', { type: 'search', id: 'canned-search', testid: 'canned-search', placeholder: 'Cerca una risposta pronta…', autocomplete: 'off' });
  const list = h('ul', { class: 'canned-list', testid: 'canned-list' });
  const suggestions = h('ul', { class: 'canned-list canned-suggestions', testid: 'canned-suggestions', hidden: true, 'aria-label': 'Risposte pronte che corrispondono' });
  const panel = h('details', { class: 'canned-picker' },
    h('summary', null, 'Risposte pronte (o scrivi / nella risposta)'),
    h('label', { for: 'canned-search' }, 'Cerca'), search, list);

  const matching = (query) => {
    const words = query.toLocaleLowerCase('it').split(/\s+/).filter(Boolean);
    return replies().filter((reply) => words.every((word) => `${reply.title}\n${reply.text}`.toLocaleLowerCase('it').includes(word)));
  };

  function option(reply, replace) {
    return h('li', null, h('button', {
      type: 'button', class: 'canned-option', testid: 'canned-option', dataset: { id: reply.id },
      on: { click: () => insert(reply, replace) },
    }, h('strong', null, reply.title), h('span', { class: 'canned-text', dir: 'auto' }, reply.text)));
  }

  function fillList() {
    const found = matching(search.value);
    clear(list).append(...(found.length ? found.map((reply) => option(reply, false)) : [h('li', { class: 'empty' }, 'Nessuna risposta pronta trovata.')]));
  }

  /** Puts the reply's text at the cursor (in place of the "/word" typed, for the shortcut), ready to edit. */
  function insert(reply, replaceShortcut) {
    const end = replyText.selectionEnd ?? replyText.value.length;
    let start = replyText.selectionStart ?? end;
    if (replaceShortcut) {
      const typed = SHORTCUT.exec(replyText.value.slice(0, end));
      if (typed) start = end - typed[0].length + typed[1].length;
    }
    replyText.value = replyText.value.slice(0, start) + reply.text + replyText.value.slice(end);
    const cursor = start + reply.text.length;
    replyText.focus();
    replyText.setSelectionRange(cursor, cursor);
    suggestions.hidden = true;
    onInsert();
  }

  function shortcutQuery() {
    const typed = SHORTCUT.exec(replyText.value.slice(0, replyText.selectionEnd ?? replyText.value.length));
    return typed ? typed[2] : null;
  }

  replyText.addEventListener('input', () => {
    const query = shortcutQuery();
    const found = query === null ? [] : matching(query);
    clear(suggestions).append(...found.slice(0, 6).map((reply) => option(reply, true)));
    suggestions.hidden = found.length === 0;
  });
  replyText.addEventListener('keydown', (event) => {
    if (suggestions.hidden) return;
    if (event.key === 'Escape') {
      suggestions.hidden = true;
      event.preventDefault();
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const first = matching(shortcutQuery() ?? '')[0];
      if (first) insert(first, true);
    }
  });
  search.addEventListener('input', fillList);

  return {
    panel,
    suggestions,
    /** Called when the request's replies or the right to write change. */
    render(enabled) {
      search.disabled = !enabled;
      fillList();
      for (const button of list.querySelectorAll('button')) button.disabled = !enabled;
    },
  };
}
