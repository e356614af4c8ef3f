import { fromLocal, nextDate, toLocal, weekdayOf } from './zonedTime';

export interface OpeningRange {
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** "HH:MM", Milan time */
  opensAt: string;
  closesAt: string;
}

export interface DeskCalendar {
  hours: OpeningRange[];
  /** "YYYY-MM-DD" days the desk stays closed. */
  holidays: string[];
}

/** How far ahead to look for the next opening: beyond it the desk is considered closed for good. */
const HORIZON_DAYS = 60;

export const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

export function isOpen(calendar: DeskCalendar, at: Date): boolean {
  const local = toLocal(at);
  if (calendar.holidays.includes(local.date)) return false;
  return calendar.hours.some(
    (range) => range.weekday === local.weekday && minutesOf(range.opensAt) <= local.minutes && local.minutes < minutesOf(range.closesAt),
  );
}

/** `at` itself when the desk is open, else the next time it opens; undefined when no opening is set in the next 60 days. */
export function nextOpening(calendar: DeskCalendar, at: Date): Date | undefined {
  if (isOpen(calendar, at)) return at;
  let date = toLocal(at).date;
  for (let day = 0; day < HORIZON_DAYS; day += 1, date = nextDate(date)) {
    if (calendar.holidays.includes(date)) continue;
    const weekday = weekdayOf(date);
    const starts = calendar.hours
      .filter((range) => range.weekday === weekday)
      .map((range) => fromLocal(date, minutesOf(range.opensAt)))
      .filter((start) => start.getTime() > at.getTime())
      .sort((a, b) => a.getTime() - b.getTime());
    if (starts[0]) return starts[0];
  }
  return undefined;
}
