// The bot's other texts and contacts have editors of their own: links to them.
import { h } from '../../dom.js';

const EDITORS = [
  ['#/canned', 'Risposte pronte', 'le risposte che lo staff manda in chat, in tutte le lingue'],
  ['#/buildings', 'Numeri di emergenza', 'nella pagina Edifici, in fondo'],
  ['#/settings', 'Centri partner e parole in codice', 'nella pagina Impostazioni, sezione «Supporto riservato»'],
  ['#/health/setup', 'Servizi sanitari', 'nomi e «cosa portare» in tutte le lingue'],
  ['#/settings', 'Orari e festività dei quartieri', 'nella pagina Impostazioni'],
];

export function otherEditors() {
  return h('section', { class: 'panel', testid: 'other-editors', 'aria-labelledby': 'h-other-editors' },
    h('h2', { id: 'h-other-editors' }, 'Altri testi del bot'),
    h('ul', { class: 'link-list' }, EDITORS.map(([href, label, where]) =>
      h('li', null, h('a', { href }, label), h('span', { class: 'muted' }, ` — ${where}`)))));
}
