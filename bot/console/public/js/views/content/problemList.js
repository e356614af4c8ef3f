// The content check's problems, each with a link to where it is: the step of the dialog, or the translation
// table on that text and language.
import { clear, h } from '../../dom.js';
import { translationsHref, treeHref } from './contentRoute.js';
import { problemText } from './problemWords.js';
import { treeName } from './words.js';

function whereLinks(problem, model) {
  const links = [];
  if (problem.tree) {
    links.push(h('a', { href: treeHref(problem.tree, problem.node), testid: 'problem-node-link' },
      problem.node ? `Dialogo «${treeName(problem.tree)}», passo «${problem.node}»` : `Dialogo «${treeName(problem.tree)}»`));
  }
  if (problem.language) {
    const language = model.languages.find((entry) => entry.code === problem.language);
    const name = language ? language.label : problem.language;
    links.push(h('a', { href: translationsHref({ language: problem.language, search: problem.key }), testid: 'problem-text-link' },
      problem.key ? `${name}: ${problem.key}` : name));
  }
  return links;
}

export function problemList(testid) {
  const element = h('div', { testid, role: 'alert', hidden: true });

  /** problems: the server's list; intro: the sentence above it. */
  function show(problems, intro, model) {
    clear(element).append(h('p', { class: 'form-error' }, intro),
      h('ul', { class: 'problem-list' }, problems.map((problem) => h('li', {
        testid: 'content-problem', dataset: { tree: problem.tree || '', node: problem.node || '', language: problem.language || '', key: problem.key || '' },
      }, h('span', null, problemText(problem.problem)), ' ', whereLinks(problem, model)))));
    element.hidden = false;
  }

  function hide() {
    clear(element);
    element.hidden = true;
  }

  return { element, show, hide };
}
