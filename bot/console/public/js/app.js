// The frame around the pages: top bar and navigation by role, routing from the address hash, login and session end.
import { ApiError, errorText, may } from './api.js';
import { $, clear, h } from './dom.js';
import { flash } from './flash.js';
import { ROLES } from './labels.js';
import { startEvents, stopEvents } from './live.js';
import { state } from './state.js';
import { accountsView } from './views/accounts.js';
import { archiveView } from './views/archive.js';
import { auditView } from './views/audit.js';
import { buildingsView } from './views/buildings.js';
import { callbacksView } from './views/callbacks.js';
import { cannedView } from './views/canned.js';
import { contentView } from './views/content.js';
import { figuresView } from './views/figures.js';
import { CENTRE_PAGE, healthView } from './views/health.js';
import { healthSetupView } from './views/healthSetup.js';
import { loginView } from './views/login.js';
import { privacyView } from './views/privacy.js';
import { queueView } from './views/queue.js';
import { reportView } from './views/report.js';
import { reportsView } from './views/reports.js';
import { requestView } from './views/request.js';
import { settingsView } from './views/settings.js';
import { tenantView } from './views/tenant.js';
import { supportChatsView } from './views/supportChats.js';

/** The order of the navigation for each role; an entry shows only when the server's roles table allows its page. */
const NAV = {
  community_manager: ['queue', 'reports', 'centre'],
  coordinator: ['queue', 'reports', 'buildings', 'figures', 'canned', 'settings', 'health', 'content', 'privacy'],
  admin: ['accounts', 'audit', 'queue', 'settings', 'figures', 'canned', 'reports', 'buildings', 'health', 'content', 'privacy'],
  nurse: ['health'],
  partner_support: ['callbacks', 'chats'],
  partner_lead: ['audit'],
};
const NAV_LABELS = {
  queue: 'Coda',
  reports: 'Segnalazioni',
  buildings: 'Edifici',
  figures: 'Numeri',
  canned: 'Risposte pronte',
  accounts: 'Account',
  settings: 'Impostazioni',
  health: 'Salute',
  centre: 'Centro',
  callbacks: 'Richiamate',
  chats: 'Chat',
  content: 'Contenuti',
  audit: 'Registro',
  privacy: 'Privacy',
};
/**
 * What each page needs from the server's roles table (any of the permissions). The request page has no nav
 * entry of its own; #/reports/<id> is one report; #/health/setup the health points' schedules; #/centre the C.A.S.A.
 * centre desks' agenda (in the managers' navigation; coordinators and admins open it from the health page).
 */
const PAGE_NEEDS = {
  queue: ['requests.view'],
  requests: ['requests.view'],
  reports: ['reports.view'],
  buildings: ['content.edit'],
  figures: ['figures.view'],
  canned: ['content.edit'],
  accounts: ['accounts.manage'],
  settings: ['settings.edit'],
  health: ['health.run'],
  centre: ['centre.run'],
  callbacks: ['support.callbacks'],
  chats: ['support.chats'],
  content: ['content.edit'],
  audit: ['accounts.manage', 'partners.lead'],
  privacy: ['privacy.record', 'privacy.requests'],
  tenants: ['requests.view', 'reports.view'],
  archive: ['requests.view'],
};
const pageAllowed = (name) => (PAGE_NEEDS[name] || []).some((permission) => may(permission));
const VIEWS = {
  queue: queueView,
  requests: requestView,
  reports: (main, id) => (id ? reportView(main, id) : reportsView(main)),
  buildings: buildingsView,
  figures: figuresView,
  canned: cannedView,
  accounts: accountsView,
  settings: settingsView,
  health: (main, id) => (id === 'setup' ? healthSetupView(main) : healthView(main)),
  centre: (main) => healthView(main, CENTRE_PAGE),
  callbacks: callbacksView,
  chats: supportChatsView,
  content: contentView,
  audit: auditView,
  privacy: privacyView,
  tenants: tenantView,
  archive: archiveView,
};

let renderToken = 0;

/** Set as the session's end handler at start: the server no longer knows us. */
export function onSessionExpired() {
  stopEvents();
  flash('Sessione scaduta: accedi di nuovo.', 'error');
  route();
}

function renderChrome() {
  const topbar = $('#topbar');
  if (!state.staff) {
    topbar.hidden = true;
    return;
  }
  topbar.hidden = false;
  $('#conn').hidden = !hasLiveUpdates();
  $('#who-name').textContent = `${state.staff.name} · ${ROLES[state.staff.role] || state.staff.role}`;
  // On a phone the navigation is a menu, closed again on every page change.
  const toggle = $('#nav-toggle');
  topbar.classList.remove('nav-open');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.onclick = () => toggle.setAttribute('aria-expanded', String(topbar.classList.toggle('nav-open')));
  const nav = clear($('#nav'));
  const { name: current, id: currentId } = currentRoute();
  for (const entry of (NAV[state.staff.role] || []).filter(pageAllowed)) {
    nav.appendChild(h('a', {
      href: `#/${entry}`,
      class: ['nav-link', current === entry || (entry === 'queue' && ['requests', 'archive'].includes(current)) ? 'active' : ''],
      testid: `nav-${entry}`,
      'aria-current': current === entry && !currentId ? 'page' : undefined,
    }, NAV_LABELS[entry]));
  }
}

function currentRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  return { name: parts[0] || '', id: parts[1] ? decodeURIComponent(parts[1]) : null };
}

/** The live event stream is the desk's: only for those who see requests. */
const hasLiveUpdates = () => Boolean(state.staff) && may('requests.view');

function defaultRoute() {
  return (NAV[state.staff.role] || []).filter(pageAllowed)[0] || 'queue';
}

export async function route() {
  const token = ++renderToken;
  if (state.view && state.view.dispose) state.view.dispose();
  state.view = null;
  const main = $('#main');
  if (!state.staff) {
    renderChrome();
    document.title = 'Accesso · Console C.A.S.A.';
    clear(main).appendChild(loginView(enter));
    return;
  }
  // The start-up code opens the event stream for anyone logged in; closed at once for those the server refuses it.
  if (!hasLiveUpdates()) stopEvents();
  let { name, id } = currentRoute();
  if (!name || !pageAllowed(name) || ((name === 'requests' || name === 'tenants') && !id)) {
    const target = `#/${defaultRoute()}`;
    if (location.hash !== target) {
      history.replaceState(null, '', target);
    }
    ({ name, id } = currentRoute());
  }
  renderChrome();
  clear(main);
  const view = VIEWS[name](main, id);
  state.view = view;
  try {
    await view.load();
  } catch (error) {
    if (token !== renderToken) return;
    if (error instanceof ApiError && error.status === 401) return;
    clear(main).appendChild(h('div', { class: 'panel error-panel', testid: 'page-error', role: 'alert' },
      h('h1', null, 'Impossibile aprire la pagina'), h('p', null, errorText(error)),
      h('a', { class: 'btn', href: `#/${defaultRoute()}` }, 'Torna all’inizio')));
  }
  main.focus({ preventScroll: true });
}

/** After a successful login: live updates, then the page the address names (or the role's first page). */
async function enter() {
  state.neighbourhoods = null;
  // A lead is told at log-in when their organisation's log has something new (an account change, an opening).
  if (state.staff.auditUnseen > 0) flash(`Ci sono ${state.staff.auditUnseen} novità nel registro della vostra organizzazione: apri «Registro».`, 'info');
  if (hasLiveUpdates()) startEvents();
  if (!location.hash || location.hash === '#' || location.hash === '#/') history.replaceState(null, '', `#/${defaultRoute()}`);
  await route();
}
