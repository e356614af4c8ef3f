import { formatDay, formatNumericDay, formatShortDay, formatTime } from '../../../../bot/i18n/format';
import { SUPPORTED_LANGUAGES } from '../../../../bot/i18n/languages';

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

  it('writes English days the British way, not the American', () => {
    const day = new Date('2026-12-14T10:00:00Z');
    expect(formatDay(day, 'en')).toBe('Monday 14 December');
    expect(formatShortDay(day, 'en')).toBe('Mon 14 Dec');
  });

  it('shows times on 24 hours, with no AM/PM, in every language', () => {
    const evening = new Date('2026-12-14T17:05:00Z');
    for (const language of SUPPORTED_LANGUAGES) expect(formatTime(evening, language)).toBe('18:05');
  });

  it('uses Western digits in Arabic and Bengali, as their texts do, in buttons and in texts alike', () => {
    const day = new Date('2026-12-14T08:30:00Z');
    for (const language of ['ar', 'bn', 'fa']) {
      const shown = `${formatDay(day, language)} ${formatShortDay(day, language)} ${formatTime(day, language)}`;
      expect(shown).toContain('14');
      expect(shown).toContain('09:30');
      expect(shown).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]/);
    }
    expect(formatDay(day, 'bn')).toBe('সোমবার 14 ডিসেম্বর');
  });

  it('keeps the Gregorian calendar for a language whose default is another', () => {
    expect(formatDay(new Date('2026-12-14T10:00:00Z'), 'fa')).toContain('14');
  });

  it('writes a day as digits the way tenants type it', () => {
    expect(formatNumericDay(new Date('2026-12-03T23:30:00Z'))).toBe('4/12'); // already the 4th in Milan
  });
});
