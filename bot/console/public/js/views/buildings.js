// The buildings page (coordinators and admins): the register with its CSV import, the QR posters, and the
// emergency numbers the bot gives.
import { api } from '../api.js';
import { coalesce } from '../coalesce.js';
import { h } from '../dom.js';
import { getLanguages, getNeighbourhoods } from '../lookups.js';
import { emergencyNumbersPanel } from './buildings/emergencyNumbers.js';
import { importPanel } from './buildings/importPanel.js';
import { posterPanel } from './buildings/poster.js';
import { sampleRemoval } from './buildings/sampleRemoval.js';
import { buildingTable } from './buildings/table.js';

export function buildingsView(main) {
  const posterBox = h('div');
  const samples = sampleRemoval(() => load());
  const imports = importPanel(() => load());
  const emergency = emergencyNumbersPanel();
  let poster = null;
  const table = buildingTable((building) => poster && poster.show(building));
  main.append(
    h('div', { class: 'page-head' }, h('h1', null, 'Edifici'), samples.element),
    posterBox, table.element, imports.element, emergency.element);

  let first = true;
  const load = coalesce(async () => {
    const [buildings, neighbourhoods, languages] = await Promise.all([api('GET', '/buildings'), getNeighbourhoods(), getLanguages()]);
    const names = new Map(neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
    if (!poster) posterBox.appendChild((poster = posterPanel(languages)).element);
    table.render(buildings, (id) => names.get(id) || id);
    samples.render(buildings);
    if (first) await emergency.load(neighbourhoods);
    first = false;
  });

  return {
    name: 'buildings',
    load,
    refresh() {},
    dispose() {
      samples.dispose();
      if (poster) poster.dispose();
    },
  };
}
