import { TIME_ZONE } from './format';
import { toAsciiDigits } from './typedInput';
import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';

/** Languages botbuilder's date recognizers understand, and the culture each is recognised in. */
const RECOGNIZER_CULTURES: Record<string, string> = { en: 'en-us', es: 'es-es', fr: 'fr-fr', zh: 'zh-cn' };

const ITALIAN_DAYS = ['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica'];
const ITALIAN_MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const ITALIAN_RELATIVE: Record<string, number> = { oggi: 0, domani: 1, dopodomani: 2 };

/** Whether a typed day is understood in words in this language (numbers such as 3/12 always are). */
export function understandsDateWords(language: string): boolean {
  return language === 'it' || language in RECOGNIZER_CULTURES;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function weekdayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/**
 * The date with this day and month nearest to today, a year back or ahead: on 5 December "3/12" is two days ago
 * (the dialog says it has passed) and "15/1" is next January, never next December, a year away.
 */
function nearestDayMonth(today: string, day: number, month: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = Number(today.slice(0, 4));
  const todayTime = Date.parse(today);
  const candidates = [year - 1, year, year + 1]
    .map((candidate) => new Date(Date.UTC(candidate, month - 1, day)))
    .filter((date) => date.getUTCMonth() === month - 1);
  if (candidates.length === 0) return undefined;
  const nearest = candidates.reduce((best, date) => (Math.abs(date.getTime() - todayTime) < Math.abs(best.getTime() - todayTime) ? date : best));
  return nearest.toISOString().slice(0, 10);
}

/** Today's date in Milan, as "YYYY-MM-DD". */
export function todayInMilan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

function italian(text: string, today: string): string | undefined {
  const words = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  for (const word of words) {
    if (word in ITALIAN_RELATIVE) return addDays(today, ITALIAN_RELATIVE[word]!);
    const weekday = ITALIAN_DAYS.indexOf(word) + 1;
    if (weekday > 0) return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
  }
  const dayMonth = /(\d{1,2}) ([a-z]+)/.exec(words.join(' '));
  const month = dayMonth ? ITALIAN_MONTHS.indexOf(dayMonth[2]!) + 1 : 0;
  return dayMonth && month > 0 ? nearestDayMonth(today, Number(dayMonth[1]), month) : undefined;
}

function recognized(text: string, culture: string, today: string): string | undefined {
  const reference = new Date(`${today}T12:00:00`);
  const values = recognizeDateTime(text, culture, 0, reference).flatMap((result) => (result.resolution?.values ?? []) as { type?: string; value?: string }[]);
  return values.filter((value) => value.type === 'date' && value.value && value.value >= today).map((value) => value.value!).sort()[0];
}

/**
 * A day the tenant typed, as "YYYY-MM-DD": "3/12" or "3.12.2026" in any language and digit system; words ("domani",
 * "martedì", "tomorrow", "el martes", "明天") in Italian and in the languages botbuilder's recognizers
 * know. `today` is Milan's date. Undefined when the text is no date.
 */
export function parseTypedDate(typed: string, language: string, today: string): string | undefined {
  // "١٨/١٢", "১৪/১২", "１８／１２": any digit system (bot/i18n/typedInput.ts).
  const text = toAsciiDigits(typed.normalize('NFKC'));
  const numeric = /^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{2,4}))?\s*$/.exec(text);
  if (numeric) {
    const year = numeric[3] ? Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]) : undefined;
    if (year === undefined) return nearestDayMonth(today, Number(numeric[1]), Number(numeric[2]));
    const date = new Date(Date.UTC(year, Number(numeric[2]) - 1, Number(numeric[1])));
    return date.getUTCDate() === Number(numeric[1]) ? date.toISOString().slice(0, 10) : undefined;
  }
  if (language === 'it') return italian(text, today);
  const culture = RECOGNIZER_CULTURES[language];
  return culture ? recognized(text, culture, today) : undefined;
}
