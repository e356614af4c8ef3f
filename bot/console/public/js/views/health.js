// The health points' agenda (nurses, coordinators, admins): a point's appointments of one day, attendance,
// cancelling with notice to the tenant, printing the day, and the month's figures.
import { api, errorText } from '../api.js';
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

export function healthView(main) {
  const picker = pointPicker('health-point', () => void reload());
  const day = h('input', { type: 'date', id: 'health-date', testid: 'health-date', required: true, value: rememberedDay || romeToday() });
  const step = (count, label, text) => h('button', {
    type: 'button', class: 'btn btn-small btn-ghost', testid: `health-day-${count < 0 ? 'before' : 'after'}`, 'aria-label': label,
    on: { click: () => { day.value = shiftDay(DAY.test(day.value) ? day.value : romeToday(), count); void reload(); } },
  }, text);
  const today = h('button', { type: 'button', class: 'btn btn-small', testid: 'health-today', on: { click: () => { day.value = romeToday(); void reload(); } } }, 'Oggi');
  const print = h('button', { type: 'button', class: 'btn', testid: 'health-print', on: { click: () => window.print() } }, '🖨 Stampa');
  const agenda = agendaTable(() => reload());
  const figures = healthFigures();
  day.addEventListener('change', () => void reload());
  main.append(
    h('div', { class: 'page-head no-print' }, h('h1', null, 'Salute · Agenda'),
      h('div', { class: 'row' }, h('a', { class: 'btn', href: '#/health/setup', testid: 'health-setup-link' }, 'Orari e servizi'), print)),
    h('form', { class: 'filters point-choice no-print', role: 'search', 'aria-label': 'Punto salute e giorno', on: { submit: (event) => event.preventDefault() } },
      picker.element,
      h('div', { class: 'field' }, h('label', { for: 'health-date' }, 'Giorno'), h('div', { class: 'row' }, step(-1, 'Giorno prima', '‹'), day, step(1, 'Giorno dopo', '›'), today))),
    agenda.element, figures.element);

  let catalogue = null;

  async function showAgenda() {
    rememberedDay = DAY.test(day.value) ? day.value : '';
    const pointId = picker.value();
    if (!pointId) return agenda.say('Agenda', 'Nessun punto salute nei tuoi quartieri.');
    const heading = `${catalogue.pointName(pointId)} · ${dayText(day.value)}`;
    if (!rememberedDay) return agenda.say(heading, 'Scegli un giorno.');
    const rows = await api('GET', `/health/agenda?pointId=${encodeURIComponent(pointId)}&date=${rememberedDay}`);
    agenda.render(rows, catalogue, heading);
  }

  const load = coalesce(async () => {
    if (!catalogue) {
      catalogue = await loadHealthCatalogue();
      picker.render(catalogue.points);
    }
    await Promise.all([showAgenda(), figures.load(catalogue)]);
  });
  const reload = () => load().catch((error) => flash(errorText(error), 'error'));

  return { name: 'health', load, refresh() {} };
}
