import { formatDay, formatTime } from '../../../../bot/i18n/format';

describe('dates and times in the tenant locale, in Milan time', () => {
  it('shows Milan time whatever the server time zone, across daylight saving', () => {
    expect(formatTime(new Date('2026-03-28T08:30:00Z'), 'it')).toBe('09:30'); // winter time, UTC+1
    expect(formatTime(new Date('2026-03-30T08:30:00Z'), 'it')).toBe('10:30'); // summer time, UTC+2
  });

  it('names the day in the tenant language', () => {
    const day = new Date('2026-03-03T10:00:00Z');
    expect(formatDay(day, 'it')).toBe('martedì 3 marzo');
    expect(formatDay(day, 'es')).toBe('martes, 3 de marzo');
    expect(formatDay(day, 'ar')).toMatch(/الثلاثاء/);
    expect(formatDay(day, 'tl')).toMatch(/Martes/);
  });
});
