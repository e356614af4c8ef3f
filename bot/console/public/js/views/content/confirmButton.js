// A button for what cannot be undone with one click: the first press arms it for a few seconds, a second confirms.
import { h } from '../../dom.js';
import { whileBusy } from '../health/cancelButton.js';

/** action: the work (async); the button stays disabled once it succeeded (the page is shown again). */
export function confirmButton({ label, confirmLabel, testid, action }) {
  const button = h('button', { type: 'button', class: 'btn btn-danger', testid }, label);
  let timer = null;

  const rest = () => {
    clearTimeout(timer);
    timer = null;
    button.textContent = label;
  };

  button.addEventListener('click', async () => {
    if (!timer) {
      button.textContent = confirmLabel;
      timer = setTimeout(rest, 6000);
      return;
    }
    rest();
    await whileBusy(button, action);
  });
  return button;
}
