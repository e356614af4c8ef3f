import { intlLocale, type Language } from './languages';

/** Every date and time the bot shows is Milan's. */
export const TIME_ZONE = 'Europe/Rome';

/** A day as the tenant reads it, e.g. "martedì 3 marzo" or "الثلاثاء، 3 مارس". */
export function formatDay(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}

/** A time of day in Milan, e.g. "09:30" or "9:30 AM". */
export function formatTime(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A short day for buttons, e.g. "mar 1 dic". */
export function formatShortDay(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short' }).format(date);
}
