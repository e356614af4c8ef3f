// A tenant's language as the partner operators read it: its own name, and the Italian one when it differs.
import { h } from '../../dom.js';

const italianLanguage = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['it'], { type: 'language' }) : null;

/** code: "ar"; languages: the bot's list ({code, name, dir}) → "العربية · arabo". */
export function languageCell(code, languages) {
  const known = languages.find((language) => language.code === code);
  const own = known ? known.name : code;
  let italian = null;
  try {
    italian = italianLanguage ? italianLanguage.of(code) : null;
  } catch {
    italian = null;
  }
  return [h('span', { lang: code, dir: known ? known.dir : 'auto' }, own), italian && italian.toLowerCase() !== own.toLowerCase() ? ` · ${italian}` : null];
}
