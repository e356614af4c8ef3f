// "Supporto riservato" on the settings page (coordinators and admins): what the bot's discreet path offers.
import { h } from '../../dom.js';
import { codeWordsPanel } from './codeWords.js';
import { partnersPanel } from './partners.js';

/** The section; load() fills both panels from the server. */
export function supportSection() {
  const partners = partnersPanel();
  const codeWords = codeWordsPanel();
  const element = h('section', { class: 'support-section', testid: 'support-section', 'aria-labelledby': 'h-support' },
    h('h2', { id: 'h-support' }, 'Supporto riservato'),
    h('p', { class: 'hint' }, 'Il percorso del bot per chi vive una situazione di violenza: vale per tutti i quartieri. Le richieste di richiamata le vedono solo le operatrici e gli operatori dei centri partner.'),
    partners.element, codeWords.element);
  const load = () => Promise.all([partners.load(), codeWords.load()]);
  return { element, load };
}
