// A tenant's page: who they are, and their requests, reports and appointments (as far as the role may see them).
import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { fmtDateTime, outcomeName, statusName, topicName } from '../format.js';
import { APPOINTMENT_STATUSES } from '../labels.js';
import { fact } from './request/header.js';
import { categoryName, reportStatusName } from './reports/words.js';

export function tenantView(main, id) {
  const body = h('div', { testid: 'tenant-page' });
  main.append(h('div', { class: 'page-head' }, h('a', { href: '#/queue', class: 'back-link', on: { click: goBack } }, '← Indietro')), body);

  async function load() {
    const tenant = await api('GET', `/tenants/${encodeURIComponent(id)}`);
    const name = tenantName(tenant);
    document.title = `${name} · Console C.A.S.A.`;
    clear(body).append(
      h('div', { class: 'panel' },
        h('h1', null, h('bdi', { testid: 'tenant-name' }, name), tenant.trial ? h('span', { class: 'badge' }, 'prova') : null),
        h('dl', { class: 'facts' },
          fact('Lingua', tenant.languageName ? h('bdi', { lang: tenant.language }, tenant.languageName) : '—', 'tenant-language'),
          fact('Quartiere', tenant.neighbourhoodName || 'non indicato', 'tenant-neighbourhood'),
          fact('Over 65', tenant.over65 === true ? 'Sì' : tenant.over65 === false ? 'No' : 'non indicato'),
          fact('Primo contatto', fmtDateTime(tenant.firstSeenAt)))),
      section('Richieste', 'tenant-requests', tenant.requests, (request) => h('li', null,
        h('a', { href: `#/requests/${request.id}` }, `#${request.id}`), ' · ', statusName(request.status), ' · ', topicName(request.topic),
        ' · ', request.neighbourhoodName, ' · ', fmtDateTime(request.createdAt),
        request.outcome ? ` · ${outcomeName(request.outcome)}` : '',
        request.preview ? h('div', { class: 'preview', dir: 'auto' }, request.preview) : null)),
      section('Segnalazioni', 'tenant-reports', tenant.reports, (report) => h('li', null,
        h('a', { href: `#/reports/${report.id}` }, report.code), ' · ', categoryName(report.category), ' · ', reportStatusName(report.status),
        ' · ', h('bdi', null, report.address), ' · ', fmtDateTime(report.createdAt))),
      tenant.appointments.length ? section('Appuntamenti di salute', 'tenant-appointments', tenant.appointments, (appointment) => h('li', null,
        fmtDateTime(appointment.startsAt), ' · ', appointment.pointName, ' · ', APPOINTMENT_STATUSES[appointment.status] || appointment.status)) : null);
  }

  return { name: 'tenants', load };
}

/** The tenant's name, or a stand-in that still tells tenants apart. */
export function tenantName(tenant) {
  return tenant.name || `Inquilino senza nome (${String(tenant.id).slice(-6)})`;
}

function goBack(event) {
  if (history.length > 1) {
    event.preventDefault();
    history.back();
  }
}

function section(title, testid, items, row) {
  return h('section', { class: 'panel', testid },
    h('h2', null, `${title} (${items.length})`),
    items.length ? h('ul', { class: 'plain-list' }, items.map(row)) : h('p', { class: 'empty' }, 'Nessuna.'));
}
