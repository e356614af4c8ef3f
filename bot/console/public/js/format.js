// Dates, durations, numbers and codes as the staff read them (Italian, Rome time).
import { OUTCOMES, STATUSES, TOPICS } from './labels.js';

const TZ = 'Europe/Rome';

const dateTimeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
export const dayTimeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: TZ, weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

export function parseDate(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function fmtDateTime(iso) {
  const date = parseDate(iso);
  return date ? dateTimeFormat.format(date) : '—';
}

export function fmtTime(iso) {
  const date = parseDate(iso);
  return date ? timeFormat.format(date) : '';
}

export function fmtNumber(value) {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : numberFormat.format(value);
}

export function fmtDuration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return 'meno di 1 min';
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} giorni`;
}

export const topicName = (topic) => TOPICS[topic] || topic || '—';
export const statusName = (status) => STATUSES[status] || status || '—';

export function outcomeName(value) {
  const found = OUTCOMES.find(([key]) => key === value);
  return found ? found[1] : value;
}
