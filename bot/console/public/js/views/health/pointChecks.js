// What the set-up form checks before saving a point (the server checks again and says what it refuses).
import { WEEKDAYS } from '../../labels.js';
import { DAY } from './days.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutesOf = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const whole = (value, min, max) => Number.isInteger(value) && value >= min && value <= max;

/** How the form names a field the server names ("sessions.0.places" → "fascia 1 (places)"). */
export function fieldName(path) {
  const [first, index, rest] = path.split('.');
  const names = { name: 'Nome', address: 'Indirizzo', phone: 'Telefono', services: 'Servizi offerti' };
  if (first === 'sessions' && index !== undefined) return `fascia ${Number(index) + 1}${rest ? ` (${rest})` : ''}`;
  if (first === 'closures' && index !== undefined) return `chiusura ${Number(index) + 1}${rest ? ` (${rest})` : ''}`;
  return names[first] || path;
}

function sessionProblems(session, line, offered, serviceName) {
  const problems = [];
  if (!TIME.test(session.startsAt) || !TIME.test(session.endsAt)) problems.push(`${line}: scrivi l’ora di inizio e di fine`);
  else if (session.startsAt >= session.endsAt) problems.push(`${line}: deve finire dopo l’inizio`);
  else if (whole(session.slotMinutes, 5, 240) && minutesOf(session.startsAt) + session.slotMinutes > minutesOf(session.endsAt)) problems.push(`${line}: è più corta di un appuntamento`);
  if (!whole(session.slotMinutes, 5, 240)) problems.push(`${line}: i minuti per appuntamento vanno da 5 a 240`);
  if (!whole(session.places, 1, 50)) problems.push(`${line}: i posti vanno da 1 a 50`);
  if (!session.services.length) problems.push(`${line}: scegli almeno un servizio`);
  const missing = session.services.filter((id) => !offered.includes(id));
  if (missing.length) problems.push(`${line}: ${missing.map(serviceName).join(', ')} non è tra i servizi offerti dal punto`);
  return problems;
}

/** Two sessions of the same day that overlap would give the same slots twice. */
function overlaps(sessions) {
  const problems = [];
  sessions.forEach((session, index) => {
    const other = sessions.findIndex((candidate, at) => at < index && candidate.weekday === session.weekday
      && TIME.test(candidate.startsAt) && TIME.test(session.startsAt) && candidate.startsAt < session.endsAt && session.startsAt < candidate.endsAt);
    if (other >= 0) problems.push(`fascia ${index + 1}: si sovrappone alla fascia ${other + 1} (${WEEKDAYS[session.weekday]})`);
  });
  return problems;
}

function closureProblems(closures) {
  const problems = [];
  closures.forEach((closure, index) => {
    const line = `chiusura ${index + 1}`;
    if (!DAY.test(closure.date)) problems.push(`${line}: scegli il giorno`);
    else if (closures.findIndex((other) => other.date === closure.date) < index) problems.push(`${line}: il giorno è già nell’elenco`);
    if (!closure.reason) problems.push(`${line}: scrivi il motivo`);
  });
  return problems;
}

/** point: the body of PUT /health/points/:id; serviceName names a service id. */
export function pointProblems(point, serviceName) {
  const problems = [];
  if (point.name.length < 2) problems.push('scrivi il nome del punto salute');
  if (point.address.length < 2) problems.push('scrivi l’indirizzo');
  if (!point.phone) problems.push('scrivi il telefono');
  if (point.sessions.length > 50) problems.push('al massimo 50 fasce orarie');
  point.sessions.forEach((session, index) => problems.push(...sessionProblems(session, `fascia ${index + 1}`, point.services, serviceName)));
  problems.push(...overlaps(point.sessions), ...closureProblems(point.closures));
  return problems;
}
