// Small marks the report and building pages share: the status of a report, the "sample building" badge.
import { h } from '../../dom.js';
import { reportStatusName } from './words.js';

export function statusBadge(status, testid) {
  return h('span', { class: ['rstatus', `rstatus-${status}`], testid, dataset: { status } }, reportStatusName(status));
}

/** Buildings from the sample CSV are not ALER's register: said plainly wherever they show. */
export function sampleBadge() {
  return h('span', { class: 'badge badge-sample', testid: 'sample-badge', title: 'Edificio di esempio, non del registro ALER' }, 'ESEMPIO');
}
