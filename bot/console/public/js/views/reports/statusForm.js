// Changing a report's status: only the changes the server allows from the current status, each with its fields.
import { ApiError, api, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { REJECT_REASONS } from '../../labels.js';
import { romeIso, romeLocalValue } from './romeTime.js';
import { reportStatusName } from './words.js';

const OPEN = ['received', 'assigned', 'scheduled'];
/** Each change, what it is called here, and the statuses it may be made from (as the server's workflow says). */
const CHANGES = [
  ['assigned', 'Assegna a una persona o ditta', OPEN],
  ['scheduled', 'Programma l’intervento', OPEN],
  ['resolved', 'Segna come risolta', OPEN],
  ['duplicate', 'Chiudi come doppione', [...OPEN, 'resolved']],
  ['rejected', 'Respingi', [...OPEN, 'resolved']],
  ['received', 'Riapri', ['resolved', 'duplicate', 'rejected']],
];
const CODE = /^MI-\d{4}-\d{6,}$/i;

function field(id, label, input, hint) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('p', { class: 'hint small' }, hint) : null);
}

/** The server's refusal in words; its messages about duplicates are put in Italian. */
function refusal(error, status) {
  if (error instanceof ApiError && error.status === 409) {
    const now = error.data.detail && error.data.detail.status;
    return `La segnalazione è stata cambiata nel frattempo${now ? ` (ora è «${reportStatusName(now)}»)` : ''}: la pagina è aggiornata, controlla e riprova.`;
  }
  const message = error instanceof ApiError ? String(error.data.message || '') : '';
  if (status === 'duplicate' && error.status === 400) {
    if (/no report has the code/.test(message)) return 'Nessuna segnalazione ha questo codice: controllalo.';
    if (/itself/.test(message)) return 'Una segnalazione non può essere il doppione di sé stessa.';
    if (/is closed/.test(message)) return 'Quella segnalazione è chiusa (doppione o respinta): indica quella ancora valida.';
  }
  return errorText(error);
}

/** page: {id, load()} of the report page. */
export function statusForm(page) {
  const error = h('p', { class: 'form-error', testid: 'status-error', role: 'alert', hidden: true });
  const body = h('div');
  const element = h('section', { class: 'panel status-panel', testid: 'report-status-form', 'aria-labelledby': 'h-report-status' },
    h('h2', { id: 'h-report-status' }, 'Cambia stato'), body, error);

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  function render(report) {
    clear(body);
    const changes = CHANGES.filter(([, , from]) => from.includes(report.status));
    if (!changes.length) {
      body.appendChild(h('p', { class: 'muted' }, 'Nessun cambio di stato possibile.'));
      return;
    }
    const assignee = h('input', { type: 'text', id: 'status-assignee', testid: 'status-assignee', maxlength: '120', autocomplete: 'off', value: report.assignedTo || '' });
    const when = h('input', { type: 'datetime-local', id: 'status-when', testid: 'status-when', value: romeLocalValue(report.scheduledFor) });
    const whenAssignee = h('input', { type: 'text', id: 'status-when-assignee', testid: 'status-when-assignee', maxlength: '120', autocomplete: 'off', value: report.assignedTo || '' });
    const duplicateOf = h('input', { type: 'text', id: 'status-duplicate-of', testid: 'status-duplicate-of', maxlength: '20', autocomplete: 'off', placeholder: 'MI-2026-000123' });
    const reason = h('select', { id: 'status-reason', testid: 'status-reason' }, Object.entries(REJECT_REASONS).map(([value, text]) => h('option', { value }, text)));
    const fields = {
      assigned: field('status-assignee', 'Assegnata a (persona o ditta)', assignee),
      scheduled: [field('status-when', 'Data e ora dell’intervento (ora di Roma)', when), field('status-when-assignee', 'Chi interviene (facoltativo)', whenAssignee)],
      duplicate: field('status-duplicate-of', 'Codice della segnalazione che resta aperta', duplicateOf, 'I segnalanti passano a quella segnalazione.'),
      rejected: field('status-reason', 'Motivo', reason),
      resolved: h('p', { class: 'hint' }, 'Ai segnalanti viene chiesto se il guasto è davvero risolto.'),
      received: h('p', { class: 'hint' }, 'La segnalazione torna «Ricevuta» e di nuovo da gestire.'),
    };
    const boxes = Object.fromEntries(Object.entries(fields).map(([status, content]) => [status, h('div', { class: 'status-fields', hidden: true, testid: `status-fields-${status}` }, content)]));
    const radios = changes.map(([status, label]) => {
      const radio = h('input', { type: 'radio', name: 'report-change', id: `status-option-${status}`, testid: `status-option-${status}`, value: status });
      return h('label', { class: 'check', for: radio.id }, radio, ` ${label}`);
    });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'status-submit', disabled: true }, 'Conferma');
    const form = h('form', { novalidate: true },
      h('p', { class: 'muted small' }, 'Ora: ', h('strong', null, reportStatusName(report.status)), '. Ogni segnalante riceve un messaggio nella sua lingua.'),
      h('fieldset', { class: 'group' }, h('legend', null, 'Che cosa vuoi fare?'), h('div', { class: 'radios' }, radios)),
      changes.map(([status]) => boxes[status]),
      h('div', { class: 'row end' }, submit));
    const chosen = () => (form.querySelector('input[name="report-change"]:checked') || {}).value;
    form.addEventListener('change', (event) => {
      if (event.target.name !== 'report-change') return;
      for (const [status, box] of Object.entries(boxes)) box.hidden = status !== chosen();
      submit.disabled = false;
      showError('');
    });

    /** The body to send for the chosen change, or a problem to show. */
    function changeOf(status) {
      switch (status) {
        case 'assigned':
          return assignee.value.trim() ? { status, assignedTo: assignee.value.trim() } : { problem: 'Scrivi a chi è assegnata.', focus: assignee };
        case 'scheduled': {
          const scheduledFor = romeIso(when.value);
          if (!scheduledFor) return { problem: 'Indica data e ora dell’intervento.', focus: when };
          return { status, scheduledFor, ...(whenAssignee.value.trim() ? { assignedTo: whenAssignee.value.trim() } : {}) };
        }
        case 'duplicate':
          return CODE.test(duplicateOf.value.trim())
            ? { status, duplicateOf: duplicateOf.value.trim().toUpperCase() }
            : { problem: 'Scrivi il codice della segnalazione, per esempio MI-2026-000123.', focus: duplicateOf };
        case 'rejected':
          return { status, reason: reason.value };
        default:
          return { status };
      }
    }

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const status = chosen();
      if (!status) return;
      const change = changeOf(status);
      if (change.problem) {
        showError(change.problem);
        change.focus.focus();
        return;
      }
      showError('');
      submit.disabled = true;
      try {
        await api('POST', `/reports/${encodeURIComponent(page.id)}/status`, change);
        flash(`Stato cambiato: ${reportStatusName(status)}.`, 'ok');
      } catch (caught) {
        submit.disabled = false;
        showError(refusal(caught, status));
        if (!(caught instanceof ApiError && caught.status === 409)) return;
      }
      await page.load().catch(() => undefined);
    });
    body.appendChild(form);
  }

  return { element, render };
}
