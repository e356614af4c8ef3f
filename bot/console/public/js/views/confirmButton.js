// A button that acts only when pressed twice: a first press arms it for a few seconds (for what cannot be undone).
import { h } from '../dom.js';
import { whileBusy } from './health/cancelButton.js';

/**
 * run() does the work on the second press; isArmed() tells a page not to redraw under the staff member's finger.
 * danger: red from the start (the content page's destructive actions) rather than only once armed.
 */
export function confirmButton({ label, confirmLabel, testid, run, danger = false }) {
  const button = h('button', { type: 'button', class: danger ? 'btn btn-danger' : 'btn btn-small', testid }, label);
  let timer = null;

  const rest = () => {
    clearTimeout(timer);
    timer = null;
    button.textContent = label;
    if (!danger) button.classList.remove('btn-danger');
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
