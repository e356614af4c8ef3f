// Live updates (server-sent events): the connection dot, overdue alerts, refreshes of the open view.
import { API, loadSession } from './api.js';
import { $ } from './dom.js';
import { banner, flash, notify } from './flash.js';
import { sessionExpired } from './session.js';
import { state } from './state.js';

let events = null;
let eventsRetry = null;

export function startEvents() {
  stopEvents();
  const source = new EventSource(`${API}/events`, { withCredentials: true });
  events = source;
  let hadError = false;
  source.addEventListener('open', () => {
    setConnection(true);
    if (hadError) {
      // Events may have been missed while disconnected.
      hadError = false;
      refreshView('reconnect', {});
    }
  });
  source.addEventListener('error', () => {
    hadError = true;
    setConnection(false);
    if (source.readyState === EventSource.CLOSED) {
      // The server refused the stream (e.g. session ended): check the session, then try again.
      clearTimeout(eventsRetry);
      eventsRetry = setTimeout(async () => {
        try {
          await loadSession();
          if (state.staff) startEvents();
          else sessionExpired();
        } catch {
          startEvents();
        }
      }, 5000);
    }
  });
  const parse = (event) => {
    try {
      return JSON.parse(event.data || '{}') || {};
    } catch {
      return {};
    }
  };
  source.addEventListener('queue', (event) => refreshView('queue', parse(event)));
  source.addEventListener('request', (event) => refreshView('request', parse(event)));
  source.addEventListener('new-request', (event) => {
    const data = parse(event);
    const text = `Nuova richiesta #${data.requestId} (${whereOf(data)}).`;
    flash(text);
    notify('Nuova richiesta', text, `#/requests/${data.requestId}`);
  });
  source.addEventListener('overdue', (event) => {
    const data = parse(event);
    const text = `Richiesta #${data.requestId} (${whereOf(data)}) aspetta da troppo tempo.`;
    banner(text, `#/requests/${data.requestId}`, `overdue-${data.requestId}`);
    notify('Richiesta in ritardo', text, `#/requests/${data.requestId}`);
    refreshView('overdue', data);
  });
}

function whereOf(data) {
  const known = (state.neighbourhoods || []).find((neighbourhood) => neighbourhood.id === data.neighbourhoodId);
  return (known && known.name) || data.neighbourhoodId || 'quartiere';
}

export function stopEvents() {
  clearTimeout(eventsRetry);
  if (events) events.close();
  events = null;
  setConnection(false);
}

function setConnection(online) {
  const dot = $('#conn');
  if (!dot) return;
  dot.className = online ? 'conn conn-on' : 'conn conn-off';
  dot.textContent = online ? '● in linea' : '● non connesso';
  dot.dataset.state = online ? 'on' : 'off';
}

export function refreshView(kind, data) {
  if (state.view && state.view.refresh) state.view.refresh(kind, data);
}
