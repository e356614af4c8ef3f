// What the tenant told: the description, the answers to the category's questions, when someone can come in
// (with the number to call first, when the tenant asked for a call).
import { clear, h } from '../../dom.js';
import { DETAIL_ANSWERS, DETAIL_QUESTIONS } from '../../labels.js';
import { accessName } from './words.js';

/** Questions answered with a button: their answer is a code. */
const CHOICES = new Set(['liftStuck', 'ceiling', 'heatingSince']);
const questionName = (id) => DETAIL_QUESTIONS[id] || id;
const answerText = (id, answer) => (CHOICES.has(id) && DETAIL_ANSWERS[answer]) || String(answer);

export function reportDescription() {
  const element = h('section', { class: 'panel', testid: 'report-description', 'aria-labelledby': 'h-report-description' });

  function render(report) {
    const { callPhone, ...answers } = report.details || {};
    const details = Object.entries(answers);
    clear(element).append(
      h('h2', { id: 'h-report-description' }, 'Descrizione'),
      h('p', { class: 'report-text', dir: 'auto', testid: 'report-text' }, report.description || '—'),
      details.length
        ? h('dl', { class: 'facts', testid: 'report-details' },
          details.map(([question, answer]) => h('div', { class: 'fact' }, h('dt', null, questionName(question)), h('dd', { dir: 'auto' }, answerText(question, answer)))))
        : null,
      h('p', null, h('strong', null, 'Quando si può entrare: '), h('span', { testid: 'report-access' }, report.access ? accessName(report.access) : 'non indicato'),
        callPhone ? [' · 📞 ', h('a', { href: `tel:${callPhone}`, testid: 'report-call-phone' }, callPhone)] : null));
  }

  return { element, render };
}
