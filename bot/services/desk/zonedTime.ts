import { TIME_ZONE } from '../../i18n/format';

/** A wall-clock moment in Milan. */
export interface LocalDateTime {
  /** "YYYY-MM-DD" */
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** minutes since local midnight */
  minutes: number;
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function toLocal(instant: Date): LocalDateTime {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? '') + 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The instant of a Milan wall-clock time (for times skipped by the spring change, the instant an hour later). */
export function fromLocal(date: string, minutes: number): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = asUtc;
  for (let i = 0; i < 2; i += 1) guess = asUtc - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}

/** The calendar day after a "YYYY-MM-DD" day. */
export function nextDate(date: string): string {
  return addDays(date, 1);
}

/** The calendar day so many days after (or before, when negative) a "YYYY-MM-DD" day. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

function offsetMinutes(instant: Date): number {
  const local = toLocal(instant);
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const localAsUtc = Date.UTC(year, month - 1, day, 0, local.minutes);
  return Math.round((localAsUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}
