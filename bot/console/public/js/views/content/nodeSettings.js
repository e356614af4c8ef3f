// What a step does besides its texts: where it leads (for a branch, in each neighbourhood), and for a question the
// answer it waits for. The bot's actions are code: only where they lead can change.
import { h } from '../../dom.js';
import { targetPicker } from './targetPicker.js';
import { INPUT_KINDS } from './words.js';

/** A copy of the step without these settings (the form puts back those that are set). */
function without(node, ...names) {
  const copy = { ...node };
  for (const name of names) delete copy[name];
  return copy;
}

function nextPicker(tree, model, next, id, label) {
  const picker = targetPicker(tree, model, next, { id, testid: id, label });
  return { picker, element: h('div', { class: 'field' }, h('label', { for: id }, label), picker.element) };
}

/** The action's links: "poi" and one per outcome the action reports. */
function actionSettings(tree, model, node) {
  const then = nextPicker(tree, model, node.next, 'node-next', 'Poi porta a');
  const outcomes = Object.entries(node.outcomes || {}).map(([outcome, next]) => ({ outcome, ...nextPicker(tree, model, next, `node-outcome-${outcome}`, `Se l’esito è «${outcome}», porta a`) }));
  return {
    element: h('div', null,
      h('p', { class: 'hint' }, `Questo passo lo fa il programma del bot («${node.action}»): i suoi testi e le sue scelte non si cambiano da qui. Puoi cambiare dove porta.`),
      then.element, outcomes.map((entry) => entry.element)),
    read: () => ({ ...node, next: then.picker.value(), ...(node.outcomes ? { outcomes: Object.fromEntries(outcomes.map((entry) => [entry.outcome, entry.picker.value()])) } : {}) }),
    problems: () => [],
  };
}

/** The answer a question waits for: its kind, whether it can be skipped, how long a text may be. */
function inputSettings(tree, model, node) {
  const kind = h('select', { id: 'node-input', testid: 'node-input' }, Object.entries(INPUT_KINDS).map(([value, label]) => h('option', { value }, label)));
  kind.value = node.input;
  const optional = h('input', { type: 'checkbox', id: 'node-optional', testid: 'node-optional', checked: Boolean(node.optional) });
  const maxLength = h('input', { type: 'number', id: 'node-max-length', testid: 'node-max-length', class: 'short-number', min: '1', max: '4000', value: node.maxLength ? String(node.maxLength) : '' });
  const then = nextPicker(tree, model, node.next, 'node-next', 'Dopo la risposta porta a');
  return {
    element: h('div', null,
      h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: 'node-input' }, 'L’inquilino risponde con'), kind),
        h('div', { class: 'field' }, h('label', { for: 'node-max-length' }, 'Lunghezza massima (caratteri, vuoto: nessuna)'), maxLength)),
      h('label', { class: 'check', for: 'node-optional' }, optional, ' Si può saltare (c’è il pulsante «Salta»)'),
      h('p', { class: 'muted small' }, `La risposta è conservata come «${node.saveAs}».`),
      then.element),
    read: () => ({ ...without(node, 'maxLength', 'optional'), input: kind.value, next: then.picker.value(),
      ...(maxLength.value ? { maxLength: Number(maxLength.value) } : {}), ...(optional.checked ? { optional: true } : {}) }),
    problems: () => (maxLength.value && !(Number.isInteger(Number(maxLength.value)) && Number(maxLength.value) >= 1 && Number(maxLength.value) <= 4000) ? ['la lunghezza massima va da 1 a 4000 caratteri'] : []),
  };
}

/** A question with buttons: how many buttons side by side (the buttons themselves: buttonsEditor). */
function choiceSettings(node, buttons) {
  const columns = h('select', { id: 'node-columns', testid: 'node-columns' }, [1, 2, 3].map((count) => h('option', { value: String(count) }, count === 1 ? '1 (pulsanti più grandi)' : String(count))));
  columns.value = String(node.columns || 1);
  return {
    element: h('div', { class: 'field narrow' }, h('label', { for: 'node-columns' }, 'Pulsanti per riga'), columns),
    read: () => ({ ...without(node, 'columns'), choices: buttons.read(), ...(columns.value !== '1' ? { columns: Number(columns.value) } : {}) }),
    problems: () => buttons.unlabelled().map((number) => `il pulsante ${number} non ha il testo in italiano`),
  };
}

/** A branch: where each neighbourhood's tenants go, and the others (and those whose neighbourhood is not known yet). */
function branchSettings(tree, model, node) {
  const known = new Set(model.neighbourhoods.map((neighbourhood) => neighbourhood.id));
  const cases = model.neighbourhoods.map((neighbourhood) => {
    const id = `node-case-${neighbourhood.id}`;
    const label = `A ${neighbourhood.name}, porta a`;
    const picker = targetPicker(tree, model, node.cases[neighbourhood.id], { id, testid: id, label, inherit: 'Come negli altri quartieri' });
    return { neighbourhood: neighbourhood.id, picker, element: h('div', { class: 'field' }, h('label', { for: id }, label), picker.element) };
  });
  const others = nextPicker(tree, model, node.next, 'node-next', 'Negli altri quartieri (e per chi non ha ancora detto il suo) porta a');
  return {
    element: h('div', null,
      h('p', { class: 'hint' }, 'Un bivio non scrive niente all’inquilino: lo manda avanti in un modo diverso secondo il suo quartiere.'),
      cases.map((entry) => entry.element), others.element),
    read: () => ({
      ...node,
      // A case for a neighbourhood the console does not know stays as it is (the check names it).
      cases: Object.fromEntries([
        ...Object.entries(node.cases).filter(([neighbourhood]) => !known.has(neighbourhood)),
        ...cases.filter((entry) => entry.picker.value() !== undefined).map((entry) => [entry.neighbourhood, entry.picker.value()]),
      ]),
      next: others.picker.value(),
    }),
    problems: () => [],
  };
}

function messageSettings(tree, model, node) {
  const then = nextPicker(tree, model, node.next, 'node-next', 'Poi porta a');
  return { element: then.element, read: () => ({ ...node, next: then.picker.value() }), problems: () => [] };
}

/** {element, read() → the step as it will be saved, problems() → what the page refuses}. buttons: the choice's buttonsEditor. */
export function nodeSettings(tree, model, node, buttons) {
  if (node.type === 'action') return actionSettings(tree, model, node);
  if (node.type === 'input') return inputSettings(tree, model, node);
  if (node.type === 'choice') return choiceSettings(node, buttons);
  if (node.type === 'branch') return branchSettings(tree, model, node);
  return messageSettings(tree, model, node);
}
