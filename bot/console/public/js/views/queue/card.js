// One request in the queue: badges, waiting clock, who has it, the claim button.
import { may } from '../../api.js';
import { claimRequest } from '../../claim.js';
import { h } from '../../dom.js';
import { dayTimeFormat, parseDate, topicName } from '../../format.js';
import { state } from '../../state.js';
import { waitClock } from './waitClock.js';
import { trialBadge } from '../../trialBadge.js';

/** kind is the queue section: 'waiting', 'active' or 'upcoming'; limit the neighbourhood's claim limit in minutes. */
export function queueCard(item, kind, fetchedAt, limit) {
  const claimError = h('p', { class: 'form-error', testid: `claim-error-${item.id}`, role: 'alert', hidden: true });
  // Only roles that may act on requests get the button (admins view them, the server refuses their claims).
  const claim = may('requests.act') && (kind === 'waiting' || (kind === 'upcoming' && item.status === 'waiting'))
    ? h('button', {
        type: 'button', class: 'btn btn-primary', testid: `claim-${item.id}`,
        on: { click: async (event) => {
          const button = event.currentTarget;
          button.disabled = true;
          const ok = await claimRequest(item.id, claimError);
          button.disabled = false;
          if (ok) location.hash = `#/requests/${item.id}`;
        } },
      }, 'Prendi in carico')
    : null;
  let who = null;
  if (kind === 'active') {
    who = item.status === 'bot'
      ? h('span', { class: 'who-tag who-bot' }, 'Restituita al bot')
      : h('span', { class: ['who-tag', item.claimedBy && item.claimedBy.id === state.staff.id ? 'who-me' : ''] },
          'In carico a ', h('strong', null, item.claimedBy ? (item.claimedBy.id === state.staff.id ? 'te' : item.claimedBy.name) : '—'));
  }
  return h('article', {
    class: ['card', item.overdue ? 'overdue' : '', item.urgent ? 'urgent' : '', `card-${kind}`],
    testid: `queue-item-${item.id}`,
    dataset: { status: item.status, requestId: item.id, overdue: item.overdue ? 'true' : 'false', limit: limit || '' },
  },
    h('div', { class: 'card-top' },
      h('a', { class: 'req-id', href: `#/requests/${item.id}`, testid: `open-${item.id}` }, `#${item.id}`),
      item.urgent ? h('span', { class: 'badge badge-urgent', testid: `urgent-${item.id}` }, '⚠ Urgente') : null,
      item.trial ? trialBadge(`trial-${item.id}`) : null,
      h('span', { class: 'badge badge-overdue', testid: `overdue-${item.id}`, hidden: !item.overdue }, '⏰ Oltre il limite'),
      item.over65 === true ? h('span', { class: 'badge badge-65', testid: `over65-${item.id}` }, 'Over 65') : null,
      kind === 'upcoming'
        ? h('span', { class: 'wait wait-upcoming', testid: `opens-${item.id}` }, `entra in coda ${dayTimeFormat.format(parseDate(item.visibleAt) || new Date())}`)
        : (kind === 'waiting' ? waitClock(item, fetchedAt) : null),
    ),
    h('div', { class: 'card-meta' },
      h('span', { class: 'meta-nb' }, item.neighbourhoodName || item.neighbourhoodId),
      h('span', { class: 'meta-topic' }, topicName(item.topic)),
      h('span', { class: 'meta-lang' }, h('bdi', { lang: item.language }, item.languageName || item.language)),
      item.tenantName ? h('span', { class: 'meta-tenant' }, h('bdi', null, item.tenantName)) : null,
    ),
    item.preview ? h('p', { class: 'preview', dir: 'auto', lang: item.language }, item.preview) : null,
    (item.labels || []).length ? h('ul', { class: 'labels', 'aria-label': 'Etichette' }, item.labels.map((label) => h('li', { class: 'label' }, h('bdi', null, label)))) : null,
    h('div', { class: 'card-actions' }, who, claim,
      h('a', { class: 'btn btn-ghost', href: `#/requests/${item.id}` }, kind === 'active' ? 'Apri la chat' : 'Dettagli')),
    claimError);
}
