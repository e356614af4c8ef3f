// The report page: loads one maintenance report and lays out its parts (facts, description, reporters,
// photos, notes; status change and history on the side).
import { api } from '../api.js';
import { coalesce } from '../coalesce.js';
import { h } from '../dom.js';
import { getLanguages, getNeighbourhoods } from '../lookups.js';
import { reportDescription } from './reports/description.js';
import { reportFiles } from './reports/files.js';
import { reportHeader } from './reports/header.js';
import { reportHistory } from './reports/history.js';
import { reportNotes } from './reports/notes.js';
import { reportReporters } from './reports/reporters.js';
import { statusForm } from './reports/statusForm.js';
import { reportStatusName } from './reports/words.js';

export function reportView(main, id) {
  const names = { neighbourhoods: new Map(), languages: new Map() };
  const page = { id, load: () => load() };
  const header = reportHeader((neighbourhoodId) => names.neighbourhoods.get(neighbourhoodId) || neighbourhoodId);
  const description = reportDescription();
  const reporters = reportReporters((code) => names.languages.get(code) || code);
  const files = reportFiles();
  const notes = reportNotes(page);
  const status = statusForm(page);
  const history = reportHistory();

  main.append(
    h('div', { class: 'page-head' }, h('a', { href: '#/reports', class: 'back-link', testid: 'back-to-reports' }, '← Segnalazioni')),
    header.element,
    h('div', { class: 'req-layout' },
      h('div', { class: 'req-main' }, description.element, files.element, reporters.element, notes.element),
      h('aside', { class: 'req-side' }, status.element, history.element)));

  const load = coalesce(async () => {
    const [report, neighbourhoods, languages] = await Promise.all([
      api('GET', `/reports/${encodeURIComponent(id)}`), getNeighbourhoods().catch(() => []), getLanguages(),
    ]);
    for (const neighbourhood of neighbourhoods) names.neighbourhoods.set(neighbourhood.id, neighbourhood.name);
    for (const language of languages) names.languages.set(language.code, language.name);
    document.title = `${report.code} · ${reportStatusName(report.status)} · Console C.A.S.A.`;
    for (const part of [header, description, files, reporters, notes, status, history]) part.render(report);
  });

  return {
    name: 'reports',
    load,
    refresh(kind) {
      if (kind === 'reconnect') void load().catch(() => undefined);
    },
    dispose() {
      document.title = 'Console C.A.S.A.';
    },
  };
}
