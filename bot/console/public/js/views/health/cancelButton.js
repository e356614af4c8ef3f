// "Annulla e avvisa": the health point cancels a booking and the bot tells the tenant in their language.
// Never done by one click: the first arms the button, a second within a few seconds confirms.
import { api, errorText } from '../../api.js';
import { h } from '../../dom.js';
import { flash } from '../../flash.js';

const LABEL = 'Annulla e avvisa';

/** appointment: {id, code}; onCancelled runs after the server cancelled it (to reload the list); base: /health or /centre. */
export function cancelButton(appointment, onCancelled, base = '/health') {
  const button = h('button', { type: 'button', class: 'btn btn-small btn-danger', testid: `appt-cancel-${appointment.id}` }, LABEL);
  let armed = null;

  function disarm() {
    clearTimeout(armed);
    armed = null;
    button.textContent = LABEL;
  }

  button.addEventListener('click', async () => {
    if (!armed) {
      button.textContent = 'Conferma: annulla e avvisa';
      armed = setTimeout(disarm, 6000);
      return;
    }
    disarm();
    await whileBusy(button, async () => {
      await api('POST', `${base}/appointments/${appointment.id}/cancel`, { notify: true });
      flash(`Appuntamento ${appointment.code} annullato: il bot avvisa l’inquilino nella sua lingua.`, 'ok');
      await onCancelled();
    });
  });
  return button;
}

/** Runs a button's work with the button disabled; a failure is said and the button can be pressed again. */
export async function whileBusy(button, work) {
  button.disabled = true;
  try {
    await work();
  } catch (caught) {
    flash(errorText(caught), 'error');
    button.disabled = false;
  }
}
