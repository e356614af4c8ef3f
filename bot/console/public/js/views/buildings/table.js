// The building list: code, address, neighbourhood, staircases, reports, and the button to its QR poster.
import { clear, h } from '../../dom.js';
import { sampleBadge } from '../reports/badges.js';

const COLUMNS = ['Codice', 'Indirizzo', 'Quartiere', 'Scale', 'Segnalazioni', ''];

/** onPoster(building) opens the poster control of a building. */
export function buildingTable(onPoster) {
  const search = h('input', { type: 'search', id: 'building-search', testid: 'building-search', placeholder: 'via, numero o codice', autocomplete: 'off' });
  const shown = h('p', { class: 'muted small', testid: 'buildings-shown', 'aria-live': 'polite' });
  const wrap = h('div', { class: 'table-wrap', testid: 'buildings' });
  const element = h('section', { class: 'section', 'aria-labelledby': 'h-buildings' },
    h('h2', { id: 'h-buildings' }, 'Elenco degli edifici'),
    h('div', { class: 'field narrow' }, h('label', { for: 'building-search' }, 'Cerca'), search), shown, wrap);
  let buildings = [];
  let neighbourhoodName = (id) => id;

  function row(building) {
    return h('tr', { testid: `building-row-${building.code}`, dataset: { buildingId: building.id } },
      h('th', { scope: 'row' }, building.code, ' ', building.sample ? sampleBadge() : null),
      h('td', null, building.address),
      h('td', null, neighbourhoodName(building.neighbourhoodId)),
      h('td', null, building.staircases.length ? building.staircases.join(', ') : 'un solo ingresso'),
      h('td', { class: 'num' }, String(building.reports)),
      h('td', null, h('button', { type: 'button', class: 'btn btn-small', testid: `poster-open-${building.code}`, on: { click: () => onPoster(building) } }, 'Manifesto QR')));
  }

  function draw() {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const matching = buildings.filter((building) => words.every((word) => `${building.code} ${building.address}`.toLowerCase().includes(word)));
    shown.textContent = `${matching.length} edifici${matching.length === buildings.length ? '' : ` su ${buildings.length}`}.`;
    clear(wrap).appendChild(matching.length
      ? h('table', { class: 'table' }, h('thead', null, h('tr', null, COLUMNS.map((label) => h('th', { scope: 'col' }, label)))), h('tbody', null, matching.map(row)))
      : h('p', { class: 'empty pad' }, buildings.length ? 'Nessun edificio corrisponde alla ricerca.' : 'Nessun edificio: importa il registro da un file CSV.'));
  }
  search.addEventListener('input', draw);

  /** list: GET /buildings; names: neighbourhood id → name. */
  function render(list, names) {
    buildings = list;
    neighbourhoodName = names;
    draw();
  }

  return { element, render };
}
