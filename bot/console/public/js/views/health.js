// The health points' agenda (nurses, coordinators, admins): a point's appointments of one day, attendance,
// cancelling with notice to the tenant, printing the day, and the month's figures. The same page is the C.A.S.A.
// centre desks' agenda (community managers, coordinators, admins), without the health set-up and figures.
import { api, errorText, may } from '../api.js';
import { coalesce } from '../coalesce.js';
import { h } from '../dom.js';
import { flash } from '../flash.js';
import { agendaTable } from './health/agendaTable.js';
import { loadHealthCatalogue } from './health/catalogue.js';
import { DAY, dayText, romeToday, shiftDay } from './health/days.js';
import { healthFigures } from './health/figuresPanel.js';
import { pointPicker } from './health/pointPicker.js';

/** The day chosen last, so that coming back from the set-up page shows the same day. */
let rememberedDay = '';

export const HEALTH_PAGE = { name: 'health', base: '/health', title: 'Salute · Agenda', place: 'Punto salute', none: 'Nessun punto salute nei tuoi quartieri.', healthOnly: true };
export const CENTRE_PAGE = { name: 'centre', base: '/centre', title: 'Centro C.A.S.A. · Agenda', place: 'Sportello del centro', none: 'Nessun centro nei tuoi quartieri.', healthOnly: false };

export function healthView(main, page = HEALTH_PAGE) {
  const picker = pointPicker('health-point', () => void reload(), page.place);
  const day = h('input', { type: 'date', id: 'health-date', testid: 'health-date', required: true, value: rememberedDay || romeToday() });
  const step = (count, label, text) => h('button', {
    type: 'button', class: 'btn btn-small btn-ghost', testid: `health-day-${count < 0 ? 'before' : 'after'}`, 'aria-label': label,
    on: { click: () => { day.value = shiftDay(DAY.test(day.value) ? day.value : romeToday(), count); void reload(); } },
  }, text);
  const today = h('button', { type: 'button', class: 'btn btn-small', testid: 'health-today', on: { click: () => { day.value = romeToday(); void reload(); } } }, 'Oggi');
  const print = h('button', { type: 'button', class: 'btn', testid: 'health-print', on: { click: () => window.print() } }, '🖨 Stampa');
  const agenda = agendaTable(() => reload(), page.base);
  const figures = page.healthOnly ? healthFigures() : null;
  day.addEventListener('change', () => void reload());
  main.append(
    h('div', { class: 'page-head no-print' }, h('h1', null, page.title),
      h('div', { class: 'row' }, page.healthOnly ? h('a', { class: 'btn', href: '#/health/setup', testid: 'health-setup-link' }, 'Orari e servizi') : null,
        page.healthOnly && may('centre.run') ? h('a', { class: 'btn', href: '#/centre', testid: 'centre-link' }, 'Agenda del centro C.A.S.A.') : null, print)),
    h('form', { class: 'filters point-choice no-print', role: 'search', 'aria-label': `${page.place} e giorno`, on: { submit: (event) => event.preventDefault() } },
      picker.element,
      h('div', { class: 'field' }, h('label', { for: 'health-date' }, 'Giorno'), h('div', { class: 'row' }, step(-1, 'Giorno prima', '‹'), day, step(1, 'Giorno dopo', '›'), today))),
    agenda.element, ...(figures ? [figures.element] : []));

  let catalogue = null;

  async function showAgenda() {
    rememberedDay = DAY.test(day.value) ? day.value : '';
    const pointId = picker.value();
    if (!pointId) return agenda.say('Agenda', page.none);
    const heading = `${catalogue.pointName(pointId)} · ${dayText(day.value)}`;
    if (!rememberedDay) return agenda.say(heading, 'Scegli un giorno.');
    const rows = await api('GET', `${page.base}/agenda?pointId=${encodeURIComponent(pointId)}&date=${rememberedDay}`);
    agenda.render(rows, catalogue, heading);
  }

  const load = coalesce(async () => {
    if (!catalogue) {
      catalogue = await loadHealthCatalogue(page.base);
      picker.render(catalogue.points);
    }
    await Promise.all([showAgenda(), figures ? figures.load(catalogue) : null]);
  });
  const reload = () => load().catch((error) => flash(errorText(error), 'error'));

  return { name: page.name, load, refresh() {} };
}
