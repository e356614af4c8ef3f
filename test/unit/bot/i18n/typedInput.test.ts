import { normalizePhone, parseTypedNumber, toAsciiDigits } from '../../../../bot/i18n/typedInput';

describe('one normaliser for what tenants type', () => {
  it.each([
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩'],
    ['Eastern Arabic-Indic (Persian)', '۰۱۲۳۴۵۶۷۸۹'],
    ['Bengali', '০১২৩৪৫৬৭৮৯'],
    ['Devanagari', '०१२३४५६७८९'],
    ['full-width', '０１２３４５６７８９'],
    ['ASCII', '0123456789'],
  ])('reads %s digits as ASCII', (_name, digits) => {
    expect(toAsciiDigits(digits)).toBe('0123456789');
  });

  it('leaves every other character as it is', () => {
    expect(toAsciiDigits('١٨/١٢ domani ১৪.১২')).toBe('18/12 domani 14.12');
  });

  it.each([
    ['3331234567', '3331234567'],
    ['333 123 4567', '3331234567'],
    ['333.123.45.67', '3331234567'],
    ['333-123-4567', '3331234567'],
    ['+39 333 123 4567', '3331234567'],
    ['0039 333 1234567', '3331234567'],
    ['+39 02 1234 5678', '0212345678'],
    ['৩৩৩ ১২৩ ৪৫৬৭', '3331234567'],
    ['٣٣٣ ١٢٣ ٤٥٦٧', '3331234567'],
    ['۳۳۳ ۱۲۳ ۴۵۶۷', '3331234567'],
    ['३३३ १२३ ४५६७', '3331234567'],
    ['＋３９ ３３３ １２３ ４５６７', '3331234567'],
    ['\u200e+39 333 123 4567\u200f', '3331234567'],
    ['+880 1712 345678', '+8801712345678'],
    ['00880 1712 345678', '+8801712345678'],
    ['(02) 1234-5678', '0212345678'],
  ])('reads the phone number "%s" as %s', (typed, expected) => {
    expect(normalizePhone(typed)).toBe(expected);
  });

  it.each(['', 'domani', '12345', '333 abc 4567', '+39', '1234567890123456789'])('refuses "%s" as a phone number', (typed) => {
    expect(normalizePhone(typed)).toBeUndefined();
  });

  it('reads whole numbers in any digit system', () => {
    expect(parseTypedNumber(' ٣ ')).toBe(3);
    expect(parseTypedNumber('১২')).toBe(12);
    expect(parseTypedNumber('3a')).toBeUndefined();
  });
});
