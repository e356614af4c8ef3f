// The actions panel of the request page: claim, urgent / over 65, labels, transfer, hand back, close.
import { ApiError, api, errorText, may } from '../../api.js';
import { claimRequest } from '../../claim.js';
import { clear, h } from '../../dom.js';
import { flash } from '../../flash.js';
import { statusName } from '../../format.js';
import { OUTCOMES } from '../../labels.js';

/** page: the request page's context ({id, data, load, open}); onClaimed runs once the request is ours. */
export function actionsPanel(page, onClaimed) {
  const { id } = page;
  const element = h('div', { class: 'actions panel', testid: 'request-actions' });
  let signature = '';

  /** Rebuilt only when something it shows has changed, so that half-filled fields survive live refreshes. */
  function render() {
    const { data } = page;
    const { request } = data;
    const next = JSON.stringify([request.status, request.claimedBy, request.labels, request.urgent, request.over65, request.neighbourhoodId,
      data.managers, data.neighbourhoods, request.outcome]);
    if (next === signature && element.firstChild) return;
    signature = next;
    build(data);
  }

  function build(data) {
    const { request } = data;
    clear(element);
    element.appendChild(h('h2', null, 'Azioni'));
    const isOpen = page.open();
    const errorBox = h('p', { class: 'form-error', testid: 'action-error', role: 'alert', hidden: true });
    element.appendChild(errorBox);
    const run = (fn, okText) => async (event) => {
      const button = event && event.currentTarget;
      if (button) button.disabled = true;
      errorBox.hidden = true;
      try {
        await fn();
        if (okText) flash(okText, 'ok');
        await page.load();
      } catch (error) {
        errorBox.textContent = errorText(error);
        errorBox.hidden = false;
      } finally {
        if (button) button.disabled = false;
      }
    };

    // Roles that may view requests but not act on them (admins) get no button the server would refuse.
    const canAct = may('requests.act');
    if (isOpen && canAct && request.status === 'waiting') {
      const claimError = h('p', { class: 'form-error', testid: 'claim-error', role: 'alert', hidden: true });
      element.append(h('button', {
        type: 'button', class: 'btn btn-primary btn-wide', testid: `claim-${request.id}`,
        on: { click: async (event) => {
          const button = event.currentTarget;
          button.disabled = true;
          const ok = await claimRequest(request.id, claimError);
          await page.load().catch(() => undefined);
          button.disabled = false;
          if (ok) onClaimed();
        } },
      }, 'Prendi in carico'), claimError);
    }
    if (!isOpen) {
      element.appendChild(h('p', { class: 'muted' }, `Richiesta ${statusName(request.status).toLowerCase()}.`));
      return;
    }
    if (!canAct) {
      element.append(
        h('p', { class: 'muted', testid: 'actions-read-only' }, 'Solo lettura: con il tuo ruolo vedi le richieste ma non le gestisci.'),
        h('p', null, [request.urgent ? 'Urgente' : null, request.over65 === true ? 'Over 65' : null, ...(request.labels || [])].filter(Boolean).join(' · ') || 'Nessuna etichetta.'));
      return;
    }

    // Urgent & over 65
    const urgent = h('input', { type: 'checkbox', id: 'urgent-toggle', testid: 'urgent-toggle', checked: request.urgent });
    urgent.addEventListener('change', run(() => api('PUT', `/requests/${encodeURIComponent(id)}/urgent`, { urgent: urgent.checked })));
    const over65 = h('select', { id: 'over65-select', testid: 'over65-select' },
      h('option', { value: 'null' }, 'Non so'), h('option', { value: 'true' }, 'Sì'), h('option', { value: 'false' }, 'No'));
    over65.value = request.over65 === true ? 'true' : request.over65 === false ? 'false' : 'null';
    over65.addEventListener('change', run(() => api('PUT', `/requests/${encodeURIComponent(id)}/over65`, { over65: over65.value === 'null' ? null : over65.value === 'true' })));
    element.append(
      h('div', { class: 'field-inline' }, urgent, h('label', { for: 'urgent-toggle' }, 'Urgente')),
      h('div', { class: 'field-inline' }, h('label', { for: 'over65-select' }, 'Over 65'), over65));

    // Labels
    const labels = [...(request.labels || [])];
    const labelList = h('ul', { class: 'labels labels-edit', testid: 'labels' });
    const saveLabels = (next) => api('PUT', `/requests/${encodeURIComponent(id)}/labels`, { labels: next });
    for (const label of labels) {
      labelList.appendChild(h('li', { class: 'label' }, h('bdi', null, label),
        h('button', {
          type: 'button', class: 'label-remove', 'aria-label': `Togli l’etichetta ${label}`, testid: 'label-remove',
          on: { click: run(() => saveLabels(labels.filter((candidate) => candidate !== label))) },
        }, '✕')));
    }
    const labelInput = h('input', { type: 'text', id: 'labels-input', testid: 'labels-input', maxlength: '40', placeholder: 'nuova etichetta', dir: 'auto' });
    const addLabel = run(async () => {
      const value = labelInput.value.trim();
      if (!value) return;
      const next = [...new Set([...labels, ...value.split(',').map((part) => part.trim()).filter(Boolean)])];
      await saveLabels(next);
      labelInput.value = '';
    });
    labelInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void addLabel();
      }
    });
    element.append(h('fieldset', { class: 'group' }, h('legend', null, 'Etichette'), labelList,
      h('div', { class: 'row' }, labelInput, h('button', { type: 'button', class: 'btn btn-small', testid: 'labels-add', on: { click: addLabel } }, 'Aggiungi'))));

    // Transfer
    const transferSelect = h('select', { id: 'transfer-select', testid: 'transfer-select' },
      h('option', { value: '' }, '— scegli —'),
      (data.managers || []).length ? h('optgroup', { label: 'A un collega' },
        data.managers.filter((manager) => !request.claimedBy || manager.id !== request.claimedBy.id)
          .map((manager) => h('option', { value: `staff:${manager.id}` }, manager.name))) : null,
      (data.neighbourhoods || []).length ? h('optgroup', { label: 'A un quartiere' },
        data.neighbourhoods.filter((neighbourhood) => neighbourhood.id !== request.neighbourhoodId)
          .map((neighbourhood) => h('option', { value: `nb:${neighbourhood.id}` }, neighbourhood.name))) : null);
    const transfer = run(async () => {
      const value = transferSelect.value;
      if (!value) throw new ApiError(400, { message: 'scegli a chi trasferire' });
      const [kind, ...rest] = value.split(':');
      const target = rest.join(':');
      const manager = (page.data.managers || []).find((candidate) => String(candidate.id) === target);
      await api('POST', `/requests/${encodeURIComponent(id)}/transfer`, kind === 'staff' ? { staffId: manager ? manager.id : target } : { neighbourhoodId: target });
    }, 'Richiesta trasferita.');
    // A waiting request is assigned (a coordinator names who answers); a claimed one is passed on.
    element.append(h('fieldset', { class: 'group' }, h('legend', null, request.status === 'waiting' ? 'Assegna o trasferisci' : 'Trasferisci'),
      h('label', { for: 'transfer-select', class: 'sr-only' }, 'Trasferisci a'), transferSelect,
      h('button', { type: 'button', class: 'btn btn-small', testid: 'transfer-submit', on: { click: transfer } }, 'Trasferisci')));

    // Hand back
    if (request.status === 'claimed') {
      element.append(h('button', {
        type: 'button', class: 'btn btn-wide', testid: 'hand-back',
        on: { click: run(() => api('POST', `/requests/${encodeURIComponent(id)}/hand-back`), 'Richiesta restituita al bot.') },
      }, '↩ Restituisci al bot'));
    }

    // Close
    const outcome = h('select', { id: 'close-outcome', testid: 'close-outcome', required: true },
      h('option', { value: '' }, '— esito —'), OUTCOMES.map(([value, label]) => h('option', { value }, label)));
    const note = h('textarea', { id: 'close-note', testid: 'close-note', rows: '2', maxlength: '1000', dir: 'auto', placeholder: 'Nota (facoltativa)' });
    const close = run(async () => {
      if (!outcome.value) throw new ApiError(400, { message: 'scegli un esito' });
      const body = { outcome: outcome.value };
      if (note.value.trim()) body.note = note.value.trim();
      await api('POST', `/requests/${encodeURIComponent(id)}/close`, body);
    }, 'Richiesta chiusa.');
    element.append(h('fieldset', { class: 'group group-close' }, h('legend', null, 'Chiudi la richiesta'),
      h('label', { for: 'close-outcome' }, 'Esito'), outcome,
      h('label', { for: 'close-note' }, 'Nota'), note,
      h('button', { type: 'button', class: 'btn btn-danger btn-wide', testid: 'close-submit', on: { click: close } }, 'Chiudi')));
  }

  return { element, render };
}
