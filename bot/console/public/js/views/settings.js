// The settings page: per neighbourhood, claim time limit, staff Telegram chat, opening hours and holidays;
// then, the same for all neighbourhoods, the discreet support path (partners and code words).
import { api, errorText } from '../api.js';
import { coalesce } from '../coalesce.js';
import { $, clear, h } from '../dom.js';
import { flash } from '../flash.js';
import { getNeighbourhoods } from '../lookups.js';
import { state } from '../state.js';
import { supportSection } from './support/supportSection.js';

const WEEKDAYS = ['', 'Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'];

export function settingsView(main) {
  const picker = h('select', { id: 'settings-neighbourhood', testid: 'settings-neighbourhood' });
  const formBox = h('div', { testid: 'settings' });
  const support = supportSection();
  const toSupport = h('button', { type: 'button', class: 'btn btn-small btn-ghost', testid: 'settings-to-support',
    on: { click: () => support.element.scrollIntoView({ block: 'start' }) } }, 'Supporto riservato ↓');
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Impostazioni'),
    h('div', { class: 'row' }, h('label', { for: 'settings-neighbourhood' }, 'Quartiere'), picker, toSupport)), formBox, support.element);
  picker.addEventListener('change', () => void show(picker.value).catch((error) => flash(errorText(error), 'error')));

  async function loadNeighbourhood() {
    const neighbourhoods = await getNeighbourhoods(true);
    const selected = picker.value;
    clear(picker);
    for (const neighbourhood of neighbourhoods) picker.appendChild(h('option', { value: neighbourhood.id }, neighbourhood.name));
    if (selected && neighbourhoods.some((neighbourhood) => neighbourhood.id === selected)) picker.value = selected;
    if (picker.value) await show(picker.value);
    else formBox.appendChild(h('p', { class: 'empty' }, 'Nessun quartiere.'));
  }
  const load = coalesce(() => Promise.all([loadNeighbourhood(), support.load()]));

  async function show(neighbourhoodId) {
    const settings = await api('GET', `/neighbourhoods/${encodeURIComponent(neighbourhoodId)}/settings`);
    clear(formBox);
    const error = h('p', { class: 'form-error', testid: 'settings-error', role: 'alert', hidden: true });
    const limit = h('input', { type: 'number', id: 'settings-limit', testid: 'settings-limit', min: '1', max: '1440', step: '1', value: String(settings.claimLimitMinutes ?? '') });
    const chat = h('input', { type: 'text', id: 'settings-chat', testid: 'settings-chat', inputmode: 'numeric', placeholder: 'es. -1001234567890', value: settings.staffChatId || '' });
    const hoursBody = h('tbody', { testid: 'settings-hours' });
    const holidaysBody = h('tbody', { testid: 'settings-holidays' });
    const hourRow = (row) => {
      const weekday = h('select', { 'aria-label': 'Giorno', class: 'h-weekday' }, WEEKDAYS.slice(1).map((name, index) => h('option', { value: String(index + 1) }, name)));
      weekday.value = String(row.weekday || 1);
      const opens = h('input', { type: 'time', class: 'h-opens', 'aria-label': 'Apre alle', value: row.opensAt || '09:00', required: true });
      const closes = h('input', { type: 'time', class: 'h-closes', 'aria-label': 'Chiude alle', value: row.closesAt || '13:00', required: true });
      const tr = h('tr', null, h('td', null, weekday), h('td', null, opens), h('td', null, closes),
        h('td', null, h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': 'Togli orario', on: { click: () => tr.remove() } }, '✕ Togli')));
      return tr;
    };
    const holidayRow = (row) => {
      const date = h('input', { type: 'date', class: 'hol-date', 'aria-label': 'Data', value: row.date || '', required: true });
      const name = h('input', { type: 'text', class: 'hol-name', 'aria-label': 'Nome della festività', maxlength: '80', value: row.name || '' });
      const tr = h('tr', null, h('td', null, date), h('td', null, name),
        h('td', null, h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': 'Togli festività', on: { click: () => tr.remove() } }, '✕ Togli')));
      return tr;
    };
    const sortedHours = [...(settings.openingHours || [])].sort((a, b) => a.weekday - b.weekday || String(a.opensAt).localeCompare(String(b.opensAt)));
    for (const row of sortedHours) hoursBody.appendChild(hourRow(row));
    for (const row of settings.holidays || []) holidaysBody.appendChild(holidayRow(row));
    const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'settings-save' }, 'Salva');
    const form = h('form', { class: 'panel', novalidate: true },
      h('h2', null, settings.name),
      h('div', { class: 'grid2' },
        h('div', { class: 'field' }, h('label', { for: 'settings-limit' }, 'Tempo massimo per la presa in carico (minuti)'), limit),
        h('div', { class: 'field' }, h('label', { for: 'settings-chat' }, 'ID chat del gruppo Telegram dello staff'), chat)),
      h('fieldset', { class: 'group' }, h('legend', null, 'Orari di apertura'),
        h('table', { class: 'table compact' }, h('thead', null, h('tr', null, h('th', null, 'Giorno'), h('th', null, 'Apre'), h('th', null, 'Chiude'), h('th', null, ''))), hoursBody),
        h('button', { type: 'button', class: 'btn btn-small', testid: 'settings-add-hours', on: { click: () => hoursBody.appendChild(hourRow({})) } }, '+ Aggiungi orario')),
      h('fieldset', { class: 'group' }, h('legend', null, 'Festività (sportello chiuso)'),
        h('table', { class: 'table compact' }, h('thead', null, h('tr', null, h('th', null, 'Data'), h('th', null, 'Nome'), h('th', null, ''))), holidaysBody),
        h('button', { type: 'button', class: 'btn btn-small', testid: 'settings-add-holiday', on: { click: () => holidaysBody.appendChild(holidayRow({})) } }, '+ Aggiungi festività')),
      error, h('div', { class: 'row end' }, save));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      const openingHours = [...hoursBody.querySelectorAll('tr')].map((tr) => ({
        weekday: Number($('.h-weekday', tr).value), opensAt: $('.h-opens', tr).value, closesAt: $('.h-closes', tr).value,
      }));
      const holidays = [...holidaysBody.querySelectorAll('tr')].map((tr) => ({ date: $('.hol-date', tr).value, name: $('.hol-name', tr).value.trim() }));
      const problems = [];
      const minutes = Number(limit.value);
      if (!Number.isInteger(minutes) || minutes < 1) problems.push('il tempo massimo deve essere un numero intero di minuti');
      if (chat.value.trim() && !/^-?\d+$/.test(chat.value.trim())) problems.push('l’ID chat è un numero (di solito inizia con -100)');
      for (const row of openingHours) {
        if (!/^\d\d:\d\d$/.test(row.opensAt) || !/^\d\d:\d\d$/.test(row.closesAt)) problems.push(`${WEEKDAYS[row.weekday]}: orario incompleto`);
        else if (row.opensAt >= row.closesAt) problems.push(`${WEEKDAYS[row.weekday]}: l’apertura deve venire prima della chiusura`);
      }
      for (const row of holidays) if (!/^\d{4}-\d\d-\d\d$/.test(row.date)) problems.push('una festività non ha la data');
      if (problems.length) {
        error.textContent = `Controlla: ${[...new Set(problems)].join('; ')}.`;
        error.hidden = false;
        return;
      }
      save.disabled = true;
      try {
        await api('PUT', `/neighbourhoods/${encodeURIComponent(neighbourhoodId)}/settings`, {
          claimLimitMinutes: minutes, staffChatId: chat.value.trim() || null, openingHours, holidays,
        });
        state.neighbourhoods = null;
        flash('Impostazioni salvate.', 'ok');
        await show(neighbourhoodId);
      } catch (caught) {
        error.textContent = errorText(caught);
        error.hidden = false;
      } finally {
        save.disabled = false;
      }
    });
    formBox.appendChild(form);
  }
  return { name: 'settings', load, refresh() {} };
}
