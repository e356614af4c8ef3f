import { addDays, toLocal } from '../../bot/services/desk/zonedTime';

export type WindowPart = 'morning' | 'afternoon' | 'evening';

/** When partners call back, in Milan time (minutes since midnight). */
export const WINDOW_HOURS: Record<WindowPart, { from: number; to: number }> = {
  morning: { from: 9 * 60, to: 13 * 60 },
  afternoon: { from: 13 * 60, to: 18 * 60 },
  evening: { from: 18 * 60, to: 21 * 60 },
};
const PARTS = Object.keys(WINDOW_HOURS) as WindowPart[];

/** A window today needs at least this much of it left to be offered (an operator has to see the request). */
export const WINDOW_MARGIN_MINUTES = 60;

/** The clock the call-back question reads (tests set it to 08:00, 13:00, 21:00). */
export const windowClock = { now: (): Date => new Date() };

export interface CallbackWindow {
  /** "today-morning"…: the button's id. */
  id: string;
  day: 'today' | 'tomorrow';
  /** The window's day in Milan, "YYYY-MM-DD". */
  date: string;
  window: WindowPart;
}

/** The call-back windows that can still happen: today's with enough time left, then all of tomorrow's. */
export function openWindows(now: Date): CallbackWindow[] {
  const { date, minutes } = toLocal(now);
  const today = PARTS.filter((part) => WINDOW_HOURS[part].to - WINDOW_MARGIN_MINUTES > minutes).map((part) => ({ id: `today-${part}`, day: 'today' as const, date, window: part }));
  const tomorrow = PARTS.map((part) => ({ id: `tomorrow-${part}`, day: 'tomorrow' as const, date: addDays(date, 1), window: part }));
  return [...today, ...tomorrow];
}
