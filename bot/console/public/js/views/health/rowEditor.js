// A table whose rows are added and removed by hand (a point's sessions, its closures): each row is built
// from an entry and read back as one.
import { clear, h } from '../../dom.js';

/**
 * testid: prefix of the test ids (`<testid>-row`, `-add`, `-remove`); headings: the columns;
 * build(entry | undefined) → {cells: [Node], read: () => value, focus: Node} (undefined: a new, empty row).
 */
export function rowEditor({ testid, caption, headings, addLabel, removeLabel, build }) {
  const rows = h('tbody', { testid: `${testid}-rows` });
  const readers = new Map();
  const empty = h('p', { class: 'empty', testid: `${testid}-none` }, 'Nessuna.');
  const add = h('button', { type: 'button', class: 'btn btn-small', testid: `${testid}-add` }, addLabel);
  const element = h('div', { class: 'row-editor' },
    h('div', { class: 'table-wrap' }, h('table', { class: 'table compact' },
      h('caption', { class: 'sr-only' }, caption),
      h('thead', null, h('tr', null, headings.map((label) => h('th', { scope: 'col' }, label)), h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Togli')))),
      rows)),
    empty, add);

  function showEmpty() {
    empty.hidden = rows.children.length > 0;
  }

  function append(entry) {
    const { cells, read, focus } = build(entry);
    const remove = h('button', { type: 'button', class: 'btn btn-small btn-ghost', testid: `${testid}-remove`, 'aria-label': removeLabel }, '✕ Togli');
    const tr = h('tr', { testid: `${testid}-row` }, cells.map((cell) => h('td', null, cell)), h('td', null, remove));
    remove.addEventListener('click', () => {
      readers.delete(tr);
      tr.remove();
      showEmpty();
      add.focus();
    });
    readers.set(tr, read);
    rows.appendChild(tr);
    showEmpty();
    return focus;
  }

  add.addEventListener('click', () => append(undefined).focus());

  /** Shows these entries instead of the rows there are. */
  function set(entries) {
    clear(rows);
    readers.clear();
    entries.forEach(append);
    showEmpty();
  }

  /** The rows as they are, in order. */
  const read = () => [...rows.children].map((tr) => readers.get(tr)());

  return { element, set, read };
}
