// The console speaks Rome time: a date-time field's wall clock ↔ an ISO instant with its offset.
const TZ = 'Europe/Rome';
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TZ, timeZoneName: 'longOffset', hour: 'numeric' });
const partsFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Minutes Rome is ahead of UTC at this instant (60 in winter, 120 in summer). */
function romeOffset(ms) {
  const name = offsetFormat.formatToParts(new Date(ms)).find((part) => part.type === 'timeZoneName').value;
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

const pad = (value) => String(value).padStart(2, '0');

/** "2026-12-01T09:30" (Rome wall clock, as a datetime-local field gives it) → "2026-12-01T09:30:00+01:00"; null when incomplete. */
export function romeIso(localValue) {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(localValue || '');
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  let offset = romeOffset(wall);
  offset = romeOffset(wall - offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** An instant → the Rome wall clock for a datetime-local field ("2026-12-01T09:30"); '' without a date. */
export function romeLocalValue(iso) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  const part = Object.fromEntries(partsFormat.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}
