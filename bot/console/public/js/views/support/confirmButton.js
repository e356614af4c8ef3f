// A button that acts only when pressed twice: a first press arms it for a few seconds (for what deletes at once).
import { h } from '../../dom.js';
import { whileBusy } from '../health/cancelButton.js';

/** run() does the work on the second press; isArmed() tells a page not to redraw under the staff member's finger. */
export function confirmButton({ label, confirmLabel, testid, run }) {
  const button = h('button', { type: 'button', class: 'btn btn-small', testid }, label);
  let timer = null;

  const rest = () => {
    clearTimeout(timer);
    timer = null;
    button.textContent = label;
    button.classList.remove('btn-danger');
  };

  button.addEventListener('click', async () => {
    if (!timer) {
      button.textContent = confirmLabel;
      button.classList.add('btn-danger');
      timer = setTimeout(rest, 6000);
      return;
    }
    rest();
    await whileBusy(button, run);
  });
  return { element: button, isArmed: () => timer !== null };
}
