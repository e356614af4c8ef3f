// "Contenuti" (coordinators and admins): the bot's dialogs and texts as a draft — the dialogs and their steps,
// the translation table, checking and publishing, the published versions. Each part is a tab of its own address.
import { coalesce } from '../coalesce.js';
import { clear, h } from '../dom.js';
import { fmtDateTime } from '../format.js';
import { contentRoute, tabHref } from './content/contentRoute.js';
import { draftEditor, loadDraft } from './content/draftModel.js';
import { publishTab } from './content/publishTab.js';
import { translationsTab } from './content/translationsTab.js';
import { treesTab } from './content/treesTab.js';
import { versionsTab } from './content/versionsTab.js';

const TAB_LABELS = [
  ['trees', 'Dialoghi'],
  ['translations', 'Traduzioni'],
  ['publish', 'Controlla e pubblica'],
  ['versions', 'Versioni'],
];
const TAB_VIEWS = { trees: treesTab, translations: translationsTab, publish: publishTab, versions: versionsTab };

function statusText({ draft }) {
  const live = draft.live === null ? 'Il bot usa i testi dei file (nessuna versione pubblicata dalla console).' : `Il bot usa la versione ${draft.live}.`;
  const edited = draft.updatedBy ? `Bozza modificata da ${draft.updatedBy} il ${fmtDateTime(draft.updatedAt)}. ` : '';
  return `${edited}${live} Le modifiche restano nella bozza finché non le pubblichi.`;
}

export function contentView(main) {
  const status = h('p', { class: 'muted content-status', testid: 'content-status' });
  const tabs = h('nav', { class: 'tabs', 'aria-label': 'Parti dei contenuti' });
  const body = h('div', { testid: 'content-body' });
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Contenuti del bot')), status, tabs, body);
  let model = null;

  function render() {
    const route = contentRoute();
    clear(tabs).append(...TAB_LABELS.map(([tab, label]) => h('a', {
      href: tabHref(tab), class: ['tab', route.tab === tab ? 'active' : ''], testid: `content-tab-${tab}`, 'aria-current': route.tab === tab ? 'page' : undefined,
    }, label)));
    status.textContent = statusText(model);
    clear(body).append(TAB_VIEWS[route.tab]({ model, route, reload, edit: draftEditor(model, reload) }));
  }

  const load = coalesce(async () => {
    model = await loadDraft();
    render();
  });

  /** Reads the draft again and shows the page as its address says, where the reader was; answers the new model. */
  async function reload() {
    const top = window.scrollY;
    await load();
    window.scrollTo(0, top);
    return model;
  }

  return { name: 'content', load, refresh() {} };
}
