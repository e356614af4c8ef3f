// A dialog as an outline: its steps in the order a tenant meets them, each with its kind, its Italian text, its
// buttons and where each leads; the steps nothing leads to come last, flagged.
import { h } from '../../dom.js';
import { targetText } from './targets.js';
import { brokenLinks, linkersOf, linksOf, pathOrder, textKeysOf, unreachableNodes } from './treeGraph.js';
import { KINDS } from './words.js';

/** "Traduzioni: 2 mancanti, 1 da aggiornare" for a step's texts (nothing when all are translated). */
function translationNote(node, model) {
  const counts = { missing: 0, outdated: 0 };
  for (const key of textKeysOf(node)) {
    for (const language of model.languages) {
      const { state } = model.cell(key, language.code);
      if (state in counts) counts[state] += 1;
    }
  }
  const parts = [counts.missing ? `${counts.missing} mancanti` : '', counts.outdated ? `${counts.outdated} da aggiornare` : ''].filter(Boolean);
  return parts.length ? h('span', { class: 'badge badge-outdated' }, `Traduzioni: ${parts.join(', ')}`) : null;
}

/** What takes this way: a button, an outcome of the action, a neighbourhood of the branch, or nothing in particular. */
function linkName({ label }, node, model) {
  if (node.type === 'choice') return `«${model.italian(label) || label}»`;
  if (node.type === 'branch') return label ? `a ${model.neighbourhoodName(label)}` : 'negli altri quartieri';
  return label ? `se «${label}»` : 'poi';
}

function linkLine(link, node, tree, model, onOpen) {
  const { next } = link;
  const name = linkName(link, node, model);
  const target = typeof next === 'string' && tree.nodes[next]
    ? h('button', { type: 'button', class: 'link-button', on: { click: () => onOpen(next) } }, targetText(next, tree))
    : h('span', { class: next && !next.startsWith('@') ? 'form-error' : '' }, targetText(next, tree));
  return h('li', null, h('span', { dir: 'auto' }, name), ' → ', target);
}

/** onOpen(nodeId) opens a step in the editor. */
export function treeOutline(tree, model, onOpen) {
  const lost = new Set(unreachableNodes(tree));
  const items = new Map();
  const element = h('ol', { class: 'outline', testid: 'tree-outline' }, [...pathOrder(tree), ...lost].map((id) => {
    const node = tree.nodes[id];
    const text = node.text ? model.italian(node.text) : null;
    const item = h('li', { class: ['outline-node', lost.has(id) ? 'outline-lost' : ''], testid: `outline-node-${id}`, dataset: { node: id, kind: node.type } },
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'btn outline-open', testid: `outline-open-${id}`, on: { click: () => onOpen(id) } }, `Apri «${id}»`),
        h('span', { class: 'outline-kind' }, node.type === 'action' ? `${KINDS.action}: ${node.action}` : KINDS[node.type]),
        id === tree.start ? h('span', { class: 'badge badge-start' }, 'Inizio') : null,
        lost.has(id) ? h('span', { class: 'badge badge-missing', testid: `outline-lost-${id}` }, 'Non raggiungibile: nessun passo porta qui') : null,
        brokenLinks(tree, node).length ? h('span', { class: 'badge badge-missing', testid: `outline-broken-${id}` }, 'Collegamento a un passo che non esiste') : null,
        translationNote(node, model)),
      node.text ? h('p', { class: 'preview outline-text', dir: 'auto' }, text === null ? `⚠ manca il testo italiano (${node.text})` : text) : null,
      h('ul', { class: 'outline-links' }, linksOf(node).map((link) => linkLine(link, node, tree, model, onOpen))),
      h('p', { class: 'muted small' }, `Ci arrivano: ${linkersOf(tree, id).map((from) => `«${from}»`).join(', ') || (id === tree.start ? 'l’inizio del dialogo' : 'nessun passo')}`));
    items.set(id, item);
    return item;
  }));

  /** Marks the step open in the editor. */
  function select(id) {
    for (const [nodeId, item] of items) {
      item.classList.toggle('selected', nodeId === id);
      if (nodeId === id) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  }

  return { element, select };
}
