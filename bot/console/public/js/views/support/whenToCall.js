// When to call back, said from today's point of view: the tenant chose "today" or "tomorrow" on the day they asked.
import { CALLBACK_WINDOWS } from '../../labels.js';

const PARTS = { morning: 'mattina', afternoon: 'pomeriggio', evening: 'sera' };
const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayName = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

/** "YYYY-MM-DD" of this instant in Rome. */
const dayOf = (date) => romeDay.format(date);
/** The calendar day after (or before) "YYYY-MM-DD". */
function plusDays(day, days) {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * choice: "today-evening", "tomorrow-morning"…; askedAt: ISO time of the request.
 * → {label: "Oggi sera" | "Domani mattina" | "sera di lunedì 10 novembre", past: the day has gone by}.
 */
export function whenToCall(choice, askedAt, now = new Date()) {
  const [when, part] = String(choice).split('-');
  const asked = new Date(askedAt);
  if (!PARTS[part] || (when !== 'today' && when !== 'tomorrow') || Number.isNaN(asked.getTime())) return { label: CALLBACK_WINDOWS[choice] || String(choice), past: false };
  const day = plusDays(dayOf(asked), when === 'tomorrow' ? 1 : 0);
  const today = dayOf(now);
  if (day === today) return { label: CALLBACK_WINDOWS[`today-${part}`], past: false };
  if (day === plusDays(today, 1)) return { label: CALLBACK_WINDOWS[`tomorrow-${part}`], past: false };
  return { label: `${PARTS[part][0].toUpperCase()}${PARTS[part].slice(1)} di ${dayName.format(new Date(`${day}T12:00:00Z`))}`, past: day < today };
}
