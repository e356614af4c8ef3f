// The health pages' calendar: today and this month in Rome, days before and after, a day said in Italian.
const partsFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
// Days ("YYYY-MM-DD") are calendar days, not instants: read at UTC midnight they never shift.
const longFormat = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortFormat = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' });

export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Today in Rome, "YYYY-MM-DD". */
export function romeToday() {
  const part = Object.fromEntries(partsFormat.formatToParts(new Date()).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}`;
}

function utcOf(day) {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** The day `count` days after (or before, when negative). */
export function shiftDay(day, count) {
  const moved = utcOf(day);
  moved.setUTCDate(moved.getUTCDate() + count);
  return moved.toISOString().slice(0, 10);
}

/** "lunedì 7 dicembre 2026" (long) or "lun 07/12/2026". */
export function dayText(day, long = true) {
  return DAY.test(day || '') ? (long ? longFormat : shortFormat).format(utcOf(day)) : '—';
}
