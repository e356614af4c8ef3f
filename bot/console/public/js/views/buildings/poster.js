// The QR poster of a building or one of its staircases, in Italian alone or with a second language:
// a preview in the page, and the PNG and PDF to print.
import { API, ApiError, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';

/** languages: [{code, name}] the bot speaks. */
export function posterPanel(languages) {
  const element = h('section', { class: 'panel poster-panel', testid: 'poster', hidden: true, tabindex: '-1', 'aria-labelledby': 'h-poster' });
  let previewUrl = null;
  let token = 0;

  function forget() {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = null;
  }

  /** The preview is fetched (not only shown) so that a refusal can be told in words. */
  async function preview(image, status, url) {
    const mine = ++token;
    status.textContent = 'Preparazione dell’anteprima…';
    image.hidden = true;
    try {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
      const blob = await response.blob();
      if (mine !== token) return;
      forget();
      previewUrl = URL.createObjectURL(blob);
      image.src = previewUrl;
      image.hidden = false;
      status.textContent = '';
    } catch (caught) {
      if (mine === token) status.textContent = `Anteprima non disponibile: ${errorText(caught)}`;
    }
  }

  function show(building) {
    forget();
    const staircase = h('select', { id: 'poster-staircase', testid: 'poster-staircase' },
      h('option', { value: '' }, 'Tutto l’edificio'), building.staircases.map((name) => h('option', { value: name }, `Scala ${name}`)));
    const language = h('select', { id: 'poster-language', testid: 'poster-language' },
      h('option', { value: '' }, 'Solo italiano'),
      languages.filter((item) => item.code !== 'it').map((item) => h('option', { value: item.code }, `Italiano e ${item.name}`)));
    const png = h('a', { class: 'btn', testid: 'poster-png', target: '_blank', rel: 'noopener' }, '⬇ PNG');
    const pdf = h('a', { class: 'btn btn-primary', testid: 'poster-pdf', target: '_blank', rel: 'noopener' }, 'PDF da stampare');
    const image = h('img', { class: 'poster-preview', testid: 'poster-preview', alt: `Anteprima del manifesto QR di ${building.address}`, hidden: true });
    const status = h('p', { class: 'muted', testid: 'poster-status', 'aria-live': 'polite' });
    const update = () => {
      const params = new URLSearchParams();
      if (staircase.value) params.set('staircase', staircase.value);
      if (language.value) params.set('language', language.value);
      const query = params.toString() ? `?${params}` : '';
      const base = `${API}/buildings/${encodeURIComponent(building.id)}/poster`;
      png.href = `${base}.png${query}`;
      pdf.href = `${base}.pdf${query}`;
      png.setAttribute('download', `manifesto-${building.code}${staircase.value ? `-${staircase.value}` : ''}.png`);
      void preview(image, status, png.href);
    };
    staircase.addEventListener('change', update);
    language.addEventListener('change', update);
    clear(element).append(
      h('div', { class: 'row between' },
        h('h2', { id: 'h-poster' }, `Manifesto QR: ${building.address} (${building.code})`),
        h('button', { type: 'button', class: 'btn btn-small btn-ghost', testid: 'poster-close', on: { click: hide } }, '✕ Chiudi')),
      h('p', { class: 'hint' }, 'Da appendere nell’androne o in ogni scala: inquadrando il QR gli inquilini aprono il bot con l’edificio già scelto.'),
      h('div', { class: 'poster-layout' },
        h('div', null,
          h('div', { class: 'field' }, h('label', { for: 'poster-staircase' }, 'Dove va appeso'), staircase),
          h('div', { class: 'field' }, h('label', { for: 'poster-language' }, 'Lingue del manifesto'), language),
          h('div', { class: 'row' }, png, pdf)),
        h('div', { class: 'poster-frame' }, status, image)));
    element.hidden = false;
    update();
    element.focus();
  }

  function hide() {
    token += 1;
    forget();
    element.hidden = true;
    clear(element);
  }

  return { element, show, dispose: hide };
}
