// The addresses inside the content page: #/content/<tab>[/<tree>[/<node>]][?filters]. The page reads them on
// every load; moving inside a tab only rewrites the address (no reload), so a reload comes back to the same place.

const TABS = ['trees', 'translations', 'publish', 'versions'];

const enc = encodeURIComponent;

/** {tab, rest: [path parts after the tab], query: URLSearchParams} of the address shown now. */
export function contentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const [, tab, ...rest] = path.split('/').filter(Boolean).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  return { tab: TABS.includes(tab) ? tab : 'trees', rest, query: new URLSearchParams(at < 0 ? '' : hash.slice(at + 1)) };
}

export const tabHref = (tab) => `#/content/${tab}`;

/** A tree's outline, or one of its nodes open in the editor. */
export const treeHref = (treeId, nodeId) => `#/content/trees/${enc(treeId)}${nodeId ? `/${enc(nodeId)}` : ''}`;

/** The translation table with filters: {language, state, namespace, search} (empty ones left out). */
export function translationsHref(filters) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
  return `${tabHref('translations')}${query ? `?${query}` : ''}`;
}

/** Shows this address without reloading the page; the next load of the page opens it. */
export function showAddress(href) {
  if (location.hash !== href) history.replaceState(null, '', href);
}

/** After an edit: shows this address and reloads the page there, with the draft as saved. */
export function reloadAt(ctx, href) {
  showAddress(href);
  return ctx.reload();
}
