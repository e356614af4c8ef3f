// Top of the request page: number, status and badges, then the facts (neighbourhood, topic, language, …).
import { clear, h } from '../../dom.js';
import { fmtDateTime, outcomeName, statusName, topicName } from '../../format.js';
import { tenantName } from '../tenant.js';

export function requestHeader() {
  const element = h('div', { class: 'req-header panel', testid: 'request-header' });

  function render(request) {
    clear(element).append(
      h('div', { class: 'req-title' },
        h('h1', null, `Richiesta #${request.id}`),
        h('span', { class: ['status', `status-${request.status}`], testid: 'request-status', dataset: { status: request.status } }, statusName(request.status)),
        request.urgent ? h('span', { class: 'badge badge-urgent' }, '⚠ Urgente') : null,
        request.over65 === true ? h('span', { class: 'badge badge-65' }, 'Over 65') : null,
        request.overdue && request.status === 'waiting' ? h('span', { class: 'badge badge-overdue' }, '⏰ Oltre il limite') : null),
      h('dl', { class: 'facts' },
        fact('Quartiere', request.neighbourhoodName, 'request-neighbourhood'),
        fact('Argomento', topicName(request.topic), 'request-topic'),
        fact('Lingua', h('bdi', { lang: request.language }, request.languageName || request.language), 'request-language'),
        fact('Inquilino', tenantLink(request), 'request-tenant'),
        fact('Richieste precedenti', request.earlierRequests ? h('a', { href: `#/tenants/${encodeURIComponent(request.tenantId)}`, testid: 'earlier-requests' }, String(request.earlierRequests)) : 'nessuna'),
        fact('In carico a', request.claimedBy ? request.claimedBy.name : '—', 'request-claimed-by'),
        fact('Arrivata', fmtDateTime(request.createdAt)),
        request.closedAt ? fact('Chiusa', fmtDateTime(request.closedAt)) : null,
        request.outcome ? fact('Esito', outcomeName(request.outcome), 'request-outcome') : null,
        (request.labels || []).length ? fact('Etichette', request.labels.join(', ')) : null));
  }

  return { element, render };
}

/** The tenant's name, opening their page (language, neighbourhood, earlier requests, reports). */
function tenantLink(request) {
  return h('a', { href: `#/tenants/${encodeURIComponent(request.tenantId)}`, testid: 'tenant-link' }, h('bdi', null, tenantName({ id: request.tenantId, name: request.tenantName })));
}

export function fact(term, value, testid) {
  return h('div', { class: 'fact' }, h('dt', null, term), h('dd', { testid }, value));
}
