// The translation table's filters: language, state, namespace (the part of the bot) and a search in keys and texts.
import { h } from '../../dom.js';
import { SOURCE, STATE_FILTERS } from './words.js';

/** filters: {language, state, namespace, search} as the address has them; onChange(filters) at every change. */
export function translationFilters(model, filters, onChange) {
  const namespaces = [...new Set(model.rows.map((row) => row.key.split(':')[0]))].sort();
  const select = (id, label, options, value) => {
    const control = h('select', { id, testid: id }, options.map(([optionValue, text]) => h('option', { value: optionValue }, text)));
    control.value = value || '';
    return { control, element: h('div', { class: 'field' }, h('label', { for: id }, label), control) };
  };
  const language = select('tr-language', 'Lingua', [['', 'Tutte'], ...model.languages.map((entry) => [entry.code, entry.label])], filters.language);
  const state = select('tr-state', 'Stato', STATE_FILTERS, filters.state);
  const namespace = select('tr-namespace', 'Parte del bot', [['', 'Tutte'], ...namespaces.map((name) => [name, name])], filters.namespace);
  const search = h('input', { type: 'search', id: 'tr-search', testid: 'tr-search', value: filters.search || '', placeholder: 'chiave o parole del testo' });
  const read = () => ({ language: language.control.value, state: state.control.value, namespace: namespace.control.value, search: search.value.trim() });
  for (const control of [language.control, state.control, namespace.control]) control.addEventListener('change', () => onChange(read()));
  search.addEventListener('input', () => onChange(read()));
  return h('div', { class: 'filters', testid: 'tr-filters' }, language.element, state.element, namespace.element,
    h('div', { class: 'field' }, h('label', { for: 'tr-search' }, 'Cerca'), search));
}

/** The rows the filters keep; languages: the columns shown (the state filter looks at those but Italian, unless alone). */
export function filterRows(rows, filters, languages) {
  const looked = languages.length > 1 ? languages.filter((code) => code !== SOURCE) : languages;
  const wanted = { todo: ['missing', 'outdated'], missing: ['missing'], outdated: ['outdated'] }[filters.state];
  const words = (filters.search || '').toLowerCase();
  return rows.filter((row) => (!filters.namespace || row.key.startsWith(`${filters.namespace}:`))
    && (!wanted || looked.some((code) => row.texts[code] && wanted.includes(row.texts[code].state)))
    && (filters.state !== 'review' || looked.some((code) => row.texts[code] && row.texts[code].review))
    && (!words || row.key.toLowerCase().includes(words) || languages.some((code) => ((row.texts[code] && row.texts[code].text) || '').toLowerCase().includes(words))));
}
