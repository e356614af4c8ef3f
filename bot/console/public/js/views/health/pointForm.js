// A health point's set-up: name, address, phone, the services it offers, its weekly sessions and closures.
import { api } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { serviceName } from './catalogue.js';
import { closureEditor } from './closureRows.js';
import { fieldName, pointProblems } from './pointChecks.js';
import { problemBox } from './problems.js';
import { sessionEditor } from './sessionRows.js';
import { translationFields } from '../translationFields.js';

/** onSaved(answer) runs after a save, with the server's answer ({affected: [...]}). */
export function pointForm(onSaved) {
  const element = h('div', { testid: 'health-point-form' });

  function text(id, label, value, attrs = {}) {
    const input = h('input', { type: 'text', id, testid: id, value, required: true, ...attrs });
    return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
  }

  /** point: one of GET /health/points; services: GET /health/services. */
  function render(point, services) {
    const name = text('setup-name', 'Nome', point.name, { maxlength: '120' });
    const address = text('setup-address', 'Indirizzo', point.address, { maxlength: '200' });
    const phone = text('setup-phone', 'Telefono', point.phone, { type: 'tel', maxlength: '20' });
    const translations = translationFields({ name: 'Nome', address: 'Indirizzo' }, point.translations, 'setup-translations');
    const offered = services.map((service) => h('input', { type: 'checkbox', id: `setup-service-${service.id}`, testid: `setup-service-${service.id}`, value: service.id, checked: point.services.includes(service.id) }));
    const sessions = sessionEditor(services);
    sessions.set(point.sessions);
    const closures = closureEditor();
    closures.set(point.closures);
    const problems = problemBox('setup-error');
    const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'setup-save' }, 'Salva l’orario');
    const nameOf = (id) => serviceName(services.find((service) => service.id === id)) || id;
    const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'h-setup-point' },
      h('h2', { id: 'h-setup-point' }, point.name),
      h('div', { class: 'grid2' }, name.field, address.field, phone.field),
      h('p', { class: 'hint' }, 'Nelle altre lingue si traduce che cosa è il luogo («punto salute», «centro»); i nomi di quartieri e vie restano come sono.'),
      translations.element,
      h('fieldset', { class: 'group' }, h('legend', null, 'Servizi offerti'),
        h('div', { class: 'checks' }, offered.map((box, index) => h('label', { class: 'check', for: box.id }, box,
          ` ${serviceName(services[index])}`, services[index].active ? null : h('span', { class: 'muted small' }, ' (non attivo)'))))),
      h('h3', null, 'Fasce orarie settimanali'),
      h('p', { class: 'hint' }, 'Ogni fascia è divisa in appuntamenti della durata scelta; ogni appuntamento ha i posti indicati. I giorni festivi sono chiusi da sé.'),
      sessions.element,
      h('h3', null, 'Chiusure'),
      closures.element,
      problems.element,
      h('p', { class: 'hint' }, 'Salvare non annulla nessuna prenotazione: quelle che non rientrano più nell’orario vengono elencate, e decidi tu.'),
      h('div', { class: 'row end' }, save));

    problems.guard(form, save, {
      read: () => ({
        name: name.input.value.trim(),
        address: address.input.value.trim(),
        phone: phone.input.value.trim(),
        translations: translations.read(),
        services: offered.filter((box) => box.checked).map((box) => box.value),
        sessions: sessions.read(),
        closures: closures.read(),
      }),
      check: (body) => pointProblems(body, nameOf),
      fieldName,
      async send(body) {
        const answer = await api('PUT', `/health/points/${encodeURIComponent(point.id)}`, body);
        flash('Orario salvato.', 'ok');
        await onSaved(answer);
      },
    });
    clear(element).appendChild(form);
  }

  /** Nothing to set up (no point in the person's neighbourhoods). */
  function none() {
    clear(element).appendChild(h('p', { class: 'empty', testid: 'setup-none' }, 'Nessun punto salute nei tuoi quartieri.'));
  }

  return { element, render, none };
}
