// What differs between two versions (or a version and the draft): the texts before and after, the steps added,
// removed or changed.
import { h } from '../../dom.js';
import { treeHref } from './contentRoute.js';
import { textDir, treeName } from './words.js';

const CHANGES = { added: 'aggiunto', removed: 'tolto', changed: 'cambiato' };

function textsTable(texts, model) {
  const language = (code) => model.languages.find((entry) => entry.code === code) || { code, label: code, dir: 'ltr' };
  const cell = (text, entry) => h('td', { lang: entry.code, dir: textDir(entry), class: 'diff-text' }, text === null ? h('span', { class: 'muted' }, '(nessun testo)') : text);
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table', testid: 'compare-texts' },
    h('thead', null, h('tr', null, ['Lingua', 'Testo', 'Prima', 'Dopo'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', null, texts.map((change) => {
      const entry = language(change.language);
      return h('tr', { testid: `compare-text-${change.language}-${change.key}` },
        h('td', null, entry.label), h('td', { class: 'mono small' }, change.key), cell(change.before, entry), cell(change.after, entry));
    }))));
}

function nodesList(nodes, model) {
  return h('ul', { testid: 'compare-nodes' }, nodes.map((change) => {
    const where = change.node ? `Dialogo «${treeName(change.tree)}», passo «${change.node}»` : `Dialogo «${treeName(change.tree)}»`;
    const tree = model.tree(change.tree);
    const linked = tree && (!change.node || tree.nodes[change.node]);
    return h('li', { testid: 'compare-node', dataset: { change: change.change } },
      linked ? h('a', { href: treeHref(change.tree, change.node) }, where) : where, `: ${CHANGES[change.change] || change.change}`);
  }));
}

/** diff: the server's {texts, nodes}; title: what was compared with what. */
export function comparison(diff, title, model) {
  const empty = !diff.texts.length && !diff.nodes.length;
  return h('section', { class: 'panel', testid: 'compare-result', 'aria-label': title },
    h('h3', null, title),
    empty ? h('p', { class: 'empty' }, 'Nessuna differenza.') : null,
    diff.nodes.length ? [h('h4', null, `Passi (${diff.nodes.length})`), nodesList(diff.nodes, model)] : null,
    diff.texts.length ? [h('h4', null, `Testi (${diff.texts.length})`), textsTable(diff.texts, model)] : null);
}
