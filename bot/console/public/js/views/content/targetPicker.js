// Where a link leads, chosen from the steps of the dialog, the other dialogs, or back to the main menu.
import { h } from '../../dom.js';
import { targetOf, targetText, targetValue } from './targets.js';
import { KINDS, treeName } from './words.js';

/** "Like the others": no link of its own (a branch's neighbourhood without a case). */
const INHERIT = '*';

/**
 * current: the link as it is (a step, "@tree" or null; undefined: none of its own, with `inherit`, the words of that
 * choice); answers {element (the select), value() → the link, or undefined}.
 */
export function targetPicker(tree, model, current, { id, testid, label, inherit }) {
  const steps = Object.entries(tree.nodes).map(([nodeId, node]) => {
    const text = node.text ? model.italian(node.text) : null;
    return h('option', { value: nodeId }, `«${nodeId}» ${KINDS[node.type] || node.type}${text ? `: ${text.slice(0, 50)}` : ''}`);
  });
  const trees = model.trees.filter((other) => other.id !== tree.id).map((other) => h('option', { value: `@${other.id}` }, `Inizio del dialogo «${treeName(other.id)}»`));
  const select = h('select', { id, testid, class: 'target-picker', 'aria-label': label },
    inherit ? h('option', { value: INHERIT }, inherit) : null,
    h('option', { value: '' }, 'Torna al menu principale'),
    h('optgroup', { label: 'Un passo di questo dialogo' }, steps),
    h('optgroup', { label: 'Un altro dialogo' }, trees));
  const value = current === undefined && inherit ? INHERIT : targetValue(current);
  if (![...select.options].some((option) => option.value === value)) select.append(h('option', { value }, targetText(current, tree)));
  select.value = value;
  return { element: select, value: () => (select.value === INHERIT ? undefined : targetOf(select.value)) };
}
