// The dialogs of the bot, each with its number of steps and its first text.
import { h } from '../../dom.js';
import { treeHref } from './contentRoute.js';
import { unreachableNodes } from './treeGraph.js';
import { treeName } from './words.js';

function firstText(tree, model) {
  const start = tree.nodes[tree.start];
  return (start && start.text && model.italian(start.text)) || '';
}

export function treeList(model) {
  return h('section', { class: 'section', 'aria-labelledby': 'h-trees' },
    h('h2', { id: 'h-trees' }, 'Dialoghi del bot'),
    h('p', { class: 'hint' }, 'Ogni dialogo è una serie di passi: messaggi, domande con pulsanti, domande a cui l’inquilino risponde. Apri un dialogo per vederne lo schema e modificarne i testi e i collegamenti.'),
    h('div', { class: 'cards tree-cards', testid: 'tree-list' }, model.trees.map((tree) => {
      const lost = unreachableNodes(tree).length;
      return h('a', { class: 'card tree-card', href: treeHref(tree.id), testid: `tree-item-${tree.id}` },
        h('strong', { class: 'tree-card-name' }, treeName(tree.id)),
        h('span', { class: 'muted' }, `${Object.keys(tree.nodes).length} passi`, tree.discreet ? ' · riservato: non lascia traccia' : '', tree.private ? ' · non finisce nella conversazione letta dallo staff' : ''),
        lost ? h('span', { class: 'badge badge-missing' }, `${lost} passi non raggiungibili`) : null,
        h('span', { class: 'preview', dir: 'auto' }, firstText(tree, model)));
    })));
}
