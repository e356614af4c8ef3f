// The report list's filters: neighbourhood, building, category, status and age, as the API's query.
import { api } from '../../api.js';
import { clear, h } from '../../dom.js';
import { REPORT_CATEGORIES, REPORT_STATUSES } from '../../labels.js';

/** Age ranges: the select's value → minAgeDays / maxAgeDays. */
const AGES = {
  '': ['Qualsiasi data', {}],
  recent: ['Meno di 7 giorni', { maxAgeDays: 7 }],
  month: ['Da 7 a 30 giorni', { minAgeDays: 7, maxAgeDays: 30 }],
  old: ['Più di 30 giorni', { minAgeDays: 30 }],
};

/** The filters chosen last, so that coming back from a report shows the same list. */
let remembered = { neighbourhoodId: '', buildingId: '', category: '', status: '', age: '' };

function select(id, label, options, value) {
  const element = h('select', { id, testid: id, name: id }, options.map(([optionValue, text]) => h('option', { value: optionValue }, text)));
  element.value = value;
  return { element, field: h('div', { class: 'field' }, h('label', { for: id }, label), element) };
}

/** neighbourhoods: [{id, name}]; onChange runs whenever a filter changes. */
export function reportFilters(neighbourhoods, onChange) {
  const only = neighbourhoods.length === 1 ? neighbourhoods[0].id : '';
  const neighbourhood = select('filter-neighbourhood', 'Quartiere',
    [['', only ? neighbourhoods[0].name : 'Tutti i quartieri'], ...(only ? [] : neighbourhoods.map((item) => [item.id, item.name]))], remembered.neighbourhoodId);
  const building = select('filter-building', 'Edificio', [['', 'Tutti gli edifici']], '');
  const category = select('filter-category', 'Categoria', [['', 'Tutte le categorie'], ...Object.entries(REPORT_CATEGORIES)], remembered.category);
  const status = select('filter-status', 'Stato',
    [['', 'Tutti gli stati'], ['open', 'Aperte (ricevute, assegnate, programmate)'], ...Object.entries(REPORT_STATUSES)], remembered.status);
  const age = select('filter-age', 'Età della segnalazione', Object.entries(AGES).map(([value, [text]]) => [value, text]), remembered.age);
  const element = h('form', { class: 'filters', testid: 'report-filters', role: 'search', 'aria-label': 'Filtri delle segnalazioni' },
    neighbourhood.field, building.field, category.field, status.field, age.field);
  element.addEventListener('submit', (event) => event.preventDefault());

  /** The buildings of the chosen neighbourhood (all buildings would be too many to choose from). */
  async function loadBuildings() {
    const neighbourhoodId = neighbourhood.element.value || only;
    clear(building.element).appendChild(h('option', { value: '' }, neighbourhoodId ? 'Tutti gli edifici' : 'Scegli prima il quartiere'));
    building.element.disabled = !neighbourhoodId;
    if (!neighbourhoodId) return;
    const buildings = await api('GET', `/buildings?neighbourhoodId=${encodeURIComponent(neighbourhoodId)}`);
    for (const item of buildings) building.element.appendChild(h('option', { value: item.id }, `${item.address} (${item.code})`));
    if (buildings.some((item) => item.id === remembered.buildingId)) building.element.value = remembered.buildingId;
  }

  element.addEventListener('change', async (event) => {
    if (event.target === neighbourhood.element) {
      remembered.buildingId = '';
      await loadBuildings().catch(() => undefined);
    }
    read();
    onChange();
  });

  /** What the selects show is what is remembered (an option the person cannot see is dropped). */
  function read() {
    remembered = {
      neighbourhoodId: neighbourhood.element.value,
      buildingId: building.element.value,
      category: category.element.value,
      status: status.element.value,
      age: age.element.value,
    };
  }

  /** Fills the building list of the remembered neighbourhood; call once before the first query. */
  async function ready() {
    await loadBuildings().catch(() => undefined);
    read();
  }

  /** The query string of the chosen filters ('' with none). */
  function query() {
    const params = new URLSearchParams();
    for (const key of ['neighbourhoodId', 'buildingId', 'category', 'status']) if (remembered[key]) params.set(key, remembered[key]);
    for (const [key, days] of Object.entries((AGES[remembered.age] || AGES[''])[1])) params.set(key, String(days));
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  return { element, query, ready };
}
