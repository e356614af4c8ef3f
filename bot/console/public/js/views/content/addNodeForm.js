// Adding a step to a dialog: a message, a question with buttons, a question the tenant answers (each with its
// Italian text) or a branch by neighbourhood; optionally put right after a step (which then leads to it). The other
// languages, and a branch's neighbourhoods, follow in the editor.
import { h } from '../../dom.js';
import { flash } from '../../flash.js';
import { problemBox } from '../health/problems.js';
import { reloadAt, treeHref } from './contentRoute.js';
import { freshKey } from './treeGraph.js';
import { ADDABLE_KINDS, INPUT_KINDS, KINDS } from './words.js';

const NODE_ID = /^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/;

/** The new step, given its text keys and the link it takes over. */
function newNode(kind, textKey, buttonKey, input, saveAs, next) {
  if (kind === 'choice') return { type: 'choice', text: textKey, choices: [{ id: 'b1', label: buttonKey, next }] };
  if (kind === 'input') return { type: 'input', text: textKey, input, saveAs, next };
  if (kind === 'branch') return { type: 'branch', on: 'neighbourhood', cases: {}, next };
  return { type: 'message', text: textKey, next };
}

export function addNodeForm(ctx, tree) {
  const field = (label, control) => h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  const kind = h('select', { id: 'add-node-kind', testid: 'add-node-kind' }, ADDABLE_KINDS.map((value) => h('option', { value }, KINDS[value])));
  const id = h('input', { type: 'text', id: 'add-node-id', testid: 'add-node-id', maxlength: '40', placeholder: 'es. chiediPiano', autocomplete: 'off' });
  const text = h('textarea', { id: 'add-node-text', testid: 'add-node-text', rows: '3', maxlength: '4096', dir: 'auto', lang: 'it' });
  const button = h('input', { type: 'text', id: 'add-node-button', testid: 'add-node-button', maxlength: '64', dir: 'auto', lang: 'it' });
  const input = h('select', { id: 'add-node-input', testid: 'add-node-input' }, Object.entries(INPUT_KINDS).map(([value, label]) => h('option', { value }, label)));
  const after = h('select', { id: 'add-node-after', testid: 'add-node-after' },
    h('option', { value: '' }, 'Nessuno: lo collego io (da un pulsante o da un altro passo)'),
    Object.entries(tree.nodes).filter(([, node]) => node.type !== 'choice').map(([nodeId]) => h('option', { value: nodeId }, `Dopo «${nodeId}»`)));
  const textField = field('Testo in italiano', text);
  const buttonField = field('Primo pulsante (in italiano)', button);
  const inputField = field('L’inquilino risponde con', input);
  const problems = problemBox('add-node-error');
  const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'add-node-save' }, 'Aggiungi il passo');
  const form = h('form', { novalidate: true },
    h('div', { class: 'grid2' }, field('Tipo di passo', kind), field('Nome del passo (lettere e cifre, senza spazi)', id)),
    textField, buttonField, inputField, field('Dove metterlo', after),
    h('p', { class: 'hint' }, 'Le altre lingue si scrivono poi nel passo: finché mancano, la bozza non si può pubblicare.'),
    problems.element, h('div', { class: 'row end' }, save));
  const showKind = () => {
    textField.hidden = kind.value === 'branch';
    buttonField.hidden = kind.value !== 'choice';
    inputField.hidden = kind.value !== 'input';
  };
  kind.addEventListener('change', showKind);
  showKind();

  problems.guard(form, save, {
    read: () => ({ kind: kind.value, id: id.value.trim(), text: text.value.trim(), button: button.value.trim(), input: input.value, after: after.value }),
    check: (values) => [
      ...(!NODE_ID.test(values.id) ? ['il nome del passo comincia con una lettera e ha solo lettere, cifre, _ e - (al massimo 40)'] : []),
      ...(tree.nodes[values.id] ? [`c’è già un passo «${values.id}»`] : []),
      ...(!values.text && values.kind !== 'branch' ? ['scrivi il testo in italiano'] : []),
      ...(values.kind === 'choice' && !values.button ? ['scrivi il testo del primo pulsante'] : []),
    ],
    async send(values) {
      const taken = ctx.model.keys();
      const textKey = freshKey(tree, values.id, 'text', taken);
      const buttonKey = freshKey(tree, values.id, 'b1', taken.add(textKey));
      const changes = [
        ...(values.kind === 'branch' ? [] : [{ language: 'it', key: textKey, text: values.text }]),
        ...(values.kind === 'choice' ? [{ language: 'it', key: buttonKey, text: values.button }] : []),
      ];
      const previous = values.after ? tree.nodes[values.after] : null;
      const nodes = { ...tree.nodes, [values.id]: newNode(values.kind, textKey, buttonKey, values.input, `custom_${values.id.replace(/-/g, '_')}`, previous ? previous.next : null) };
      if (previous) nodes[values.after] = { ...previous, next: values.id };
      if (changes.length && !(await ctx.edit('PUT', '/content/draft/texts', { changes }))) return;
      if (!(await ctx.edit('PUT', `/content/draft/trees/${encodeURIComponent(tree.id)}`, { tree: { ...tree, nodes } }))) return;
      await reloadAt(ctx, treeHref(tree.id, values.id));
      flash(`Passo «${values.id}» aggiunto alla bozza: ${values.kind === 'branch' ? 'scegli dove porta in ogni quartiere' : 'scrivilo nelle altre lingue'}.`, 'ok');
    },
  });
  return h('details', { class: 'panel add-node', testid: 'add-node' }, h('summary', null, '+ Aggiungi un passo'), form);
}
