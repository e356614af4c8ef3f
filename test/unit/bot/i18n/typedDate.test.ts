import { parseTypedDate, understandsDateWords } from '../../../../bot/i18n/typedDate';

// Saturday 28 November 2026.
const TODAY = '2026-11-28';

describe('a day typed by the tenant', () => {
  it.each([
    ['it', 'domani', '2026-11-29'],
    ['it', 'Dopodomani', '2026-11-30'],
    ['it', 'oggi', '2026-11-28'],
    ['it', 'martedì', '2026-12-01'],
    ['it', 'martedi prossimo', '2026-12-01'],
    ['it', 'sabato', '2026-11-28'],
    ['it', '3 dicembre', '2026-12-03'],
    ['it', '3/12', '2026-12-03'],
    ['it', '15.1', '2027-01-15'],
    ['en', 'tomorrow', '2026-11-29'],
    ['en', 'Tuesday', '2026-12-01'],
    ['es', 'mañana', '2026-11-29'],
    ['es', 'el martes', '2026-12-01'],
    ['fr', 'demain', '2026-11-29'],
    ['fr', 'mardi', '2026-12-01'],
    ['zh', '明天', '2026-11-29'],
    ['ar', '3/12', '2026-12-03'],
    ['uk', '03.12.2026', '2026-12-03'],
    ['bn', '1/2', '2027-02-01'],
  ])('%s "%s" is %s', (language, text, expected) => {
    expect(parseTypedDate(text, language, TODAY)).toBe(expected);
  });

  it.each([
    ['it', 'quando volete'],
    ['it', '31/2'],
    ['it', '3/13'],
    ['ar', 'غدا'],
    ['en', 'whenever'],
  ])('%s "%s" is no date', (language, text) => {
    expect(parseTypedDate(text, language, TODAY)).toBeUndefined();
  });

  it.each([
    ['ar', '١٨/١٢'],
    ['ar', '١٨-١٢-٢٠٢٦'],
    ['bn', '১৮/১২'],
    ['bn', '১৮.১২.২০২৬'],
    ['tl', '۱۸/۱۲'],
    ['en', '१८/१२'],
    ['zh', '１８／１２'],
  ])('%s "%s" in its own digits is 18 December', (language, text) => {
    expect(parseTypedDate(text, language, TODAY)).toBe('2026-12-18');
  });

  it('reads a day and month as the nearest such date: just gone by, or next January, never a year ahead', () => {
    expect(parseTypedDate('3/12', 'it', '2026-12-05')).toBe('2026-12-03');
    expect(parseTypedDate('১৪/১২', 'bn', '2026-12-05')).toBe('2026-12-14');
    expect(parseTypedDate('15/1', 'ar', '2026-12-05')).toBe('2027-01-15');
    expect(parseTypedDate('30/12', 'it', '2027-01-02')).toBe('2026-12-30');
    expect(parseTypedDate('29/2', 'it', '2027-12-05')).toBe('2028-02-29');
  });

  it('keeps a past date with a year as it is (the dialog says it has passed)', () => {
    expect(parseTypedDate('1/1/2026', 'it', TODAY)).toBe('2026-01-01');
  });

  it('knows which languages understand words', () => {
    expect(['it', 'en', 'es', 'fr', 'zh'].every(understandsDateWords)).toBe(true);
    expect(['ar', 'ro', 'uk', 'tl', 'bn'].some(understandsDateWords)).toBe(false);
  });
});
