import { toAsciiDigits } from '../../bot/i18n/typedInput';

/**
 * What tenants type, matched against the words and phrases each wish has in their language. Tolerant of case,
 * accents, Arabic's optional vowel marks and letter variants, attached Arabic articles, endings (a word of four
 * letters or more also matches the words it begins) and one typo in a word of six letters or more. Pure functions: nothing typed
 * is kept or logged.
 */

const ARABIC_LETTERS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي' };
/** Articles and conjunctions Arabic writes joined to the word ("والسخان", "بالمصعد"). */
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ف', 'ل'];
const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Lower case, no Latin accents, no Arabic vowel marks, ASCII digits, words separated by one space. */
export function normalizeTyped(text: string): string {
  return toAsciiDigits(text.normalize('NFKC'))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱىةؤئ]/g, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** A wish's vocabulary as the locale keeps it: phrases separated by commas. */
export function vocabularyOf(text: string): string[] {
  return text.split(',').map(normalizeTyped).filter((phrase) => phrase !== '');
}

/** At most one letter added, left out, changed or two swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, from: number) => x.slice(from);
  return (
    rest(a, i + 1) === rest(b, i + 1) || // changed
    rest(a, i + 1) === rest(b, i) || // a has one more
    rest(a, i) === rest(b, i + 1) || // b has one more
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2)) // swapped
  );
}

function forms(word: string): string[] {
  if (!ARABIC.test(word)) return [word];
  return [word, ...ARABIC_PREFIXES.filter((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 2).map((prefix) => word.slice(prefix.length))];
}

function wordMatches(typed: string, keyword: string): boolean {
  return forms(typed).some((form) => form === keyword || (keyword.length >= 4 && form.startsWith(keyword)) || (keyword.length >= 6 && form.length >= 6 && oneEditApart(form, keyword)));
}

/** Whether a phrase (already normalised) is in the typed words: its words one after the other. */
function phraseIn(words: string[], joined: string, phrase: string): boolean {
  // Chinese is written without spaces: a phrase is found inside the text.
  if (HAN.test(phrase)) return joined.includes(phrase.replace(/ /g, ''));
  const parts = phrase.split(' ');
  return words.some((_, start) => parts.every((part, offset) => words[start + offset] !== undefined && wordMatches(words[start + offset]!, part)));
}

/** A longer phrase says more: its words, or in Chinese its characters. */
function weightOf(phrase: string): number {
  return HAN.test(phrase) ? [...phrase.replace(/ /g, '')].length : phrase.split(' ').length;
}

/** How well a typed text matches a vocabulary: the weights of the phrases found in it. */
export function scoreOf(typed: string, vocabulary: readonly string[]): number {
  const normalized = normalizeTyped(typed);
  const words = normalized.split(' ').filter(Boolean);
  const joined = normalized.replace(/ /g, '');
  return vocabulary.filter((phrase) => phraseIn(words, joined, phrase)).reduce((sum, phrase) => sum + weightOf(phrase), 0);
}
