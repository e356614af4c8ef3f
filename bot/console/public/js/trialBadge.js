// The "prova" mark: what sandbox tenants made (a trial), counted in no figure and removed after a day.
import { h } from './dom.js';

export function trialBadge(testid) {
  return h('span', { class: 'badge badge-trial', testid, title: 'Fatto nella prova (sandbox): escluso dai numeri, cancellato dopo un giorno' }, 'prova');
}
