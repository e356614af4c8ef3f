// The health points' set-up (nurses for their points, coordinators and admins for all): each point's
// details, weekly sessions and closures, the bookings a new schedule leaves out, and (coordinators and
// admins) the services in every language.
import { api, errorText } from '../api.js';
import { coalesce } from '../coalesce.js';
import { h } from '../dom.js';
import { flash } from '../flash.js';
import { state } from '../state.js';
import { affectedPanel } from './health/affectedPanel.js';
import { loadHealthCatalogue } from './health/catalogue.js';
import { pointForm } from './health/pointForm.js';
import { pointPicker } from './health/pointPicker.js';
import { serviceEditor } from './health/serviceEditor.js';

/** Services are content for every point: edited by those who edit content (as the server's can.editContent). */
const SERVICE_EDITORS = ['coordinator', 'admin'];

export function healthSetupView(main) {
  const picker = pointPicker('setup-point', () => void show().catch((error) => flash(errorText(error), 'error')));
  const affected = affectedPanel(() => showAffected(true));
  const form = pointForm(async (answer) => {
    catalogue = await loadHealthCatalogue();
    picker.render(catalogue.points);
    await show(answer);
  });
  const services = SERVICE_EDITORS.includes(state.staff.role) ? serviceEditor() : null;
  main.append(
    h('div', { class: 'page-head' }, h('h1', null, 'Salute · Orari e servizi'), h('a', { class: 'btn', href: '#/health', testid: 'health-agenda-link' }, '← Agenda')),
    h('div', { class: 'filters point-choice' }, picker.element),
    affected.element, form.element, services ? services.element : null);
  let catalogue = null;

  /** shown: say so also when no booking is left out (after a save or a cancellation). */
  async function showAffected(shown = false) {
    const pointId = picker.value();
    affected.render(pointId ? await api('GET', `/health/points/${encodeURIComponent(pointId)}/affected`) : [], catalogue, shown);
  }

  /** The chosen point's form and the bookings its schedule leaves out (saved: the answer of a save, which lists them). */
  async function show(saved) {
    const point = catalogue.points.find((candidate) => candidate.id === picker.value());
    if (!point) {
      form.none();
      affected.render([], catalogue);
      return;
    }
    form.render(point, catalogue.services);
    if (!saved) return showAffected();
    affected.render(saved.affected, catalogue, true);
    affected.reveal();
  }

  const load = coalesce(async () => {
    catalogue = await loadHealthCatalogue();
    picker.render(catalogue.points);
    await show();
    if (services) services.render(catalogue);
  });

  return { name: 'health-setup', load, refresh() {} };
}
