import { intlLocale, type Language } from './languages';

/** Every date and time the bot shows is Milan's. */
export const TIME_ZONE = 'Europe/Rome';

/**
 * The one rule for every date, time and number the bot shows: Milan's day-month order (English as in Britain),
 * 24-hour times, and Western digits and the Gregorian calendar in every language, because the texts of every language, Arabic and Bengali
 * included, write their numbers (112, 3/12, 9–13) in Western digits and buttons must agree with them.
 */
export function formatLocale(language: Language): string {
  const base = language === 'en' ? 'en-GB' : intlLocale(language);
  try {
    return new Intl.Locale(base, { numberingSystem: 'latn', hourCycle: 'h23', calendar: 'gregory' }).toString();
  } catch {
    return 'it-u-ca-gregory-hc-h23-nu-latn';
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions, kind: string): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(formatLocale(language), { timeZone: TIME_ZONE, ...options });
    formats.set(key, format);
  }
  return format;
}

/** A day as the tenant reads it, e.g. "martedì 3 marzo", "Tuesday 3 March" or "الثلاثاء، 3 مارس". */
export function formatDay(date: Date, language: Language): string {
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long' }, 'day').format(date);
}

/** A time of day in Milan, always on 24 hours: "09:30", "18:00". */
export function formatTime(date: Date, language: Language): string {
  return formatter(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'time').format(date);
}

/** A short day for buttons, e.g. "mar 1 dic", "Tue 1 Dec". */
export function formatShortDay(date: Date, language: Language): string {
  return formatter(language, { weekday: 'short', day: 'numeric', month: 'short' }, 'shortDay').format(date);
}

/** A day as digits, as tenants type it and prompts show it: "3/12" in every language. */
export function formatNumericDay(date: Date): string {
  const parts = formatter('it', { day: 'numeric', month: 'numeric' }, 'numericDay').formatToParts(date);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return `${part('day')}/${part('month')}`;
}
