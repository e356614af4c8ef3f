// Talking to the console API: the session, JSON requests with the CSRF token, errors in words.
import { sessionExpired } from './session.js';
import { state } from './state.js';

export const API = '/console/api';

export class ApiError extends Error {
  constructor(status, data) {
    super((data && (data.message || data.error)) || `HTTP ${status}`);
    this.status = status;
    this.data = data || {};
  }
}

export async function loadSession() {
  const response = await fetch(`${API}/session`, { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new ApiError(response.status, await safeJson(response));
  const session = await response.json();
  state.csrfToken = session.csrfToken || '';
  state.staff = session.staff || null;
  state.permissions = state.staff ? await rolePermissions(state.staff.role) : [];
  return session;
}

/** The server's one table of what each role may do; the pages show only what it allows. */
async function rolePermissions(role) {
  const response = await fetch(`${API}/roles`, { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) return [];
  const table = await response.json();
  return table[role] || [];
}

export const may = (permission) => state.permissions.includes(permission);

async function safeJson(response) {
  try {
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export async function api(method, path, body, retried = false) {
  const headers = { accept: 'application/json' };
  const init = { method, credentials: 'same-origin', headers, cache: 'no-store' };
  if (method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = state.csrfToken;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(API + path, init);
  } catch {
    throw new ApiError(0, { error: 'network' });
  }
  if (response.ok) return response.status === 204 ? null : safeJson(response);
  const data = (await safeJson(response)) || {};
  if (response.status === 403 && data.error === 'csrf' && !retried) {
    // The token may have changed (new session): take the current one and try once more.
    await loadSession().catch(() => undefined);
    return api(method, path, body, true);
  }
  if (response.status === 401 && path !== '/login') {
    sessionExpired();
  }
  throw new ApiError(response.status, data);
}

export function errorText(error) {
  if (!(error instanceof ApiError)) return `Errore inatteso: ${error && error.message ? error.message : error}`;
  const detail = error.data.message ? ` (${error.data.message})` : '';
  switch (error.status) {
    case 0: return 'Connessione al server assente. Controlla la rete e riprova.';
    case 400: return `Dati non validi${detail}.`;
    case 401: return 'Sessione scaduta: accedi di nuovo.';
    case 403: return error.data.error === 'csrf' ? 'Sessione non valida: ricarica la pagina.' : 'Non hai i permessi per questa azione.';
    case 404: return 'Non trovato: forse è stato cancellato.';
    case 409: return `Operazione non possibile${detail}.`;
    case 423: return 'Account bloccato.';
    case 429: return 'Troppe richieste: riprova tra qualche minuto.';
    default: return `Errore del server (${error.status})${detail}.`;
  }
}
