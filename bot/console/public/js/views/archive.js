// Closed requests: searched by tenant, text, label and closing day, each opening its request page.
import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { fmtDateTime, outcomeName, statusName, topicName } from '../format.js';
import { tenantName } from './tenant.js';

export function archiveView(main) {
  const field = (id, label, attrs) => [h('label', { for: id }, label), h('input', { id, testid: id, ...attrs })];
  const [qLabel, q] = field('archive-q', 'Cerca (inquilino, testo, #numero)', { type: 'search', maxlength: '200' });
  const [labelLabel, label] = field('archive-label', 'Etichetta', { type: 'text', maxlength: '40' });
  const [fromLabel, from] = field('archive-from', 'Chiuse dal', { type: 'date' });
  const [toLabel, to] = field('archive-to', 'al', { type: 'date' });
  const results = h('ul', { class: 'plain-list', testid: 'archive-results' });
  const count = h('p', { class: 'muted', testid: 'archive-count', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel search-form', role: 'search' },
    h('div', null, qLabel, q), h('div', null, labelLabel, label), h('div', null, fromLabel, from), h('div', null, toLabel, to),
    h('button', { type: 'submit', class: 'btn btn-primary', testid: 'archive-search' }, 'Cerca'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Richieste chiuse'), h('a', { href: '#/queue', class: 'back-link' }, '← Coda')), form, count, results);

  async function load() {
    const params = new URLSearchParams();
    for (const [name, input] of [['q', q], ['label', label], ['from', from], ['to', to]]) if (input.value.trim()) params.set(name, input.value.trim());
    const found = await api('GET', `/requests?${params}`);
    count.textContent = found.length === 100 ? 'Le prime 100 richieste trovate: restringi la ricerca.' : `${found.length} richieste trovate.`;
    clear(results).append(...found.map((request) => h('li', { testid: `archive-item-${request.id}` },
      h('a', { href: `#/requests/${request.id}`, class: 'req-id' }, `#${request.id}`), ' · ',
      h('a', { href: `#/tenants/${encodeURIComponent(request.tenantId)}` }, h('bdi', null, tenantName({ id: request.tenantId, name: request.tenantName }))), ' · ',
      statusName(request.status), request.outcome ? ` (${outcomeName(request.outcome)})` : '', ' · ', topicName(request.topic), ' · ',
      request.neighbourhoodName, ' · chiusa ', fmtDateTime(request.closedAt),
      request.labels.length ? ` · ${request.labels.join(', ')}` : '',
      request.preview ? h('div', { class: 'preview', dir: 'auto', lang: request.language }, request.preview) : null)));
  }

  return { name: 'archive', load };
}
