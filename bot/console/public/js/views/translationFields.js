// The other languages' texts of a row kept as data (a health point's name, a partner's hours, an emergency
// number's label), beside the Italian: a missing one is flagged, and the bot shows the Italian instead.
import { h } from '../dom.js';
import { LANGUAGE_FALLBACK } from '../lookups.js';

const OTHERS = LANGUAGE_FALLBACK.filter((language) => language.code !== 'it');

/** fields: { name: 'Nome', … }; translations: { ar: { name: '…' } } as the server gives them. */
export function translationFields(fields, translations = {}, testid = 'translations') {
  const inputs = [];
  const summary = h('summary', { testid: `${testid}-summary` });
  const rows = OTHERS.map((language) => h('div', { class: 'translation-row' },
    h('span', { class: 'translation-language', lang: language.code }, language.name),
    Object.entries(fields).map(([field, label]) => {
      const input = h('input', {
        type: 'text', dir: language.dir, lang: language.code, maxlength: '200', testid: `${testid}-${language.code}-${field}`,
        'aria-label': `${label} (${language.name})`, placeholder: 'manca: il bot mostra l’italiano',
        value: translations[language.code]?.[field] || '', on: { input: () => count() },
      });
      inputs.push({ language: language.code, field, input });
      return input;
    })));

  function count() {
    const missing = OTHERS.filter((language) => inputs.some((entry) => entry.language === language.code && entry.input.value.trim() === ''));
    summary.textContent = missing.length === 0 ? 'Altre lingue: tutte tradotte' : `Altre lingue: ${missing.length} da tradurre (${missing.map((language) => language.code).join(', ')}), il bot mostra l’italiano`;
    summary.classList.toggle('missing', missing.length > 0);
  }
  count();

  function read() {
    const result = {};
    for (const { language, field, input } of inputs) {
      const value = input.value.trim();
      if (value) (result[language] ??= {})[field] = value;
    }
    return result;
  }

  return { element: h('details', { class: 'translations', testid }, summary, rows), read };
}
