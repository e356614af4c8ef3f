// The tenants who reported the fault: name, language, what each wrote, their answer to "is it fixed?".
import { clear, h } from '../../dom.js';
import { fmtDateTime } from '../../format.js';
import { tenantName } from '../tenant.js';

const FIX_ANSWERS = { yes: 'Sì, è risolto', no: 'No, non è risolto' };

/** languageName: code → the language's own name. */
export function reportReporters(languageName) {
  const element = h('section', { class: 'panel', testid: 'report-reporters', 'aria-labelledby': 'h-report-reporters' });

  function render(report) {
    const reporters = report.reporters || [];
    clear(element).appendChild(h('h2', { id: 'h-report-reporters' }, `Segnalanti (${reporters.length})`));
    if (!reporters.length) {
      element.appendChild(h('p', { class: 'empty' }, 'Nessun inquilino: segnalazione arrivata da un servizio esterno.'));
      return;
    }
    element.appendChild(h('ul', { class: 'reporter-list' }, reporters.map((reporter) => h('li', { testid: 'reporter' },
      h('div', { class: 'row' },
        h('a', { href: `#/tenants/${encodeURIComponent(reporter.tenantId)}`, testid: 'reporter-tenant' }, h('strong', null, h('bdi', null, tenantName({ id: reporter.tenantId, name: reporter.name })))),
        h('span', { class: 'pill', lang: reporter.language, testid: 'reporter-language' }, languageName(reporter.language)),
        h('span', { class: 'muted small' }, fmtDateTime(reporter.createdAt))),
      reporter.description ? h('p', { class: 'preview', dir: 'auto', lang: reporter.language }, reporter.description) : null,
      reporter.fixAnswer ? h('p', { class: 'small', testid: 'reporter-fix' }, 'Risolto? ', h('strong', null, FIX_ANSWERS[reporter.fixAnswer] || reporter.fixAnswer)) : null))));
  }

  return { element, render };
}
