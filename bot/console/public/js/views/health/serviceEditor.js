// The health services (coordinators and admins): duration, whether tenants can book it, and in every
// language its name and what to bring.
import { api } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { serviceName } from './catalogue.js';
import { problemBox } from './problems.js';

export function serviceEditor() {
  const list = h('div', { class: 'list', testid: 'service-list' });
  const editor = h('div', { class: 'editor', testid: 'service-editor' });
  const element = h('section', { class: 'section', 'aria-labelledby': 'h-services' },
    h('h2', { id: 'h-services' }, 'Servizi'),
    h('p', { class: 'hint' }, 'Valgono per tutti i punti salute. Il nome e «cosa portare» vanno scritti in tutte le lingue: l’inquilino li legge nella sua.'),
    h('div', { class: 'split' }, list, editor));
  let services = [];
  let languages = [];

  function render(catalogue, openId) {
    ({ services, languages } = catalogue);
    clear(list).append(...services.map((service) => h('button', { type: 'button', class: 'list-item', testid: `service-item-${service.id}`, on: { click: () => edit(service) } },
      h('strong', null, serviceName(service)),
      h('span', { class: 'muted' }, `${service.durationMinutes} min · ${service.active ? 'attivo' : 'non attivo'}`))));
    const open = services.find((service) => service.id === openId);
    if (open) edit(open);
  }

  function languageFields(service, language) {
    const text = (service.texts && service.texts[language.code]) || {};
    const dir = language.dir === 'rtl' ? 'rtl' : 'auto';
    const name = h('input', { type: 'text', id: `service-name-${language.code}`, testid: `service-name-${language.code}`, maxlength: '80', dir, lang: language.code, value: text.name || '' });
    const bring = h('textarea', { id: `service-bring-${language.code}`, testid: `service-bring-${language.code}`, rows: '2', maxlength: '300', dir, lang: language.code });
    bring.value = text.bring || '';
    const fieldset = h('fieldset', { class: 'group' }, h('legend', null, `${language.name} (${language.code})`),
      h('label', { for: name.id }, 'Nome'), name, h('label', { for: bring.id }, 'Cosa portare'), bring);
    return { fieldset, read: () => ({ name: name.value.trim(), bring: bring.value.trim() }) };
  }

  function edit(service) {
    const duration = h('input', { type: 'number', id: 'service-duration', testid: 'service-duration', class: 'short-number', min: '5', max: '240', step: '5', value: String(service.durationMinutes) });
    const active = h('input', { type: 'checkbox', id: 'service-active', testid: 'service-active', checked: service.active });
    const fields = languages.map((language) => ({ language, ...languageFields(service, language) }));
    const problems = problemBox('service-error');
    const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'service-save' }, 'Salva il servizio');
    const form = h('form', { class: 'panel', novalidate: true, testid: `service-form-${service.id}` },
      h('h3', null, `Modifica: ${serviceName(service)}`),
      h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: 'service-duration' }, 'Durata (minuti)'), duration),
        h('label', { class: 'check', for: 'service-active' }, active, ' Si può prenotare')),
      fields.map((field) => field.fieldset), problems.element, h('div', { class: 'row end' }, save));
    problems.guard(form, save, {
      read: () => ({ durationMinutes: Number(duration.value), active: active.checked, texts: Object.fromEntries(fields.map(({ language, read }) => [language.code, read()])) }),
      check({ durationMinutes, texts }) {
        const found = [];
        if (!Number.isInteger(durationMinutes) || durationMinutes < 5 || durationMinutes > 240) found.push('la durata va da 5 a 240 minuti');
        const missing = (part) => languages.filter((language) => !texts[language.code][part]).map((language) => language.name);
        if (missing('name').length) found.push(`manca il nome in: ${missing('name').join(', ')}`);
        if (missing('bring').length) found.push(`manca «cosa portare» in: ${missing('bring').join(', ')}`);
        return found;
      },
      async send(body) {
        await api('PUT', `/health/services/${encodeURIComponent(service.id)}`, body);
        flash('Servizio salvato.', 'ok');
        render({ services: await api('GET', '/health/services'), languages }, service.id);
      },
    });
    clear(editor).appendChild(form);
    duration.focus();
  }

  return { element, render };
}
