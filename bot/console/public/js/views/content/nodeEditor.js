// One step of a dialog: its text in every language side by side, its buttons (labels in every language and where
// each leads) or its other settings; saved as the texts that changed and, when its links changed, the whole dialog.
import { h } from '../../dom.js';
import { flash } from '../../flash.js';
import { problemBox } from '../health/problems.js';
import { buttonsEditor } from './buttonsEditor.js';
import { confirmButton } from '../confirmButton.js';
import { reloadAt, treeHref } from './contentRoute.js';
import { languageFields, sharedNote } from './languageFields.js';
import { nodeSettings } from './nodeSettings.js';
import { linkersOf } from './treeGraph.js';
import { KINDS } from './words.js';

/** JSON with the keys in order: the same step written in another order is the same step. */
const canonical = (value) => JSON.stringify(value, (_key, item) => (item && typeof item === 'object' && !Array.isArray(item)
  ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item));

/** Removing a step: never the dialog's start nor an action (code); warns about the steps that lead to it. */
function removal(ctx, tree, nodeId) {
  const node = tree.nodes[nodeId];
  if (nodeId === tree.start) return h('p', { class: 'muted small' }, 'È il primo passo del dialogo: non si può eliminare.');
  if (node.type === 'action') return null;
  const linkers = linkersOf(tree, nodeId).filter((id) => id !== nodeId);
  return h('div', { class: 'node-removal' },
    linkers.length ? h('p', { class: 'form-error', testid: 'node-remove-warning' },
      `Attenzione: ci arrivano ${linkers.map((id) => `«${id}»`).join(', ')}. Se elimini questo passo quei collegamenti non porteranno da nessuna parte e la bozza non si potrà pubblicare finché non li ricolleghi.`) : null,
    confirmButton({
      danger: true,
      label: 'Elimina questo passo',
      confirmLabel: `Conferma: elimina «${nodeId}»`,
      testid: 'node-remove',
      async run() {
        const nodes = { ...tree.nodes };
        delete nodes[nodeId];
        if (!(await ctx.edit('PUT', `/content/draft/trees/${encodeURIComponent(tree.id)}`, { tree: { ...tree, nodes } }))) return;
        // The texts made in the console for this step go with it, unless another step shows them.
        const stillShown = new Set(ctx.model.trees.flatMap((other) => Object.entries(other.id === tree.id ? nodes : other.nodes).flatMap(([, shown]) => textKeysOfNode(shown))));
        const changes = textKeysOfNode(node).filter((key) => /^[a-z][a-zA-Z0-9]*:custom\./.test(key) && !stillShown.has(key)).map((key) => ({ language: 'it', key, text: null }));
        if (changes.length && !(await ctx.edit('PUT', '/content/draft/texts', { changes }))) return;
        await reloadAt(ctx, treeHref(tree.id));
        flash(`Passo «${nodeId}» eliminato dalla bozza.`, 'ok');
      },
    }).element);
}

function textKeysOfNode(node) {
  return [...(node.text ? [node.text] : []), ...(node.type === 'choice' ? node.choices.map((choice) => choice.label) : [])];
}

/** ctx: {model, edit, reload}. */
export function nodeEditor(ctx, tree, nodeId) {
  const { model } = ctx;
  const node = tree.nodes[nodeId];
  const taken = model.keys();
  const text = node.text ? languageFields(model, node.text, { testid: 'node-text', note: sharedNote(model, node.text, tree.id, nodeId) }) : null;
  const buttons = node.type === 'choice' ? buttonsEditor(model, tree, nodeId, node, taken) : null;
  const settings = nodeSettings(tree, model, node, buttons);
  const problems = problemBox('node-error');
  const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'node-save' }, 'Salva il passo');
  const form = h('form', { class: 'panel node-editor', novalidate: true, testid: `node-editor-${nodeId}`, dataset: { node: nodeId } },
    h('h3', null, `Passo «${nodeId}» · ${KINDS[node.type] || node.type}`),
    text ? h('fieldset', { class: 'group' }, h('legend', null, node.type === 'message' ? 'Testo del messaggio' : 'Testo della domanda'), text.element) : null,
    buttons ? buttons.element : null,
    settings.element,
    problems.element,
    h('div', { class: 'row between' }, removal(ctx, tree, nodeId), save));

  problems.guard(form, save, {
    read: () => ({ changes: [...(text ? text.changes() : []), ...(buttons ? buttons.changes() : [])], node: settings.read() }),
    check: ({ changes }) => [
      ...(text && !text.italian() ? ['il testo in italiano non può essere vuoto'] : []),
      ...settings.problems(),
      ...changes.filter((change) => change.text && change.text.length > 4096).map((change) => `il testo in ${change.language} è più lungo di 4096 caratteri`),
    ],
    async send({ changes, node: edited }) {
      const linksChanged = canonical(edited) !== canonical(node);
      if (!changes.length && !linksChanged) {
        flash('Non hai cambiato niente.', 'info');
        return;
      }
      if (changes.length && !(await ctx.edit('PUT', '/content/draft/texts', { changes }))) return;
      if (linksChanged && !(await ctx.edit('PUT', `/content/draft/trees/${encodeURIComponent(tree.id)}`, { tree: { ...tree, nodes: { ...tree.nodes, [nodeId]: edited } } }))) return;
      await reloadAt(ctx, treeHref(tree.id, nodeId));
      flash('Passo salvato nella bozza.', 'ok');
    },
  });
  return form;
}
