// The content editor's words: Italian names of the dialogs, the kinds of step, the translation states, the languages.
import { h } from '../../dom.js';

/** The language every text is written in first; the others are its translations. */
export const SOURCE = 'it';

const TREE_NAMES = {
  main: 'Menu principale',
  maintenance: 'Guasti e manutenzione',
  health: 'Salute',
  wellbeing: 'Benessere (percorso riservato)',
  person: 'Parlare con una persona',
};

export const treeName = (id) => TREE_NAMES[id] || id;

/** The kinds of step a coordinator may add, in the order the form offers them; "action" is the bot's code. */
export const KINDS = {
  message: 'Messaggio',
  choice: 'Domanda con pulsanti',
  input: 'Domanda con risposta',
  branch: 'Bivio per quartiere',
  action: 'Azione del bot',
};
export const ADDABLE_KINDS = ['message', 'choice', 'input', 'branch'];

export const INPUT_KINDS = {
  text: 'un testo',
  photo: 'una foto',
  location: 'una posizione',
  date: 'una data',
  phone: 'un numero di telefono',
  message: 'un messaggio qualsiasi (testo, foto, vocale, documento)',
};

const STATES = {
  ok: ['Tradotto', 'ok'],
  missing: ['Manca', 'missing'],
  outdated: ['Da aggiornare', 'outdated'],
  none: ['Non serve', 'none'],
};

export const STATE_FILTERS = [
  ['', 'Tutti'],
  ['todo', 'Mancanti o da aggiornare'],
  ['missing', 'Mancanti'],
  ['outdated', 'Da aggiornare (l’italiano è cambiato)'],
  ['review', 'Da rivedere (bozza da far confermare a chi parla la lingua)'],
];

/** The mark of a text drafted by the developers, which a native speaker should confirm. */
export function reviewBadge(cell) {
  return cell.review ? h('span', { class: 'badge badge-outdated', testid: 'tr-review', title: 'Scritto dagli sviluppatori: da far confermare a chi parla la lingua' }, 'Da rivedere') : null;
}

/** The badge of a translation's state (nothing for a translation that is up to date). */
export function stateBadge(state, testid) {
  if (state === 'ok' || !STATES[state]) return null;
  const [label, kind] = STATES[state];
  return h('span', { class: ['badge', `badge-${kind}`], testid, dataset: { state } }, label);
}

const italianNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['it'], { type: 'language' }) : null;

/** "Arabo (ar)": the staff read language names in Italian; the server's own name where the browser knows none. */
export function languageLabel(language) {
  let name = language.name;
  try {
    const italian = italianNames && italianNames.of(language.code);
    if (italian && italian !== language.code) name = italian.charAt(0).toUpperCase() + italian.slice(1);
  } catch {
    // A code the browser cannot name: the server's name.
  }
  return `${name} (${language.code})`;
}

/** The direction attribute of a text field in this language. */
export const textDir = (language) => (language.dir === 'rtl' ? 'rtl' : 'auto');
