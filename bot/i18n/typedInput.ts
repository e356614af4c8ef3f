/**
 * What tenants type, made readable by the code: digits of any script become ASCII digits, and a phone number
 * becomes digits only. Pure functions, shared by every input (phone numbers, typed dates, numbers).
 */

/** The zero of each digit system tenants may type in; the nine digits after each zero follow it in Unicode. */
const ZEROS = [
  0x0660, // Arabic-Indic ٠
  0x06f0, // Eastern Arabic-Indic (Persian, Urdu) ۰
  0x09e6, // Bengali ০
  0x0966, // Devanagari ०
  0xff10, // full-width ０
];

const DIGIT = new RegExp(`[${ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('')}]`, 'gu');

/** "١٨/١٢", "১৪/১২", "１２" → "18/12", "14/12", "12"; everything else is left as it is. */
export function toAsciiDigits(text: string): string {
  return text.replace(DIGIT, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = ZEROS.find((candidate) => code >= candidate && code <= candidate + 9)!;
    return String(code - zero);
  });
}

/** Separators people put in a phone number: spaces (any kind), dots, dashes, slashes and brackets. */
const PHONE_SEPARATORS = /[\s.\-/()\u2010-\u2015\u00a0\u202f]/gu;
/** Italy's prefix, written either way: the number is called from Italy, so it is left out. */
const ITALIAN_PREFIX = /^(?:\+|00)39(?=\d{6,})/;

/**
 * A typed phone number as digits only, in any digit system, with spaces, dots and dashes: "+39 333 123 4567",
 * "০০৩৯ ৩৩৩-১২৩-৪৫৬৭" → "3331234567". Italy's +39/0039 is left out; another country's prefix is kept as "+…".
 * Undefined when the text is not a phone number (6 to 15 digits).
 */
export function normalizePhone(text: string): string | undefined {
  // Right-to-left and other invisible marks that phones insert around numbers.
  const compact = toAsciiDigits(text.normalize('NFKC')).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(PHONE_SEPARATORS, '').replace(/^\uff0b/, '+');
  const national = compact.replace(ITALIAN_PREFIX, '');
  const international = national.replace(/^00(?=[1-9])/, '+');
  return /^\+?\d{6,15}$/.test(international) ? international : undefined;
}

/** A whole number typed in any digit system ("٣", "৪"), or undefined. */
export function parseTypedNumber(text: string): number | undefined {
  const ascii = toAsciiDigits(text.normalize('NFKC')).trim();
  return /^\d{1,9}$/.test(ascii) ? Number(ascii) : undefined;
}
