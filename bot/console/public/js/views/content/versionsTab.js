// The "Versioni" tab: every published version (the one the bot uses marked), compared with the draft or another
// version, and restored (asked twice: the draft becomes that version too).
import { api, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { fmtDateTime } from '../../format.js';
import { whileBusy } from '../health/cancelButton.js';
import { comparison } from './comparison.js';
import { confirmButton } from '../confirmButton.js';

const versionName = (value) => (value === 'draft' ? 'la bozza' : `la versione ${value}`);

export function versionsTab(ctx) {
  const result = h('div', { testid: 'compare-box' });
  const from = h('select', { id: 'compare-from', testid: 'compare-from' });
  const to = h('select', { id: 'compare-with', testid: 'compare-with' });
  const compareButton = h('button', { type: 'button', class: 'btn', testid: 'compare' }, 'Confronta');
  const table = h('tbody', { testid: 'versions' });
  const comparePanel = h('section', { class: 'panel', 'aria-labelledby': 'h-compare', hidden: true }, h('h2', { id: 'h-compare' }, 'Confronta'),
    h('div', { class: 'row' }, h('label', { for: 'compare-from' }, 'La versione'), from, h('label', { for: 'compare-with' }, 'con'), to, compareButton),
    result);
  const element = h('div', null, comparePanel,
    h('section', { class: 'section', 'aria-labelledby': 'h-versions' }, h('h2', { id: 'h-versions' }, 'Versioni pubblicate'),
      h('p', { class: 'hint' }, 'Ripristinare una versione la pubblica di nuovo come versione più recente; anche la bozza torna uguale a quella versione (le modifiche non pubblicate si perdono).'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('thead', null, h('tr', null, ['Versione', 'Pubblicata', 'Da', 'Nota', ''].map((label) => h('th', { scope: 'col' }, label)))), table))));

  async function compare(before, after) {
    const diff = await api('GET', `/content/versions/${encodeURIComponent(before)}/compare?with=${encodeURIComponent(after)}`);
    clear(result).appendChild(comparison(diff, `Da ${versionName(before)} a ${versionName(after)}`, ctx.model));
  }

  compareButton.addEventListener('click', () => whileBusy(compareButton, async () => {
    await compare(from.value, to.value);
    compareButton.disabled = false;
  }));

  function row(version, live) {
    const compareDraft = h('button', { type: 'button', class: 'btn', testid: `version-compare-${version.number}` }, 'Confronta con la bozza');
    compareDraft.addEventListener('click', () => whileBusy(compareDraft, async () => {
      from.value = String(version.number);
      to.value = 'draft';
      await compare(version.number, 'draft');
      compareDraft.disabled = false;
      result.scrollIntoView({ block: 'start' });
    }));
    const restore = version.number === live ? null : confirmButton({
      danger: true,
      label: 'Ripristina', confirmLabel: `Conferma: ripristina la versione ${version.number}`, testid: `version-restore-${version.number}`,
      async run() {
        const restored = await ctx.edit('POST', `/content/versions/${version.number}/restore`, { note: `Ripristino della versione ${version.number}` });
        if (!restored) return;
        const made = restored.version;
        await ctx.reload();
        flash(`Versione ${version.number} ripristinata come versione ${made}: il bot la usa entro pochi secondi.`, 'ok');
      },
    }).element;
    return h('tr', { testid: `version-${version.number}`, class: version.number === live ? 'version-live' : '' },
      h('th', { scope: 'row' }, `${version.number}`, version.number === live ? h('span', { class: 'badge badge-ok', testid: 'version-live' }, 'In uso') : null),
      h('td', null, fmtDateTime(version.createdAt)),
      h('td', null, version.author),
      h('td', { dir: 'auto' }, version.note, version.restoredFrom ? h('span', { class: 'muted' }, ` (ripristino della versione ${version.restoredFrom})`) : null),
      h('td', null, h('div', { class: 'row' }, compareDraft, restore)));
  }

  (async () => {
    const { live, versions } = await api('GET', '/content/versions');
    const options = (withDraft) => [...(withDraft ? [h('option', { value: 'draft' }, 'la bozza')] : []), ...versions.map((version) => h('option', { value: String(version.number) }, `versione ${version.number}`))];
    from.replaceChildren(...options(false));
    to.replaceChildren(...options(true));
    comparePanel.hidden = versions.length === 0;
    table.replaceChildren(...(versions.length ? versions.map((version) => row(version, live))
      : [h('tr', null, h('td', { colspan: '5', class: 'empty' }, 'Nessuna versione pubblicata: il bot usa i testi dei file.'))]));
  })().catch((error) => flash(errorText(error), 'error'));
  return element;
}
