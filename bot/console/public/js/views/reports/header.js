// Top of the report page: code, status and badges, then the facts (where, what, who has it, when).
import { clear, h } from '../../dom.js';
import { fmtDateTime } from '../../format.js';
import { sampleBadge, statusBadge } from './badges.js';
import { categoryName, placeText, reasonName, sourceName } from './words.js';
import { trialBadge } from '../../trialBadge.js';

function fact(term, value, testid) {
  return h('div', { class: 'fact' }, h('dt', null, term), h('dd', { testid }, value));
}

/** neighbourhoodName: id → name. */
export function reportHeader(neighbourhoodName) {
  const element = h('div', { class: 'panel', testid: 'report-header' });

  function render(report) {
    clear(element).append(
      h('div', { class: 'req-title' },
        h('h1', { testid: 'report-code' }, report.code),
        statusBadge(report.status, 'report-status'),
        report.building.sample ? sampleBadge() : null, report.trial ? trialBadge('trial') : null),
      h('dl', { class: 'facts' },
        fact('Quartiere', neighbourhoodName(report.neighbourhoodId), 'report-neighbourhood'),
        fact('Edificio', `${report.building.address} (${report.building.code})`, 'report-building'),
        fact('Luogo', placeText(report.place) || '—', 'report-place'),
        fact('Categoria', categoryName(report.category), 'report-category'),
        fact('Arrivata', fmtDateTime(report.createdAt), 'report-created'),
        fact('Da', sourceName(report.source), 'report-source'),
        fact('Assegnata a', report.assignedTo || '—', 'report-assigned'),
        report.scheduledFor
          ? fact(report.status === 'scheduled' ? 'Intervento programmato' : 'Intervento (programmato prima)', fmtDateTime(report.scheduledFor), 'report-scheduled')
          : null,
        report.resolvedAt ? fact('Risolta il', fmtDateTime(report.resolvedAt)) : null,
        report.closedAt ? fact('Chiusa il', fmtDateTime(report.closedAt)) : null,
        report.rejectReason ? fact('Motivo', reasonName(report.rejectReason), 'report-reason') : null,
        report.duplicateOf ? fact('Doppione di', h('a', { href: `#/reports/${report.duplicateOf.id}` }, report.duplicateOf.code), 'report-duplicate-of') : null,
        report.reopenCount ? fact('Riaperta', `${report.reopenCount} ${report.reopenCount === 1 ? 'volta' : 'volte'}`, 'report-reopened') : null));
  }

  return { element, render };
}
