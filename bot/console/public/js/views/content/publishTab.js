// The "Controlla e pubblica" tab: check the draft, try it in the sandbox, publish it with a note; and the draft's
// other ways: discard it, bring in the repository's files, write the published version to them.
import { ApiError, api } from '../../api.js';
import { h } from '../../dom.js';
import { flash } from '../../flash.js';
import { whileBusy } from '../health/cancelButton.js';
import { problemBox } from '../health/problems.js';
import { confirmButton } from '../confirmButton.js';
import { previewPicker } from './previewPicker.js';
import { problemList } from './problemList.js';

function checkPanel(ctx, problems) {
  const ok = h('p', { class: 'ok-text', testid: 'content-check-ok', hidden: true }, 'Nessun problema: la bozza si può pubblicare.');
  const outdated = h('div', { class: 'hint', testid: 'content-check-outdated', hidden: true });
  const check = h('button', { type: 'button', class: 'btn', testid: 'content-check' }, 'Controlla la bozza');
  check.addEventListener('click', () => whileBusy(check, async () => {
    const { problems: found, outdated: stale } = await api('POST', '/content/draft/check');
    ok.hidden = found.length > 0;
    if (found.length) problems.show(found, `La bozza ha ${found.length} problemi da correggere prima di pubblicare:`, ctx.model);
    else problems.hide();
    outdated.hidden = stale.length === 0;
    outdated.replaceChildren(
      h('p', {}, `${stale.length} traduzioni da aggiornare: il testo italiano è cambiato dopo. Si può pubblicare lo stesso; si aggiornano in «Traduzioni».`),
      h('ul', { class: 'plain-list' }, ...stale.slice(0, 50).map((entry) => h('li', { testid: 'outdated-item' }, `${entry.language} · ${entry.key}`))),
    );
    check.disabled = false;
  }));
  return h('section', { class: 'panel', 'aria-labelledby': 'h-check' }, h('h2', { id: 'h-check' }, 'Controlla'),
    h('p', { class: 'hint' }, 'Lo stesso controllo della pubblicazione: testi mancanti, collegamenti che non portano da nessuna parte, passi irraggiungibili, segnaposto diversi tra le lingue, testi troppo lunghi per Telegram.'),
    check, ok, outdated);
}

function publishPanel(ctx, problems) {
  const note = h('input', { type: 'text', id: 'publish-note', testid: 'publish-note', maxlength: '500', placeholder: 'es. Corretta la domanda sul pericolo in arabo' });
  const errors = problemBox('publish-error');
  const publish = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'publish' }, 'Pubblica');
  const form = h('form', { novalidate: true },
    h('label', { for: 'publish-note' }, 'Cosa è cambiato (resta nell’elenco delle versioni)'), note, errors.element, h('div', { class: 'row end' }, publish));
  errors.guard(form, publish, {
    read: () => note.value.trim(),
    check: (value) => (value ? [] : ['scrivi in due parole cosa è cambiato']),
    async send(value) {
      try {
        const answer = await ctx.edit('POST', '/content/publish', { note: value });
        if (!answer) return;
        await ctx.reload();
        flash(`Pubblicata la versione ${answer.version}: il bot la usa entro pochi secondi.`, 'ok');
      } catch (caught) {
        if (!(caught instanceof ApiError && caught.status === 422)) throw caught;
        problems.show(caught.data.problems || [], 'Non pubblicata: la bozza ha questi problemi da correggere.', ctx.model);
        problems.element.scrollIntoView({ block: 'start' });
      }
    },
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'h-publish' }, h('h2', { id: 'h-publish' }, 'Pubblica'),
    h('p', { class: 'hint' }, 'Il bot usa la nuova versione entro pochi secondi, senza riavvii; chi è a metà di un dialogo lo continua.'), form);
}

function filesPanel(ctx) {
  const exported = h('div', { testid: 'export-result', role: 'status' });
  const exportButton = h('button', { type: 'button', class: 'btn', testid: 'content-export' }, 'Esporta nei file');
  exportButton.addEventListener('click', () => whileBusy(exportButton, async () => {
    const { files } = await api('POST', '/content/export');
    exported.replaceChildren(files.length
      ? h('div', null, h('p', null, 'File scritti (da salvare in git):'), h('ul', { class: 'mono small' }, files.map((file) => h('li', null, file))))
      : h('p', null, 'I file erano già uguali alla versione pubblicata.'));
    exportButton.disabled = false;
  }));
  return h('section', { class: 'panel', 'aria-labelledby': 'h-files' }, h('h2', { id: 'h-files' }, 'Bozza e file del repository'),
    h('p', { class: 'hint' }, 'I dialoghi e i testi stanno anche nei file dialogs/ e locales/ del repository. «Importa» porta nella bozza le modifiche fatte nei file (sostituisce la bozza); «Esporta» scrive nei file la versione pubblicata.'),
    h('div', { class: 'row' },
      confirmButton({ danger: true, label: 'Scarta la bozza', confirmLabel: 'Conferma: scarta le modifiche', testid: 'draft-discard', async run() {
        if (!(await ctx.edit('POST', '/content/draft/discard'))) return;
        await ctx.reload();
        flash('Bozza scartata: ora è uguale a quello che usa il bot.', 'ok');
      } }).element,
      confirmButton({ danger: true, label: 'Importa dai file', confirmLabel: 'Conferma: sostituisci la bozza con i file', testid: 'draft-import', async run() {
        if (!(await ctx.edit('POST', '/content/draft/import'))) return;
        await ctx.reload();
        flash('File importati nella bozza: controllala e pubblicala.', 'ok');
      } }).element,
      exportButton),
    exported);
}

export function publishTab(ctx) {
  const problems = problemList('content-problems');
  return h('div', { class: 'publish-tab' }, checkPanel(ctx, problems), problems.element, previewPicker(ctx.model), publishPanel(ctx, problems), filesPanel(ctx));
}
