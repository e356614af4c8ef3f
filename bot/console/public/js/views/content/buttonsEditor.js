// The buttons of a question: each with its label in every language and where it leads; add, remove, move up or down.
import { h } from '../../dom.js';
import { languageFields, sharedNote } from './languageFields.js';
import { targetPicker } from './targetPicker.js';
import { freshId, freshKey } from './treeGraph.js';

const MAX_BUTTONS = 12;

/** taken: the text keys in use (new labels get fresh ones, added to it). */
export function buttonsEditor(model, tree, nodeId, node, taken) {
  const list = h('ol', { class: 'button-list', testid: 'buttons' });
  const rows = [];
  const add = h('button', { type: 'button', class: 'btn', testid: 'button-add' }, '+ Aggiungi un pulsante');
  const element = h('fieldset', { class: 'group' }, h('legend', null, 'Pulsanti'),
    node.saveAs ? h('p', { class: 'hint' }, `Il bot usa la scelta fatta qui (la conserva come «${node.saveAs}»): un pulsante nuovo può portare altrove, ma il programma riconosce solo i pulsanti che già conosce.`) : null,
    list, add);

  function draw() {
    list.replaceChildren(...rows.map((row, index) => {
      row.up.disabled = index === 0;
      row.down.disabled = index === rows.length - 1;
      row.remove.disabled = rows.length === 1;
      row.title.textContent = `Pulsante ${index + 1}`;
      return row.element;
    }));
    add.disabled = rows.length >= MAX_BUTTONS;
  }

  function move(row, by) {
    const at = rows.indexOf(row);
    rows.splice(at, 1);
    rows.splice(at + by, 0, row);
    draw();
    (by < 0 ? row.up : row.down).focus();
  }

  function append(choice) {
    const labels = languageFields(model, choice.label, { testid: `button-label-${choice.id}`, single: true, note: sharedNote(model, choice.label, tree.id, nodeId) });
    const target = targetPicker(tree, model, choice.next, { id: `button-next-${choice.id}`, testid: `button-next-${choice.id}`, label: 'Dove porta' });
    const row = {
      choice,
      labels,
      target,
      title: h('strong'),
      up: h('button', { type: 'button', class: 'btn', testid: `button-up-${choice.id}`, 'aria-label': 'Sposta su' }, '↑ Su'),
      down: h('button', { type: 'button', class: 'btn', testid: `button-down-${choice.id}`, 'aria-label': 'Sposta giù' }, '↓ Giù'),
      remove: h('button', { type: 'button', class: 'btn btn-ghost', testid: `button-remove-${choice.id}` }, '✕ Togli'),
    };
    row.element = h('li', { class: 'button-edit', testid: `button-${choice.id}` },
      h('div', { class: 'row' }, row.title, h('label', { for: `button-next-${choice.id}` }, 'Porta a'), target.element, row.up, row.down, row.remove),
      labels.element);
    row.up.addEventListener('click', () => move(row, -1));
    row.down.addEventListener('click', () => move(row, 1));
    row.remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      draw();
      add.focus();
    });
    rows.push(row);
  }

  add.addEventListener('click', () => {
    const id = freshId('b', [...node.choices.map((choice) => choice.id), ...rows.map((row) => row.choice.id)]);
    const label = freshKey(tree, nodeId, id, taken);
    taken.add(label);
    append({ id, label, next: null });
    draw();
    rows[rows.length - 1].element.querySelector('input').focus();
  });

  node.choices.forEach(append);
  draw();

  return {
    element,
    read: () => rows.map((row) => ({ id: row.choice.id, label: row.choice.label, next: row.target.value() })),
    changes: () => rows.flatMap((row) => row.labels.changes()),
    /** The buttons without an Italian label: their numbers. */
    unlabelled: () => rows.map((row, index) => (row.labels.italian() ? null : index + 1)).filter(Boolean),
  };
}
