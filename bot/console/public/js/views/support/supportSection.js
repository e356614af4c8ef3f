// "Supporto riservato" on the settings page (coordinators and admins): what the bot's discreet path offers
// (partners, 1522's facts, code words).
import { h } from '../../dom.js';
import { codeWordsPanel } from './codeWords.js';
import { line1522Panel } from './line1522Panel.js';
import { partnersPanel } from './partners.js';

/** The section; load() fills its panels from the server. */
export function supportSection() {
  const partners = partnersPanel();
  const codeWords = codeWordsPanel();
  const line1522 = line1522Panel();
  const element = h('section', { class: 'support-section', testid: 'support-section', 'aria-labelledby': 'h-support' },
    h('h2', { id: 'h-support' }, 'Supporto riservato'),
    h('p', { class: 'hint' }, 'Il percorso del bot per chi vive una situazione di violenza: vale per tutti i quartieri. Le richieste di richiamata le vedono solo le operatrici e gli operatori dei centri partner.'),
    partners.element, line1522.element, codeWords.element);
  const load = () => Promise.all([partners.load(), line1522.load(), codeWords.load()]);
  return { element, load };
}
