// Privacy: for coordinators, a tenant's request made in person or by letter (export or erase, with the code the bot
// showed the tenant); for admins, the record of processing and what the daily retention run erased.
import { api, errorText, may } from '../api.js';
import { clear, h } from '../dom.js';
import { flash } from '../flash.js';
import { fmtDateTime } from '../format.js';
import { confirmButton } from './confirmButton.js';

const COUNTS = {
  transcriptLines: 'Righe di conversazione',
  requestMessages: 'Messaggi di richieste chiuse',
  healthNotes: 'Note per gli infermieri',
  reportFiles: 'Foto e vocali',
  inactiveTenants: 'Inquilini inattivi cancellati',
};

export function privacyView(main) {
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Privacy')));
  const boxes = [];
  if (may('privacy.requests')) boxes.push(requestBox());
  const record = h('div', { class: 'table-wrap', testid: 'privacy-record' });
  const runs = h('div', { class: 'table-wrap', testid: 'privacy-runs' });
  if (may('privacy.record')) {
    main.append(h('h2', null, 'Registro dei trattamenti'), record, h('h2', null, 'Conservazione: le ultime esecuzioni'), runs);
  }
  main.prepend(...boxes);
  return {
    async load() {
      if (!may('privacy.record')) return;
      const [{ record: rows }, done] = await Promise.all([api('GET', '/privacy/record'), api('GET', '/privacy/retention')]);
      clear(record).appendChild(table(['Dati', 'Perché', 'Chi li vede', 'Per quanto'], rows.map((row) => [row.data, row.why, row.who, row.kept])));
      clear(runs).appendChild(done.length === 0 ? h('p', { class: 'empty' }, 'Ancora nessuna.') : table(
        ['Giorno', 'Finita', ...Object.values(COUNTS)],
        done.map((run) => [run.day, run.finishedAt ? fmtDateTime(run.finishedAt) : 'in corso', ...Object.keys(COUNTS).map((key) => String(run.counts?.[key] ?? '—'))]),
      ));
    },
  };
}

function table(titles, rows) {
  return h('table', { class: 'table' },
    h('thead', null, h('tr', null, ...titles.map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', null, ...rows.map((cells) => h('tr', null, ...cells.map((cell) => h('td', null, cell))))));
}

/** The code the tenant shows (under «🔒 Privacy» in the bot, valid 7 days), then export or erase. */
function requestBox() {
  const code = h('input', { type: 'text', class: 'input', testid: 'privacy-code', placeholder: 'ABCD-2345', autocomplete: 'off' });
  const reason = h('input', { type: 'text', class: 'input', testid: 'privacy-reason', placeholder: 'Es.: allo sportello il 5/12, documento visto (niente nomi)' });
  const exportButton = h('button', { type: 'button', class: 'btn', testid: 'privacy-export' }, '⬇ Esporta i dati');
  exportButton.addEventListener('click', async () => {
    try {
      const data = await api('POST', '/privacy/export', { code: code.value });
      const link = h('a', { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })), download: `casa-bot-${data.exportedAt.slice(0, 10)}.json` });
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      flash(errorText(error), 'error');
    }
  });
  const erase = confirmButton({
    label: '🗑️ Cancella i dati',
    confirmLabel: 'Premi di nuovo: non si torna indietro',
    testid: 'privacy-erase',
    run: async () => {
      try {
        await api('POST', '/privacy/erase', { code: code.value, reason: reason.value });
        flash('Dati cancellati; la cancellazione è nel registro.', 'info');
        code.value = '';
        reason.value = '';
      } catch (error) {
        flash(errorText(error), 'error');
      }
    },
  });
  return h('section', { class: 'panel', testid: 'privacy-requests' },
    h('h2', null, 'Richiesta di un inquilino allo sportello o per lettera'),
    h('p', { class: 'hint' }, 'L’inquilino trova il codice nel bot, sotto «🔒 Privacy» → «🔑 Codice per lo sportello» (vale 7 giorni). Esportazione e cancellazione vanno nel registro con il tuo nome.'),
    h('label', null, 'Codice ', code),
    h('label', null, 'Come l’ha chiesto ', reason),
    h('div', { class: 'actions' }, exportButton, erase.element));
}
