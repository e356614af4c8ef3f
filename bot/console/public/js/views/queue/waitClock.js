// The "in attesa da …" clocks on queue cards, and the ticker that moves them on.
import { h } from '../../dom.js';
import { fmtDuration, parseDate } from '../../format.js';

/** Waiting time, updated every few seconds by tickClocks from data-visible-at. */
export function waitClock(summary, fetchedAt) {
  // Correct the browser clock against the server's waitingSeconds, when the two disagree by more than a minute.
  const visibleAt = parseDate(summary.visibleAt) || parseDate(summary.createdAt);
  let skew = 0;
  if (visibleAt && typeof summary.waitingSeconds === 'number') {
    const local = (fetchedAt - visibleAt.getTime()) / 1000;
    if (Math.abs(summary.waitingSeconds - local) > 60) skew = (summary.waitingSeconds - local) * 1000;
  }
  return h('span', {
    class: 'wait',
    testid: `wait-${summary.id}`,
    dataset: { visibleAt: visibleAt ? String(visibleAt.getTime()) : '', skew: String(skew), requestId: String(summary.id) },
  }, waitText(visibleAt ? visibleAt.getTime() : Date.now(), skew));
}

function waitText(visibleAtMs, skew) {
  return `in attesa da ${fmtDuration((Date.now() + skew - visibleAtMs) / 1000)}`;
}

/** Waiting times move on their own; a card passing its neighbourhood's limit turns overdue without a refetch. */
export function tickClocks(root) {
  for (const clock of root.querySelectorAll('.wait[data-visible-at]')) {
    const visibleAt = Number(clock.dataset.visibleAt);
    if (!visibleAt) continue;
    const skew = Number(clock.dataset.skew) || 0;
    clock.textContent = waitText(visibleAt, skew);
    const cardElement = clock.closest('.card');
    const limit = Number(cardElement && cardElement.dataset.limit);
    if (cardElement && limit && Date.now() + skew - visibleAt >= limit * 60000 && !cardElement.classList.contains('overdue')) {
      cardElement.classList.add('overdue');
      cardElement.dataset.overdue = 'true';
      const badge = cardElement.querySelector('.badge-overdue');
      if (badge) badge.hidden = false;
    }
  }
}
