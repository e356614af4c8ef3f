// "Gestita": the operator has called back. Asked twice (a first press arms the button for a few seconds),
// because the request is then deleted and nothing of it stays.
import { ApiError, api } from '../../api.js';
import { h } from '../../dom.js';
import { flash } from '../../flash.js';
import { whileBusy } from '../health/cancelButton.js';

const LABEL = 'Gestita';
const CONFIRM = 'Conferma: gestita, cancella';

/** request: {id}; onHandled runs once the server deleted it. isArmed() tells the page not to redraw under the operator's finger. */
export function handledButton(request, onHandled) {
  const button = h('button', { type: 'button', class: 'btn btn-small', testid: `callback-handled-${request.id}` }, LABEL);
  let timer = null;

  const rest = () => {
    clearTimeout(timer);
    timer = null;
    button.textContent = LABEL;
    button.classList.remove('btn-danger');
  };

  button.addEventListener('click', async () => {
    if (!timer) {
      button.textContent = CONFIRM;
      button.classList.add('btn-danger');
      timer = setTimeout(rest, 6000);
      return;
    }
    rest();
    await whileBusy(button, async () => {
      try {
        await api('POST', `/support/callbacks/${encodeURIComponent(request.id)}/handled`);
        flash('Richiesta gestita e cancellata.', 'ok');
      } catch (caught) {
        // Another operator (or the 7 days) got there first: gone all the same.
        if (!(caught instanceof ApiError && caught.status === 404)) throw caught;
        flash('Questa richiesta era già stata gestita o cancellata.', 'info');
      }
      await onHandled();
    });
  });
  return { element: button, isArmed: () => timer !== null };
}
