// The tenant's rating of a closed request, when there is one.
import { clear, h } from '../../dom.js';

export function ratingPanel() {
  const element = h('div', { class: 'rating panel', testid: 'rating', hidden: true });

  function render(request) {
    clear(element);
    if (request.rating === null || request.rating === undefined) {
      element.hidden = true;
      return;
    }
    element.hidden = false;
    element.append(h('h2', null, 'Valutazione'),
      h('p', { class: 'stars', testid: 'rating-value', 'aria-label': `${request.rating} su 5` }, `${'★'.repeat(request.rating)}${'☆'.repeat(Math.max(0, 5 - request.rating))} ${request.rating}/5`));
    if (request.ratingComment) element.append(h('blockquote', { dir: 'auto', testid: 'rating-comment' }, request.ratingComment));
  }

  return { element, render };
}
