// "Prova nella sandbox": the web chat opens in a new tab running the draft (a signed link valid two hours), in
// the language chosen.
import { api } from '../../api.js';
import { h } from '../../dom.js';
import { whileBusy } from '../health/cancelButton.js';

export function previewPicker(model) {
  const language = h('select', { id: 'preview-language', testid: 'preview-language' }, model.languages.map((entry) => h('option', { value: entry.code }, entry.label)));
  const fallback = h('p', { class: 'hint', hidden: true });
  const open = h('button', { type: 'button', class: 'btn', testid: 'preview-open' }, 'Prova la bozza nella sandbox');
  open.addEventListener('click', () => whileBusy(open, async () => {
    const { token } = await api('POST', '/content/preview-token');
    const address = `/sandbox/?preview=${encodeURIComponent(token)}&lang=${encodeURIComponent(language.value)}`;
    const tab = window.open(address, '_blank');
    if (tab) tab.opener = null;
    // A browser that blocks the new tab: the link to open by hand.
    fallback.replaceChildren('Il browser non ha aperto la nuova scheda: ', h('a', { href: address, target: '_blank', rel: 'noopener' }, 'apri la sandbox'), '.');
    fallback.hidden = Boolean(tab);
    open.disabled = false;
  }));
  return h('section', { class: 'panel', 'aria-labelledby': 'h-preview', testid: 'preview-panel' },
    h('h2', { id: 'h-preview' }, 'Prova prima di pubblicare'),
    h('p', { class: 'hint' }, 'La sandbox è la chat del bot nel browser: con questo pulsante usa la bozza, non la versione pubblicata.'),
    h('div', { class: 'row' }, h('label', { for: 'preview-language' }, 'Lingua'), language, open), fallback);
}
