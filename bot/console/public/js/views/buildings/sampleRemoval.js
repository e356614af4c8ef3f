// "Rimuovi edifici di esempio": clears the sample buildings once the real register is in (a second click confirms).
import { api, errorText } from '../../api.js';
import { h } from '../../dom.js';
import { flash } from '../../flash.js';

/** onRemoved runs after the removal (to reload the list). */
export function sampleRemoval(onRemoved) {
  const button = h('button', { type: 'button', class: 'btn btn-danger', testid: 'buildings-remove-sample' }, 'Rimuovi edifici di esempio');
  const element = h('div', { class: 'sample-removal', hidden: true }, button);
  let armed = null;

  function disarm() {
    clearTimeout(armed);
    armed = null;
    button.textContent = 'Rimuovi edifici di esempio';
  }

  button.addEventListener('click', async () => {
    if (!armed) {
      button.textContent = 'Conferma: rimuovi gli edifici di esempio';
      armed = setTimeout(disarm, 6000);
      return;
    }
    disarm();
    button.disabled = true;
    try {
      const { removed } = await api('DELETE', '/buildings/sample');
      flash(`Rimossi ${removed} edifici di esempio. Restano quelli con segnalazioni o inquilini collegati.`, 'ok');
      await onRemoved();
    } catch (caught) {
      flash(errorText(caught), 'error');
    } finally {
      button.disabled = false;
    }
  });

  /** Shown only while sample buildings exist. */
  function render(buildings) {
    element.hidden = !buildings.some((building) => building.sample);
  }

  return { element, render, dispose: disarm };
}
