// Taking a request in charge, from the queue or from the request page.
import { ApiError, api, errorText } from './api.js';
import { flash } from './flash.js';
import { statusName } from './format.js';
import { refreshView } from './live.js';

/** POST claim; shows "Già presa da …" on 409. Returns true when the request is now ours. */
export async function claimRequest(id, errorBox) {
  if (errorBox) errorBox.hidden = true;
  try {
    await api('POST', `/requests/${encodeURIComponent(id)}/claim`);
    flash(`Richiesta #${id} presa in carico.`, 'ok');
    return true;
  } catch (error) {
    let text = errorText(error);
    if (error instanceof ApiError && error.status === 409) {
      const detail = error.data.detail || {};
      if (detail.claimedBy) text = `Già presa da ${detail.claimedBy}.`;
      else if (detail.status && detail.status !== 'claimed') text = `Non si può prendere in carico: la richiesta è ${statusName(detail.status).toLowerCase()}.`;
      else text = 'Già presa da un collega.';
    }
    if (errorBox) {
      errorBox.textContent = text;
      errorBox.hidden = false;
    }
    flash(text, 'error');
    refreshView('queue', { requestId: id });
    return false;
  }
}
