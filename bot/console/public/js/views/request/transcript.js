// The tenant's conversation with the bot before asking for a person, folded away on the request page.
import { clear, h } from '../../dom.js';
import { fmtTime } from '../../format.js';

export function transcriptPanel() {
  const element = h('details', { class: 'transcript panel', testid: 'transcript' });
  let signature = '';

  function render(lines) {
    const next = `${lines.length}:${lines.length ? lines[lines.length - 1].createdAt : ''}`;
    if (next === signature) return;
    signature = next;
    const wasOpen = element.open;
    clear(element).append(
      h('summary', { testid: 'transcript-toggle' }, `Conversazione con il bot prima della richiesta (${lines.length} messaggi)`),
      lines.length === 0
        ? h('p', { class: 'empty' }, 'Nessun messaggio con il bot.')
        : h('ol', { class: 'transcript-list' }, lines.map((line) => h('li', { class: ['tline', line.direction === 'in' ? 'tline-in' : 'tline-out'] },
            h('span', { class: 'tline-who' }, line.direction === 'in' ? 'Inquilino' : 'Bot'),
            h('span', { class: 'tline-time' }, fmtTime(line.createdAt)),
            h('p', { class: 'tline-text', dir: 'auto' }, line.text || '')))));
    element.open = wasOpen;
  }

  return { element, render };
}
