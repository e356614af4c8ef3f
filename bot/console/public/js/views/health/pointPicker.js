// The health point a page shows: a select of the points the person may see; the choice is kept between pages.
import { clear, h } from '../../dom.js';

let remembered = '';

/** onChange runs when another point is chosen; label names the points (a health point, a centre desk). */
export function pointPicker(id, onChange, label = 'Punto salute') {
  const select = h('select', { id, testid: id, name: id });
  const element = h('div', { class: 'field' }, h('label', { for: id }, label), select);
  select.addEventListener('change', () => {
    remembered = select.value;
    onChange();
  });

  /** points: GET /health/points (already limited to the person's neighbourhoods). */
  function render(points) {
    clear(select).append(...points.map((point) => h('option', { value: point.id }, point.name)));
    if (points.some((point) => point.id === remembered)) select.value = remembered;
    remembered = select.value;
    select.disabled = points.length < 2;
  }

  return { element, render, value: () => select.value };
}
