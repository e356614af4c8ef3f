// Console C.A.S.A. — single-page app without build step or framework: this module starts it.
// Security rules: server data only ever goes through textContent / attributes (never innerHTML),
// no inline styles or handlers (strict CSP), every non-GET request carries x-csrf-token.
import { api, errorText, loadSession } from './api.js';
import { onSessionExpired, route } from './app.js';
import { $, clear, h } from './dom.js';
import { startEvents, stopEvents } from './live.js';
import { whenSessionExpires } from './session.js';
import { state } from './state.js';

async function logout() {
  try {
    await api('POST', '/logout');
  } catch {
    // Logged out anyway from the console's point of view.
  }
  stopEvents();
  state.staff = null;
  state.neighbourhoods = null;
  $('#banners').replaceChildren();
  await loadSession().catch(() => undefined);
  history.replaceState(null, '', '#/');
  await route();
}

async function start() {
  whenSessionExpires(onSessionExpired);
  $('#logout').addEventListener('click', () => void logout());
  window.addEventListener('hashchange', () => void route());
  try {
    await loadSession();
  } catch (error) {
    clear($('#main')).appendChild(h('div', { class: 'panel error-panel', role: 'alert', testid: 'page-error' },
      h('h1', null, 'Console non raggiungibile'), h('p', null, errorText(error)),
      h('button', { type: 'button', class: 'btn', on: { click: () => location.reload() } }, 'Riprova')));
    return;
  }
  if (state.staff) startEvents();
  await route();
}

// Module scripts run once the document is parsed: the page's elements are there.
void start();
