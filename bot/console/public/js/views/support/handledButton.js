// "Gestita": the operator has called back. Asked twice, because the request is then deleted and nothing of it stays.
import { ApiError, api } from '../../api.js';
import { flash } from '../../flash.js';
import { confirmButton } from '../confirmButton.js';

/** request: {id}; onHandled runs once the server deleted it. */
export function handledButton(request, onHandled) {
  return confirmButton({
    label: 'Gestita',
    confirmLabel: 'Conferma: gestita, cancella',
    testid: `callback-handled-${request.id}`,
    async run() {
      try {
        await api('POST', `/support/callbacks/${encodeURIComponent(request.id)}/handled`);
        flash('Richiesta gestita e cancellata.', 'ok');
      } catch (caught) {
        // Another operator (or the 7 days) got there first: gone all the same.
        if (!(caught instanceof ApiError && caught.status === 404)) throw caught;
        flash('Questa richiesta era già stata gestita o cancellata.', 'info');
      }
      await onHandled();
    },
  });
}
