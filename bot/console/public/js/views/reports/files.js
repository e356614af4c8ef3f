// The photos and voice notes the tenants sent with the report.
import { clear, h } from '../../dom.js';

/** number: the file's place among those of its kind (photo 1, 2…; voice note 1, 2…). */
function fileItem(file, number) {
  if (file.kind === 'voice') {
    return h('li', { class: 'report-file', testid: 'report-voice' },
      h('span', { class: 'small' }, `Messaggio vocale ${number}`), h('audio', { controls: true, preload: 'none', src: file.url }));
  }
  return h('li', { class: 'report-file', testid: 'report-photo' },
    h('a', { href: file.url, target: '_blank', rel: 'noopener', title: 'Apri la foto intera' },
      h('img', { src: file.url, alt: `Foto ${number} della segnalazione`, class: 'report-photo' })));
}

export function reportFiles() {
  const element = h('section', { class: 'panel', testid: 'report-files', 'aria-labelledby': 'h-report-files' });

  function render(report) {
    const files = report.files || [];
    clear(element).appendChild(h('h2', { id: 'h-report-files' }, `Foto e audio (${files.length})`));
    element.appendChild(files.length ? h('ul', { class: 'report-files' }, files.map((file, index) => fileItem(file, files.slice(0, index + 1).filter((other) => other.kind === file.kind).length))) : h('p', { class: 'empty' }, 'Nessuna foto né audio.'));
  }

  return { element, render };
}
