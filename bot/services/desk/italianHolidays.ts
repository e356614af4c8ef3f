/** Italy's national public holidays of a year, plus Milan's patron saint (Sant'Ambrogio, 7 December). */
export function italianHolidays(year: number): { date: string; name: string }[] {
  const fixed: [string, string][] = [
    ['01-01', 'Capodanno'],
    ['01-06', 'Epifania'],
    ['04-25', 'Festa della Liberazione'],
    ['05-01', 'Festa del Lavoro'],
    ['06-02', 'Festa della Repubblica'],
    ['08-15', 'Ferragosto'],
    ['11-01', 'Ognissanti'],
    ['12-07', "Sant'Ambrogio"],
    ['12-08', 'Immacolata Concezione'],
    ['12-25', 'Natale'],
    ['12-26', 'Santo Stefano'],
  ];
  const easter = easterSunday(year);
  const easterMonday = new Date(Date.UTC(year, easter.month - 1, easter.day + 1)).toISOString().slice(5, 10);
  return [...fixed, [easterMonday, "Lunedì dell'Angelo"] as [string, string]]
    .map(([monthDay, name]) => ({ date: `${year}-${monthDay}`, name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}
