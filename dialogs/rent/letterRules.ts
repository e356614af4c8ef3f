import type { IncomingContent } from '../engine/incomingContent';
import { addDays } from '../../bot/i18n/typedDate';

/** A letter that names a date this close (or already past) puts its request ahead in the queue. */
export const URGENT_WITHIN_DAYS = 30;

export function isUrgentDate(day: string, today: string): boolean {
  return day <= addDays(today, URGENT_WITHIN_DAYS);
}

/** The letter as the manager receives it: the date the tenant read in it under their own caption ("📅 15/01/2027"). */
export function letterWithDate(letter: IncomingContent, day: string | undefined): IncomingContent {
  if (!day) return letter;
  const [year, month, date] = day.split('-');
  return { ...letter, text: [letter.text, `📅 ${date}/${month}/${year}`].filter(Boolean).join('\n') };
}
