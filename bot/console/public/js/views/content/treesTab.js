// The "Dialoghi" tab: the list of dialogs, or one dialog as an outline with the chosen step open in the editor.
import { clear, h } from '../../dom.js';
import { addNodeForm } from './addNodeForm.js';
import { showAddress, tabHref, treeHref } from './contentRoute.js';
import { nodeEditor } from './nodeEditor.js';
import { otherEditors } from './otherEditors.js';
import { treeList } from './treeList.js';
import { treeOutline } from './treeOutline.js';
import { treeName } from './words.js';

/** ctx: {model, route, reload, edit}. */
export function treesTab(ctx) {
  const [treeId, nodeId] = ctx.route.rest;
  const tree = treeId && ctx.model.tree(treeId);
  if (!tree) return h('div', null, treeList(ctx.model), otherEditors());

  const editorBox = h('div', { class: 'node-editor-box', testid: 'node-editor-box' },
    h('p', { class: 'empty' }, 'Scegli un passo nello schema per vederlo e modificarlo.'));
  const outline = treeOutline(tree, ctx.model, open);

  /** Opens a step in the editor and keeps it in the address. */
  function open(id) {
    showAddress(treeHref(tree.id, id));
    outline.select(id);
    clear(editorBox).appendChild(nodeEditor(ctx, tree, id));
    editorBox.scrollIntoView({ block: 'start' });
  }

  const element = h('div', null,
    h('div', { class: 'row between' },
      h('h2', { testid: 'tree-title' }, `Dialogo: ${treeName(tree.id)}`),
      h('a', { class: 'btn btn-ghost', href: tabHref('trees'), testid: 'tree-back' }, '← Tutti i dialoghi')),
    h('p', { class: 'hint' }, 'I passi sono nell’ordine in cui l’inquilino li incontra. Le azioni del bot sono fatte dal programma: di loro puoi cambiare solo dove portano.'),
    addNodeForm(ctx, tree),
    h('div', { class: 'split content-split' }, outline.element, editorBox));
  if (nodeId && tree.nodes[nodeId]) queueMicrotask(() => open(nodeId));
  return element;
}
