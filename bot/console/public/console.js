// Console C.A.S.A. — single-page app without build step or framework.
// Security rules: server data only ever goes through textContent / attributes (never innerHTML),
// no inline styles or handlers (strict CSP), every non-GET request carries x-csrf-token.
'use strict';

(() => {
  const API = '/console/api';
  const TZ = 'Europe/Rome';

  const TOPICS = {
    maintenance: 'Guasti e manutenzione',
    health: 'Salute',
    rent: 'Affitto e contratto',
    neighbourhood: 'Vita di quartiere',
    other: 'Altro',
  };
  const STATUSES = {
    waiting: 'In attesa',
    claimed: 'In carico',
    bot: 'Restituita al bot',
    closed: 'Chiusa',
    cancelled: 'Annullata',
  };
  const OUTCOMES = [
    ['resolved', 'Risolto'],
    ['referred', 'Indirizzato ad altro servizio'],
    ['report_opened', 'Segnalazione aperta'],
    ['appointment_booked', 'Appuntamento preso'],
    ['no_answer', 'Nessuna risposta'],
    ['other', 'Altro'],
  ];
  const ROLES = {
    community_manager: 'Community manager',
    coordinator: 'Coordinatore',
    admin: 'Amministratore',
  };
  const WEEKDAYS = ['', 'Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'];
  const EVENT_TYPES = {
    created: 'Richiesta creata',
    queued: 'In coda',
    visible: 'Visibile in coda',
    claimed: 'Presa in carico',
    claim: 'Presa in carico',
    transferred: 'Trasferita',
    transfer: 'Trasferita',
    handed_back: 'Restituita al bot',
    hand_back: 'Restituita al bot',
    closed: 'Chiusa',
    close: 'Chiusa',
    cancelled: 'Annullata dall’inquilino',
    labels: 'Etichette cambiate',
    labels_changed: 'Etichette cambiate',
    urgent: 'Urgenza cambiata',
    over65: 'Over 65 cambiato',
    overdue: 'Attesa oltre il limite',
    rated: 'Valutata',
    rating: 'Valutata',
    reopened: 'Riaperta',
    resumed: 'Riaperta dall’inquilino',
    labelled: 'Etichette cambiate',
    marked_urgent: 'Segnata urgente',
    unmarked_urgent: 'Non più urgente',
  };
  const LANGUAGE_FALLBACK = [
    { code: 'it', name: 'Italiano', dir: 'ltr' },
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'ar', name: 'العربية', dir: 'rtl' },
    { code: 'es', name: 'Español', dir: 'ltr' },
    { code: 'fr', name: 'Français', dir: 'ltr' },
    { code: 'zh', name: '中文', dir: 'ltr' },
    { code: 'ro', name: 'Română', dir: 'ltr' },
    { code: 'uk', name: 'Українська', dir: 'ltr' },
    { code: 'tl', name: 'Tagalog', dir: 'ltr' },
    { code: 'bn', name: 'বাংলা', dir: 'ltr' },
  ];

  /** Navigation entries and which roles see them, in the order each role sees them. */
  const NAV = {
    community_manager: ['queue'],
    coordinator: ['queue', 'figures', 'canned', 'settings'],
    admin: ['accounts', 'settings', 'figures', 'canned'],
  };
  const NAV_LABELS = {
    queue: 'Coda',
    figures: 'Numeri',
    canned: 'Risposte pronte',
    accounts: 'Account',
    settings: 'Impostazioni',
  };
  /** Routes a role may open (the request page has no nav entry of its own). */
  const ALLOWED = {
    community_manager: ['queue', 'requests'],
    coordinator: ['queue', 'requests', 'figures', 'canned', 'settings'],
    admin: ['accounts', 'settings', 'figures', 'canned', 'requests', 'queue'],
  };

  const state = {
    staff: null,
    csrfToken: '',
    languages: null,
    neighbourhoods: null,
    view: null, // {name, refresh(kind, data), dispose()}
    events: null,
    eventsRetry: null,
    renderToken: 0,
  };

  // ---------------------------------------------------------------- DOM helpers

  /**
   * h('div', {class: 'x', testid: 'y', dir: 'auto', on: {click}}, child, 'text', [more])
   * Strings become text nodes: nothing is ever parsed as HTML.
   */
  function h(tag, attrs, ...children) {
    const element = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        else if (key === 'testid') element.setAttribute('data-testid', value);
        else if (key === 'on') for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
        else if (key === 'dataset') for (const [name, data] of Object.entries(value)) element.dataset[name] = String(data);
        else if (key === 'text') element.textContent = String(value);
        else if (key === 'value') element.value = value;
        else if (key === 'checked' || key === 'disabled' || key === 'selected' || key === 'hidden' || key === 'required' || key === 'multiple') element[key] = Boolean(value);
        else if (value === true) element.setAttribute(key, '');
        else element.setAttribute(key, String(value));
      }
    }
    append(element, children);
    return element;
  }
  function append(parent, children) {
    for (const child of children) {
      if (child === undefined || child === null || child === false) continue;
      if (Array.isArray(child)) append(parent, child);
      else if (child instanceof Node) parent.appendChild(child);
      else parent.appendChild(document.createTextNode(String(child)));
    }
  }
  function clear(element) {
    while (element.firstChild) element.removeChild(element.firstChild);
    return element;
  }
  const $ = (selector, root = document) => root.querySelector(selector);

  // ---------------------------------------------------------------- formatting

  const dateTimeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const timeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
  const dayTimeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: TZ, weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
  const numberFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

  function parseDate(iso) {
    if (!iso) return null;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  function fmtDateTime(iso) {
    const date = parseDate(iso);
    return date ? dateTimeFormat.format(date) : '—';
  }
  function fmtTime(iso) {
    const date = parseDate(iso);
    return date ? timeFormat.format(date) : '';
  }
  function fmtNumber(value) {
    return value === null || value === undefined || Number.isNaN(value) ? '—' : numberFormat.format(value);
  }
  function fmtDuration(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    if (s < 60) return 'meno di 1 min';
    const minutes = Math.floor(s / 60);
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
    return `${Math.floor(hours / 24)} giorni`;
  }
  const topicName = (topic) => TOPICS[topic] || topic || '—';
  const statusName = (status) => STATUSES[status] || status || '—';

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(status, data) {
      super((data && (data.message || data.error)) || `HTTP ${status}`);
      this.status = status;
      this.data = data || {};
    }
  }

  async function loadSession() {
    const response = await fetch(`${API}/session`, { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new ApiError(response.status, await safeJson(response));
    const session = await response.json();
    state.csrfToken = session.csrfToken || '';
    state.staff = session.staff || null;
    return session;
  }

  async function safeJson(response) {
    try {
      const text = await response.text();
      return text ? JSON.parse(text) : null;
    } catch {
      return null;
    }
  }

  async function api(method, path, body, retried = false) {
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

  function errorText(error) {
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

  // ---------------------------------------------------------------- flash & banners

  let flashTimer = null;
  function flash(text, kind = 'info') {
    const box = $('#flash');
    box.textContent = text;
    box.className = `flash flash-${kind}`;
    box.hidden = false;
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => { box.hidden = true; }, kind === 'error' ? 9000 : 4000);
  }

  function banner(text, href, key) {
    const box = $('#banners');
    if (key && box.querySelector(`[data-key="${CSS.escape(key)}"]`)) return;
    const item = h('div', { class: 'banner', testid: 'banner', role: 'alert', dataset: key ? { key } : undefined },
      h('span', { class: 'banner-text' }, text),
      href ? h('a', { class: 'btn btn-small', href, on: { click: () => item.remove() } }, 'Apri') : null,
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': 'Chiudi avviso', on: { click: () => item.remove() } }, '✕'));
    box.appendChild(item);
  }

  function notify(title, body, href) {
    if (!('Notification' in window) || Notification.permission !== 'granted') return;
    try {
      const notification = new Notification(title, { body, tag: href || title });
      notification.onclick = () => {
        window.focus();
        if (href) location.hash = href;
        notification.close();
      };
    } catch {
      // Some browsers only allow notifications from a service worker: the banner is enough.
    }
  }

  // ---------------------------------------------------------------- live updates (SSE)

  function startEvents() {
    stopEvents();
    const source = new EventSource(`${API}/events`, { withCredentials: true });
    state.events = source;
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
        clearTimeout(state.eventsRetry);
        state.eventsRetry = setTimeout(async () => {
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
    source.addEventListener('overdue', (event) => {
      const data = parse(event);
      const known = (state.neighbourhoods || []).find((neighbourhood) => neighbourhood.id === data.neighbourhoodId);
      const where = data.neighbourhoodName || (known && known.name) || data.neighbourhoodId || 'quartiere';
      const text = `Richiesta #${data.requestId} (${where}) aspetta da troppo tempo.`;
      banner(text, `#/requests/${data.requestId}`, `overdue-${data.requestId}`);
      notify('Richiesta in ritardo', text, `#/requests/${data.requestId}`);
      refreshView('overdue', data);
    });
  }
  function stopEvents() {
    clearTimeout(state.eventsRetry);
    if (state.events) state.events.close();
    state.events = null;
    setConnection(false);
  }
  function setConnection(online) {
    const dot = $('#conn');
    if (!dot) return;
    dot.className = online ? 'conn conn-on' : 'conn conn-off';
    dot.textContent = online ? '● in linea' : '● non connesso';
    dot.dataset.state = online ? 'on' : 'off';
  }
  function refreshView(kind, data) {
    if (state.view && state.view.refresh) state.view.refresh(kind, data);
  }

  /** Runs an async loader at most once at a time; calls made while it runs cause one more run afterwards. */
  function coalesce(loader) {
    let running = null;
    let again = false;
    return function run() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await loader();
          } while (again);
        } finally {
          running = null;
        }
      })();
      return running;
    };
  }

  // ---------------------------------------------------------------- session, layout, routing

  function sessionExpired() {
    if (!state.staff) return;
    state.staff = null;
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
    $('#who-name').textContent = `${state.staff.name} · ${ROLES[state.staff.role] || state.staff.role}`;
    const nav = clear($('#nav'));
    const current = currentRoute().name;
    for (const entry of NAV[state.staff.role] || []) {
      nav.appendChild(h('a', {
        href: `#/${entry}`,
        class: ['nav-link', current === entry || (entry === 'queue' && current === 'requests') ? 'active' : ''],
        testid: `nav-${entry}`,
        'aria-current': current === entry ? 'page' : undefined,
      }, NAV_LABELS[entry]));
    }
  }

  function currentRoute() {
    const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
    return { name: parts[0] || '', id: parts[1] ? decodeURIComponent(parts[1]) : null };
  }

  function defaultRoute() {
    return (NAV[state.staff.role] || ['queue'])[0];
  }

  async function route() {
    const token = ++state.renderToken;
    if (state.view && state.view.dispose) state.view.dispose();
    state.view = null;
    const main = $('#main');
    if (!state.staff) {
      renderChrome();
      document.title = 'Accesso · Console C.A.S.A.';
      clear(main).appendChild(loginView());
      return;
    }
    let { name, id } = currentRoute();
    const allowed = ALLOWED[state.staff.role] || [];
    if (!name || !allowed.includes(name) || (name === 'requests' && !id)) {
      const target = `#/${defaultRoute()}`;
      if (location.hash !== target) {
        history.replaceState(null, '', target);
      }
      ({ name, id } = currentRoute());
    }
    renderChrome();
    clear(main);
    const views = { queue: queueView, requests: requestView, figures: figuresView, canned: cannedView, accounts: accountsView, settings: settingsView };
    const view = views[name](main, id);
    state.view = view;
    try {
      await view.load();
    } catch (error) {
      if (token !== state.renderToken) return;
      if (error instanceof ApiError && error.status === 401) return;
      clear(main).appendChild(h('div', { class: 'panel error-panel', testid: 'page-error', role: 'alert' },
        h('h1', null, 'Impossibile aprire la pagina'), h('p', null, errorText(error)),
        h('a', { class: 'btn', href: `#/${defaultRoute()}` }, 'Torna all’inizio')));
    }
    main.focus({ preventScroll: true });
  }

  async function getLanguages() {
    if (!state.languages) {
      try {
        state.languages = await api('GET', '/languages');
      } catch {
        state.languages = LANGUAGE_FALLBACK;
      }
    }
    return state.languages;
  }
  async function getNeighbourhoods(force = false) {
    if (!state.neighbourhoods || force) state.neighbourhoods = await api('GET', '/neighbourhoods');
    return state.neighbourhoods;
  }

  // ---------------------------------------------------------------- login

  function loginView() {
    const error = h('p', { class: 'form-error', testid: 'login-error', role: 'alert', hidden: true });
    const email = h('input', { type: 'email', id: 'login-email', name: 'email', autocomplete: 'username', required: true, testid: 'login-email' });
    const password = h('input', { type: 'password', id: 'login-password', name: 'password', autocomplete: 'current-password', required: true, testid: 'login-password' });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-wide', testid: 'login-submit' }, 'Accedi');
    const form = h('form', { class: 'panel login', testid: 'login-form', novalidate: true, on: { submit: onSubmit } },
      h('h1', null, 'Console C.A.S.A.'),
      h('p', { class: 'muted' }, 'Accesso per il personale dei Centri C.A.S.A.'),
      h('label', { for: 'login-email' }, 'Email'), email,
      h('label', { for: 'login-password' }, 'Password'), password,
      error, submit);

    async function onSubmit(event) {
      event.preventDefault();
      error.hidden = true;
      if (!email.value.trim() || !password.value) {
        showError('Scrivi email e password.');
        return;
      }
      submit.disabled = true;
      try {
        if (!state.csrfToken) await loadSession();
        await api('POST', '/login', { email: email.value.trim(), password: password.value });
        await loadSession();
        if (!state.staff) throw new ApiError(401, { error: 'invalid_credentials' });
        password.value = '';
        state.neighbourhoods = null;
        startEvents();
        if (!location.hash || location.hash === '#' || location.hash === '#/') history.replaceState(null, '', `#/${defaultRoute()}`);
        await route();
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 401) showError('Email o password sbagliata.');
        else if (caught instanceof ApiError && caught.status === 423) {
          const until = caught.data.until ? ` fino alle ${fmtTime(caught.data.until)} del ${fmtDateTime(caught.data.until).split(',')[0]}` : '';
          showError(`Account bloccato per troppi tentativi sbagliati${until}. Riprova più tardi o chiedi all’amministratore.`);
        } else if (caught instanceof ApiError && caught.status === 429) showError('Troppi tentativi di accesso. Aspetta qualche minuto e riprova.');
        else if (caught instanceof ApiError && caught.status === 403 && caught.data.error !== 'csrf') showError('Questo account è disattivato. Chiedi all’amministratore.');
        else showError(errorText(caught));
      } finally {
        submit.disabled = false;
      }
    }
    function showError(text) {
      error.textContent = text;
      error.hidden = false;
    }
    setTimeout(() => email.focus(), 0);
    return form;
  }

  // ---------------------------------------------------------------- queue

  /** Waiting time, updated every few seconds by the ticker from data-visible-at. */
  function waitClock(summary, fetchedAt) {
    // Correct the browser clock against the server's waitingSeconds, when the two disagree by more than a minute.
    const visibleAt = parseDate(summary.visibleAt) || parseDate(summary.createdAt);
    let skew = 0;
    if (visibleAt && typeof summary.waitingSeconds === 'number') {
      const local = (fetchedAt - visibleAt.getTime()) / 1000;
      if (Math.abs(summary.waitingSeconds - local) > 60) skew = (summary.waitingSeconds - local) * 1000;
    }
    return h('span', {
      class: 'wait',
      testid: `wait-${summary.id}`,
      dataset: { visibleAt: visibleAt ? String(visibleAt.getTime()) : '', skew: String(skew), requestId: String(summary.id) },
    }, waitText(visibleAt ? visibleAt.getTime() : Date.now(), skew));
  }
  function waitText(visibleAtMs, skew) {
    return `in attesa da ${fmtDuration((Date.now() + skew - visibleAtMs) / 1000)}`;
  }

  function queueView(main) {
    const claimLimits = new Map();
    const waiting = h('div', { class: 'cards', testid: 'queue-waiting' });
    const upcoming = h('div', { class: 'cards', testid: 'queue-upcoming' });
    const active = h('div', { class: 'cards', testid: 'queue-active' });
    const counts = { waiting: h('span', { class: 'count', testid: 'count-waiting' }), upcoming: h('span', { class: 'count' }), active: h('span', { class: 'count' }) };
    const notifyButton = ('Notification' in window && Notification.permission === 'default')
      ? h('button', {
          type: 'button', class: 'btn btn-small btn-ghost', testid: 'enable-notifications',
          on: { click: () => Notification.requestPermission().then(() => notifyButton.remove()).catch(() => undefined) },
        }, '🔔 Attiva notifiche')
      : null;
    const hoursBox = h('p', { class: 'muted hours', testid: 'desk-hours' });

    main.append(
      h('div', { class: 'page-head' }, h('h1', null, 'Coda'), notifyButton),
      hoursBox,
      h('section', { class: 'section', 'aria-labelledby': 'h-waiting' },
        h('h2', { id: 'h-waiting' }, 'In attesa ', counts.waiting), waiting),
      h('section', { class: 'section', 'aria-labelledby': 'h-active' },
        h('h2', { id: 'h-active' }, 'Chat aperte ', counts.active), active),
      h('section', { class: 'section section-upcoming', 'aria-labelledby': 'h-upcoming' },
        h('h2', { id: 'h-upcoming' }, 'Fuori orario ', counts.upcoming),
        h('p', { class: 'muted' }, 'Richieste arrivate a sportello chiuso: entrano in coda all’apertura.'), upcoming),
    );

    const load = coalesce(async () => {
      const [queue, neighbourhoods] = await Promise.all([api('GET', '/queue'), getNeighbourhoods().catch(() => [])]);
      const fetchedAt = Date.now();
      for (const neighbourhood of neighbourhoods || []) claimLimits.set(neighbourhood.id, neighbourhood.claimLimitMinutes);
      renderHours(neighbourhoods || []);
      fill(waiting, queue.waiting || [], 'waiting', 'Nessuna richiesta in attesa. 🎉', fetchedAt);
      fill(active, queue.active || [], 'active', 'Nessuna chat aperta.', fetchedAt);
      fill(upcoming, queue.upcoming || [], 'upcoming', 'Nessuna richiesta fuori orario.', fetchedAt);
      counts.waiting.textContent = `(${(queue.waiting || []).length})`;
      counts.active.textContent = `(${(queue.active || []).length})`;
      counts.upcoming.textContent = `(${(queue.upcoming || []).length})`;
      const n = (queue.waiting || []).length;
      document.title = `${n ? `(${n}) ` : ''}Coda · Console C.A.S.A.`;
      tick();
    });

    function renderHours(neighbourhoods) {
      clear(hoursBox);
      for (const neighbourhood of neighbourhoods) {
        const text = neighbourhood.open
          ? `${neighbourhood.name}: aperto`
          : `${neighbourhood.name}: chiuso${neighbourhood.nextOpening ? `, apre ${dayTimeFormat.format(new Date(neighbourhood.nextOpening))}` : ''}`;
        hoursBox.appendChild(h('span', { class: ['pill', neighbourhood.open ? 'pill-open' : 'pill-closed'] }, text));
      }
    }

    function fill(container, items, kind, emptyText, fetchedAt) {
      clear(container);
      if (items.length === 0) {
        container.appendChild(h('p', { class: 'empty' }, emptyText));
        return;
      }
      for (const item of items) container.appendChild(card(item, kind, fetchedAt));
    }

    function card(item, kind, fetchedAt) {
      const claimError = h('p', { class: 'form-error', testid: `claim-error-${item.id}`, role: 'alert', hidden: true });
      const claim = kind === 'waiting' || (kind === 'upcoming' && item.status === 'waiting' && state.staff.role !== 'admin')
        ? h('button', {
            type: 'button', class: 'btn btn-primary', testid: `claim-${item.id}`,
            on: { click: async (event) => {
              const button = event.currentTarget;
              button.disabled = true;
              const ok = await claimRequest(item.id, claimError);
              button.disabled = false;
              if (ok) location.hash = `#/requests/${item.id}`;
            } },
          }, 'Prendi in carico')
        : null;
      let who = null;
      if (kind === 'active') {
        who = item.status === 'bot'
          ? h('span', { class: 'who-tag who-bot' }, 'Restituita al bot')
          : h('span', { class: ['who-tag', item.claimedBy && item.claimedBy.id === state.staff.id ? 'who-me' : ''] },
              'In carico a ', h('strong', null, item.claimedBy ? (item.claimedBy.id === state.staff.id ? 'te' : item.claimedBy.name) : '—'));
      }
      const limit = claimLimits.get(item.neighbourhoodId);
      return h('article', {
        class: ['card', item.overdue ? 'overdue' : '', item.urgent ? 'urgent' : '', `card-${kind}`],
        testid: `queue-item-${item.id}`,
        dataset: { status: item.status, requestId: item.id, overdue: item.overdue ? 'true' : 'false', limit: limit || '' },
      },
        h('div', { class: 'card-top' },
          h('a', { class: 'req-id', href: `#/requests/${item.id}`, testid: `open-${item.id}` }, `#${item.id}`),
          item.urgent ? h('span', { class: 'badge badge-urgent', testid: `urgent-${item.id}` }, '⚠ Urgente') : null,
          h('span', { class: 'badge badge-overdue', testid: `overdue-${item.id}`, hidden: !item.overdue }, '⏰ Oltre il limite'),
          item.over65 === true ? h('span', { class: 'badge badge-65', testid: `over65-${item.id}` }, 'Over 65') : null,
          kind === 'upcoming'
            ? h('span', { class: 'wait wait-upcoming', testid: `opens-${item.id}` }, `entra in coda ${dayTimeFormat.format(parseDate(item.visibleAt) || new Date())}`)
            : (kind === 'waiting' ? waitClock(item, fetchedAt) : null),
        ),
        h('div', { class: 'card-meta' },
          h('span', { class: 'meta-nb' }, item.neighbourhoodName || item.neighbourhoodId),
          h('span', { class: 'meta-topic' }, topicName(item.topic)),
          h('span', { class: 'meta-lang' }, h('bdi', { lang: item.language }, item.languageName || item.language)),
          item.tenantName ? h('span', { class: 'meta-tenant' }, h('bdi', null, item.tenantName)) : null,
        ),
        item.preview ? h('p', { class: 'preview', dir: 'auto', lang: item.language }, item.preview) : null,
        (item.labels || []).length ? h('ul', { class: 'labels', 'aria-label': 'Etichette' }, item.labels.map((label) => h('li', { class: 'label' }, h('bdi', null, label)))) : null,
        h('div', { class: 'card-actions' }, who, claim,
          h('a', { class: 'btn btn-ghost', href: `#/requests/${item.id}` }, kind === 'active' ? 'Apri la chat' : 'Dettagli')),
        claimError);
    }

    // Waiting times move on their own; a card passing its neighbourhood's limit turns overdue without a refetch.
    function tick() {
      for (const clock of main.querySelectorAll('.wait[data-visible-at]')) {
        const visibleAt = Number(clock.dataset.visibleAt);
        if (!visibleAt) continue;
        const skew = Number(clock.dataset.skew) || 0;
        clock.textContent = waitText(visibleAt, skew);
        const cardElement = clock.closest('.card');
        const limit = Number(cardElement && cardElement.dataset.limit);
        if (cardElement && limit && Date.now() + skew - visibleAt >= limit * 60000 && !cardElement.classList.contains('overdue')) {
          cardElement.classList.add('overdue');
          cardElement.dataset.overdue = 'true';
          const badge = cardElement.querySelector('.badge-overdue');
          if (badge) badge.hidden = false;
        }
      }
    }
    const ticker = setInterval(tick, 5000);
    const fallback = setInterval(() => void load().catch(() => undefined), 60000);

    return {
      name: 'queue',
      load,
      refresh(kind) {
        if (kind === 'queue' || kind === 'overdue' || kind === 'reconnect' || kind === 'request') void load().catch(() => undefined);
      },
      dispose() {
        clearInterval(ticker);
        clearInterval(fallback);
        document.title = 'Console C.A.S.A.';
      },
    };
  }

  /** POST claim; shows "Già presa da …" on 409. Returns true when the request is now ours. */
  async function claimRequest(id, errorBox) {
    if (errorBox) errorBox.hidden = true;
    try {
      await api('POST', `/requests/${encodeURIComponent(id)}/claim`);
      flash(`Richiesta #${id} presa in carico.`, 'ok');
      return true;
    } catch (error) {
      let text = errorText(error);
      if (error instanceof ApiError && error.status === 409) {
        const detail = error.data.detail || {};
        if (detail.claimedBy) text = `Già presa da ${detail.claimedBy}.`;
        else if (detail.status && detail.status !== 'claimed') text = `Non si può prendere in carico: la richiesta è ${statusName(detail.status).toLowerCase()}.`;
        else text = 'Già presa da un collega.';
      }
      if (errorBox) {
        errorBox.textContent = text;
        errorBox.hidden = false;
      }
      flash(text, 'error');
      refreshView('queue', { requestId: id });
      return false;
    }
  }

  // ---------------------------------------------------------------- request page

  function requestView(main, id) {
    let data = null;
    let actionsSignature = '';
    let transcriptSignature = '';
    let cannedSignature = '';

    const header = h('div', { class: 'req-header panel', testid: 'request-header' });
    const transcript = h('details', { class: 'transcript panel', testid: 'transcript' });
    const messages = h('div', { class: 'messages', testid: 'messages', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messaggi della chat' });
    const composerHint = h('p', { class: 'hint', testid: 'reply-hint' });
    const languageNote = h('p', { class: 'lang-note', testid: 'language-note' });
    const replyText = h('textarea', { id: 'reply-text', maxlength: '4000', rows: '4', dir: 'auto', testid: 'reply-text', placeholder: 'Scrivi la risposta… (Ctrl+Invio per inviare)' });
    const replyCounter = h('span', { class: 'counter muted', 'aria-live': 'off' }, '0 / 4000');
    const replySend = h('button', { type: 'button', class: 'btn btn-primary', testid: 'reply-send' }, 'Invia');
    const replyError = h('p', { class: 'form-error', testid: 'reply-error', role: 'alert', hidden: true });
    const cannedSelect = h('select', { id: 'canned-select', testid: 'canned-select' });
    const cannedPreview = h('p', { class: 'canned-preview', dir: 'auto', testid: 'canned-preview' });
    const cannedSend = h('button', { type: 'button', class: 'btn', testid: 'canned-send' }, 'Invia risposta pronta');
    const composer = h('div', { class: 'composer panel', testid: 'composer' },
      languageNote,
      h('label', { for: 'reply-text' }, 'Risposta'),
      replyText,
      h('div', { class: 'row between' }, replyCounter, replySend),
      replyError,
      h('details', { class: 'canned-picker' },
        h('summary', null, 'Risposte pronte'),
        h('label', { for: 'canned-select' }, 'Scegli una risposta'), cannedSelect, cannedPreview,
        h('div', { class: 'row end' }, cannedSend)),
      composerHint);
    const actions = h('div', { class: 'actions panel', testid: 'request-actions' });
    const rating = h('div', { class: 'rating panel', testid: 'rating', hidden: true });
    const events = h('div', { class: 'events panel', testid: 'events' });

    main.append(
      h('div', { class: 'page-head' }, h('a', { href: '#/queue', class: 'back-link', testid: 'back-to-queue' }, '← Coda')),
      header,
      h('div', { class: 'req-layout' },
        h('div', { class: 'req-main' }, transcript, h('h2', { class: 'chat-title' }, 'Chat'), messages, composer),
        h('aside', { class: 'req-side' }, actions, rating, events)));

    replyText.addEventListener('input', () => { replyCounter.textContent = `${replyText.value.length} / 4000`; });
    replyText.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void sendText();
      }
    });
    replySend.addEventListener('click', () => void sendText());
    cannedSelect.addEventListener('change', showCannedPreview);
    cannedSend.addEventListener('click', () => void sendCanned());

    async function sendText() {
      const text = replyText.value;
      if (!text.trim()) {
        showReplyError('Scrivi un messaggio prima di inviare.');
        return;
      }
      replySend.disabled = true;
      replyError.hidden = true;
      try {
        await api('POST', `/requests/${encodeURIComponent(id)}/messages`, { text });
        replyText.value = '';
        replyCounter.textContent = '0 / 4000';
        await load();
        replyText.focus();
      } catch (error) {
        showReplyError(error instanceof ApiError && error.status === 409 ? 'Non puoi scrivere: la richiesta non è in carico a te.' : errorText(error));
      } finally {
        replySend.disabled = !mine();
      }
    }
    async function sendCanned() {
      const cannedReplyId = cannedSelect.value;
      if (!cannedReplyId) {
        showReplyError('Scegli una risposta pronta.');
        return;
      }
      cannedSend.disabled = true;
      replyError.hidden = true;
      try {
        const reply = data.cannedReplies.find((candidate) => String(candidate.id) === cannedReplyId);
        await api('POST', `/requests/${encodeURIComponent(id)}/messages`, { cannedReplyId: reply ? reply.id : cannedReplyId });
        cannedSelect.value = '';
        showCannedPreview();
        await load();
      } catch (error) {
        showReplyError(error instanceof ApiError && error.status === 409 ? 'Non puoi scrivere: la richiesta non è in carico a te.' : errorText(error));
      } finally {
        cannedSend.disabled = !mine();
      }
    }
    function showReplyError(text) {
      replyError.textContent = text;
      replyError.hidden = false;
    }
    function showCannedPreview() {
      const reply = data && data.cannedReplies.find((candidate) => String(candidate.id) === cannedSelect.value);
      cannedPreview.textContent = reply ? reply.text : '';
      cannedPreview.hidden = !reply;
      if (data) cannedPreview.lang = data.request.language;
    }

    const mine = () => Boolean(data && data.request.status === 'claimed' && data.request.claimedBy && data.request.claimedBy.id === state.staff.id);
    const open = () => Boolean(data && !['closed', 'cancelled'].includes(data.request.status));

    const load = coalesce(async () => {
      const wasAtBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 40 || !data;
      data = await api('GET', `/requests/${encodeURIComponent(id)}`);
      render();
      if (wasAtBottom) messages.scrollTop = messages.scrollHeight;
    });

    function render() {
      const request = data.request;
      document.title = `#${request.id} · ${statusName(request.status)} · Console C.A.S.A.`;
      renderHeader(request);
      renderTranscript();
      renderMessages();
      renderComposer(request);
      const signature = JSON.stringify([request.status, request.claimedBy, request.labels, request.urgent, request.over65, request.neighbourhoodId,
        data.managers, data.neighbourhoods, request.outcome]);
      if (signature !== actionsSignature || !actions.firstChild) {
        actionsSignature = signature;
        renderActions(request);
      }
      renderRating(request);
      renderEvents();
    }

    function renderHeader(request) {
      clear(header).append(
        h('div', { class: 'req-title' },
          h('h1', null, `Richiesta #${request.id}`),
          h('span', { class: ['status', `status-${request.status}`], testid: 'request-status', dataset: { status: request.status } }, statusName(request.status)),
          request.urgent ? h('span', { class: 'badge badge-urgent' }, '⚠ Urgente') : null,
          request.over65 === true ? h('span', { class: 'badge badge-65' }, 'Over 65') : null,
          request.overdue && request.status === 'waiting' ? h('span', { class: 'badge badge-overdue' }, '⏰ Oltre il limite') : null),
        h('dl', { class: 'facts' },
          fact('Quartiere', request.neighbourhoodName, 'request-neighbourhood'),
          fact('Argomento', topicName(request.topic), 'request-topic'),
          fact('Lingua', h('bdi', { lang: request.language }, request.languageName || request.language), 'request-language'),
          fact('Inquilino', h('bdi', null, request.tenantName || '—'), 'request-tenant'),
          fact('In carico a', request.claimedBy ? request.claimedBy.name : '—', 'request-claimed-by'),
          fact('Arrivata', fmtDateTime(request.createdAt)),
          request.closedAt ? fact('Chiusa', fmtDateTime(request.closedAt)) : null,
          request.outcome ? fact('Esito', outcomeName(request.outcome), 'request-outcome') : null,
          (request.labels || []).length ? fact('Etichette', request.labels.join(', ')) : null));
    }
    function fact(term, value, testid) {
      return h('div', { class: 'fact' }, h('dt', null, term), h('dd', { testid }, value));
    }

    function renderTranscript() {
      const lines = data.transcript || [];
      const signature = `${lines.length}:${lines.length ? lines[lines.length - 1].createdAt : ''}`;
      if (signature === transcriptSignature) return;
      transcriptSignature = signature;
      const wasOpen = transcript.open;
      clear(transcript).append(
        h('summary', { testid: 'transcript-toggle' }, `Conversazione con il bot prima della richiesta (${lines.length} messaggi)`),
        lines.length === 0
          ? h('p', { class: 'empty' }, 'Nessun messaggio con il bot.')
          : h('ol', { class: 'transcript-list' }, lines.map((line) => h('li', { class: ['tline', line.direction === 'in' ? 'tline-in' : 'tline-out'] },
              h('span', { class: 'tline-who' }, line.direction === 'in' ? 'Inquilino' : 'Bot'),
              h('span', { class: 'tline-time' }, fmtTime(line.createdAt)),
              h('p', { class: 'tline-text', dir: 'auto' }, line.text || '')))));
      transcript.open = wasOpen;
    }

    // Bubbles are kept between refreshes while their message is unchanged (photos are not fetched again).
    const bubbles = new Map();
    function renderMessages() {
      if (!data.messages.length) {
        bubbles.clear();
        clear(messages).appendChild(h('p', { class: 'empty' }, 'Ancora nessun messaggio.'));
        return;
      }
      const nodes = data.messages.map((message) => {
        const signature = JSON.stringify(message);
        const kept = bubbles.get(message.id);
        if (kept && kept.signature === signature) return kept.node;
        const node = bubble(message);
        bubbles.set(message.id, { signature, node });
        return node;
      });
      const ids = new Set(data.messages.map((message) => message.id));
      for (const key of [...bubbles.keys()]) if (!ids.has(key)) bubbles.delete(key);
      messages.replaceChildren(...nodes);
    }

    function bubble(message) {
      const staff = message.author === 'staff';
      const body = [];
      if (message.kind === 'photo' && message.fileUrl) {
        body.push(h('a', { href: message.fileUrl, target: '_blank', rel: 'noopener' },
          h('img', { class: 'photo', src: message.fileUrl, alt: message.text ? `Foto: ${message.text}` : 'Foto inviata dall’inquilino', loading: 'lazy', testid: 'message-photo' })));
      } else if (message.kind === 'document' && message.fileUrl) {
        body.push(h('a', { class: 'file-link', href: message.fileUrl, download: message.fileName || '', target: '_blank', rel: 'noopener', testid: 'message-document' },
          `📄 ${message.fileName || 'Documento'}`));
      } else if (message.kind === 'voice' && message.fileUrl) {
        body.push(h('audio', { controls: true, preload: 'none', src: message.fileUrl, testid: 'message-voice' }),
          h('a', { class: 'file-link', href: message.fileUrl, target: '_blank', rel: 'noopener' }, '🎤 Messaggio vocale'));
      } else if (message.kind === 'location' && message.latitude !== null && message.latitude !== undefined) {
        const lat = Number(message.latitude);
        const lon = Number(message.longitude);
        body.push(h('a', {
          class: 'file-link', target: '_blank', rel: 'noopener noreferrer', testid: 'message-location',
          href: `https://www.openstreetmap.org/?mlat=${encodeURIComponent(lat)}&mlon=${encodeURIComponent(lon)}#map=18/${encodeURIComponent(lat)}/${encodeURIComponent(lon)}`,
        }, `📍 Posizione (${lat.toFixed(5)}, ${lon.toFixed(5)})`));
      } else if (message.kind !== 'text' && !message.text) {
        body.push(h('p', { class: 'muted' }, message.kind === 'contact' ? '👤 Contatto' : `[${message.kind}]`));
      }
      if (message.kind === 'contact' && message.text) body.push(h('p', { class: 'muted' }, '👤 Contatto'));
      if (message.text) body.push(h('p', { class: 'text', dir: 'auto' }, message.text));

      let delivery = null;
      if (staff && message.delivery) {
        if (message.delivery === 'failed') {
          delivery = h('span', { class: 'delivery delivery-failed', testid: 'delivery' },
            `non consegnato: ${message.deliveryError || 'errore sconosciuto'}`,
            h('button', {
              type: 'button', class: 'btn btn-small', testid: `retry-${message.id}`,
              on: { click: async (event) => {
                const button = event.currentTarget;
                button.disabled = true;
                try {
                  await api('POST', `/requests/${encodeURIComponent(id)}/messages/${encodeURIComponent(message.id)}/retry`);
                  await load();
                } catch (error) {
                  flash(errorText(error), 'error');
                  await load().catch(() => undefined);
                } finally {
                  button.disabled = false;
                }
              } },
            }, 'Riprova'));
        } else {
          delivery = h('span', { class: ['delivery', `delivery-${message.delivery}`], testid: 'delivery' }, message.delivery === 'sent' ? '✓ inviato' : '… in invio');
        }
      }
      return h('div', {
        class: ['bubble', staff ? 'bubble-staff' : 'bubble-tenant', message.delivery === 'failed' ? 'bubble-failed' : ''],
        testid: 'message',
        dataset: { author: message.author, delivery: message.delivery || '', kind: message.kind, messageId: message.id },
        dir: 'auto',
      },
        h('div', { class: 'bubble-meta' },
          h('span', { class: 'bubble-who' }, staff ? (message.staffName || 'Operatore') : 'Inquilino'),
          message.via === 'telegram' ? h('span', { class: 'muted' }, ' · da Telegram') : null,
          h('time', { class: 'bubble-time', datetime: message.createdAt }, fmtTime(message.createdAt))),
        body, delivery);
    }

    function renderComposer(request) {
      languageNote.textContent = '';
      languageNote.append('Lingua dell’inquilino: ', h('bdi', { lang: request.language }, request.languageName || request.language),
        request.language !== 'it' ? '. Scrivi in modo semplice; le risposte pronte sono già tradotte.' : '.');
      const canWrite = mine();
      replyText.disabled = !canWrite;
      replySend.disabled = !canWrite;
      cannedSelect.disabled = !canWrite;
      cannedSend.disabled = !canWrite;
      composer.classList.toggle('composer-off', !canWrite);
      if (canWrite) composerHint.textContent = '';
      else if (request.status === 'waiting') composerHint.textContent = 'Prendi in carico la richiesta per rispondere.';
      else if (request.status === 'claimed') composerHint.textContent = `In carico a ${request.claimedBy ? request.claimedBy.name : 'un collega'}: solo chi l’ha in carico può rispondere.`;
      else if (request.status === 'bot') composerHint.textContent = 'La richiesta è tornata al bot: la chat riprende quando l’inquilino chiede di nuovo una persona.';
      else composerHint.textContent = 'La richiesta è chiusa.';
      composerHint.hidden = canWrite;
      composer.hidden = !open();

      const signature = JSON.stringify(data.cannedReplies || []);
      if (signature !== cannedSignature) {
        cannedSignature = signature;
        const selected = cannedSelect.value;
        clear(cannedSelect).appendChild(h('option', { value: '' }, (data.cannedReplies || []).length ? '— scegli —' : 'Nessuna risposta pronta'));
        for (const reply of data.cannedReplies || []) cannedSelect.appendChild(h('option', { value: String(reply.id) }, reply.title));
        cannedSelect.value = selected;
        showCannedPreview();
      }
    }

    function renderActions(request) {
      clear(actions);
      actions.appendChild(h('h2', null, 'Azioni'));
      const isOpen = open();
      const errorBox = h('p', { class: 'form-error', testid: 'action-error', role: 'alert', hidden: true });
      actions.appendChild(errorBox);
      const run = (fn, okText) => async (event) => {
        const button = event && event.currentTarget;
        if (button) button.disabled = true;
        errorBox.hidden = true;
        try {
          await fn();
          if (okText) flash(okText, 'ok');
          await load();
        } catch (error) {
          errorBox.textContent = errorText(error);
          errorBox.hidden = false;
        } finally {
          if (button) button.disabled = false;
        }
      };

      if (isOpen && state.staff.role !== 'admin' && request.status === 'waiting') {
        const claimError = h('p', { class: 'form-error', testid: 'claim-error', role: 'alert', hidden: true });
        actions.append(h('button', {
          type: 'button', class: 'btn btn-primary btn-wide', testid: `claim-${request.id}`,
          on: { click: async (event) => {
            const button = event.currentTarget;
            button.disabled = true;
            const ok = await claimRequest(request.id, claimError);
            await load().catch(() => undefined);
            button.disabled = false;
            if (ok) replyText.focus();
          } },
        }, 'Prendi in carico'), claimError);
      }
      if (!isOpen) {
        actions.appendChild(h('p', { class: 'muted' }, `Richiesta ${statusName(request.status).toLowerCase()}.`));
        return;
      }

      // Urgent & over 65
      const urgent = h('input', { type: 'checkbox', id: 'urgent-toggle', testid: 'urgent-toggle', checked: request.urgent });
      urgent.addEventListener('change', run(() => api('PUT', `/requests/${encodeURIComponent(id)}/urgent`, { urgent: urgent.checked })));
      const over65 = h('select', { id: 'over65-select', testid: 'over65-select' },
        h('option', { value: 'null' }, 'Non so'), h('option', { value: 'true' }, 'Sì'), h('option', { value: 'false' }, 'No'));
      over65.value = request.over65 === true ? 'true' : request.over65 === false ? 'false' : 'null';
      over65.addEventListener('change', run(() => api('PUT', `/requests/${encodeURIComponent(id)}/over65`, { over65: over65.value === 'null' ? null : over65.value === 'true' })));
      actions.append(
        h('div', { class: 'field-inline' }, urgent, h('label', { for: 'urgent-toggle' }, 'Urgente')),
        h('div', { class: 'field-inline' }, h('label', { for: 'over65-select' }, 'Over 65'), over65));

      // Labels
      const labels = [...(request.labels || [])];
      const labelList = h('ul', { class: 'labels labels-edit', testid: 'labels' });
      const saveLabels = (next) => api('PUT', `/requests/${encodeURIComponent(id)}/labels`, { labels: next });
      for (const label of labels) {
        labelList.appendChild(h('li', { class: 'label' }, h('bdi', null, label),
          h('button', {
            type: 'button', class: 'label-remove', 'aria-label': `Togli l’etichetta ${label}`, testid: 'label-remove',
            on: { click: run(() => saveLabels(labels.filter((candidate) => candidate !== label))) },
          }, '✕')));
      }
      const labelInput = h('input', { type: 'text', id: 'labels-input', testid: 'labels-input', maxlength: '40', placeholder: 'nuova etichetta', dir: 'auto' });
      const addLabel = run(async () => {
        const value = labelInput.value.trim();
        if (!value) return;
        const next = [...new Set([...labels, ...value.split(',').map((part) => part.trim()).filter(Boolean)])];
        await saveLabels(next);
        labelInput.value = '';
      });
      labelInput.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void addLabel();
        }
      });
      actions.append(h('fieldset', { class: 'group' }, h('legend', null, 'Etichette'), labelList,
        h('div', { class: 'row' }, labelInput, h('button', { type: 'button', class: 'btn btn-small', testid: 'labels-add', on: { click: addLabel } }, 'Aggiungi'))));

      // Transfer
      const transferSelect = h('select', { id: 'transfer-select', testid: 'transfer-select' },
        h('option', { value: '' }, '— scegli —'),
        (data.managers || []).length ? h('optgroup', { label: 'A un collega' },
          data.managers.filter((manager) => !request.claimedBy || manager.id !== request.claimedBy.id)
            .map((manager) => h('option', { value: `staff:${manager.id}` }, manager.name))) : null,
        (data.neighbourhoods || []).length ? h('optgroup', { label: 'A un quartiere' },
          data.neighbourhoods.filter((neighbourhood) => neighbourhood.id !== request.neighbourhoodId)
            .map((neighbourhood) => h('option', { value: `nb:${neighbourhood.id}` }, neighbourhood.name))) : null);
      const transfer = run(async () => {
        const value = transferSelect.value;
        if (!value) throw new ApiError(400, { message: 'scegli a chi trasferire' });
        const [kind, ...rest] = value.split(':');
        const target = rest.join(':');
        const manager = (data.managers || []).find((candidate) => String(candidate.id) === target);
        await api('POST', `/requests/${encodeURIComponent(id)}/transfer`, kind === 'staff' ? { staffId: manager ? manager.id : target } : { neighbourhoodId: target });
      }, 'Richiesta trasferita.');
      actions.append(h('fieldset', { class: 'group' }, h('legend', null, 'Trasferisci'),
        h('label', { for: 'transfer-select', class: 'sr-only' }, 'Trasferisci a'), transferSelect,
        h('button', { type: 'button', class: 'btn btn-small', testid: 'transfer-submit', on: { click: transfer } }, 'Trasferisci')));

      // Hand back
      if (request.status === 'claimed') {
        actions.append(h('button', {
          type: 'button', class: 'btn btn-wide', testid: 'hand-back',
          on: { click: run(() => api('POST', `/requests/${encodeURIComponent(id)}/hand-back`), 'Richiesta restituita al bot.') },
        }, '↩ Restituisci al bot'));
      }

      // Close
      const outcome = h('select', { id: 'close-outcome', testid: 'close-outcome', required: true },
        h('option', { value: '' }, '— esito —'), OUTCOMES.map(([value, label]) => h('option', { value }, label)));
      const note = h('textarea', { id: 'close-note', testid: 'close-note', rows: '2', maxlength: '1000', dir: 'auto', placeholder: 'Nota (facoltativa)' });
      const close = run(async () => {
        if (!outcome.value) throw new ApiError(400, { message: 'scegli un esito' });
        const body = { outcome: outcome.value };
        if (note.value.trim()) body.note = note.value.trim();
        await api('POST', `/requests/${encodeURIComponent(id)}/close`, body);
      }, 'Richiesta chiusa.');
      actions.append(h('fieldset', { class: 'group group-close' }, h('legend', null, 'Chiudi la richiesta'),
        h('label', { for: 'close-outcome' }, 'Esito'), outcome,
        h('label', { for: 'close-note' }, 'Nota'), note,
        h('button', { type: 'button', class: 'btn btn-danger btn-wide', testid: 'close-submit', on: { click: close } }, 'Chiudi')));
    }

    function renderRating(request) {
      clear(rating);
      if (request.rating === null || request.rating === undefined) {
        rating.hidden = true;
        return;
      }
      rating.hidden = false;
      rating.append(h('h2', null, 'Valutazione'),
        h('p', { class: 'stars', testid: 'rating-value', 'aria-label': `${request.rating} su 5` }, `${'★'.repeat(request.rating)}${'☆'.repeat(Math.max(0, 5 - request.rating))} ${request.rating}/5`),
        request.ratingComment ? h('blockquote', { dir: 'auto', testid: 'rating-comment' }, request.ratingComment) : null);
    }

    function renderEvents() {
      clear(events).appendChild(h('h2', null, 'Cronologia'));
      const list = h('ol', { class: 'event-list' });
      for (const event of data.events || []) {
        list.appendChild(h('li', null,
          h('time', { datetime: event.createdAt }, fmtDateTime(event.createdAt)), ' ',
          h('strong', null, EVENT_TYPES[event.type] || event.type),
          event.staffName ? ` · ${event.staffName}` : '',
          event.detail ? h('span', { class: 'muted', dir: 'auto' }, ` · ${eventDetail(event)}`) : null));
      }
      events.appendChild((data.events || []).length ? list : h('p', { class: 'empty' }, 'Nessun evento.'));
    }

    /** The event's detail (often JSON) in words. */
    function eventDetail(event) {
      let detail = event.detail;
      try {
        detail = JSON.parse(event.detail);
      } catch {
        if (event.detail === 'tenant') return 'dall’inquilino';
        return event.type === 'closed' ? outcomeName(event.detail) : event.detail;
      }
      const managerName = (staffId) => ((data.managers || []).find((manager) => String(manager.id) === String(staffId)) || {}).name || staffId;
      const placeName = (neighbourhoodId) => ((data.neighbourhoods || []).find((place) => place.id === neighbourhoodId) || {}).name || neighbourhoodId;
      if (event.type === 'rated') return `${detail}/5`;
      if (Array.isArray(detail)) return detail.length ? detail.join(', ') : 'nessuna';
      if (detail && typeof detail === 'object') {
        if (detail.toStaff) return `a ${managerName(detail.toStaff)}`;
        if (detail.to) return `${detail.from ? `da ${placeName(detail.from)} ` : ''}a ${placeName(detail.to)}`;
        if (detail.outcome) return [outcomeName(detail.outcome), detail.note].filter(Boolean).join(' — ');
        return Object.entries(detail).map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`).join(', ');
      }
      return String(detail);
    }

    return {
      name: 'requests',
      load,
      refresh(kind, payload) {
        if (kind === 'reconnect' || String(payload.requestId) === String(id)) void load().catch(() => undefined);
      },
      dispose() {
        document.title = 'Console C.A.S.A.';
      },
    };
  }

  function outcomeName(value) {
    const found = OUTCOMES.find(([key]) => key === value);
    return found ? found[1] : value;
  }

  // ---------------------------------------------------------------- figures

  function figuresView(main) {
    const weeks = h('select', { id: 'figures-weeks', testid: 'figures-weeks' },
      [4, 8, 12, 26, 52].map((n) => h('option', { value: String(n), selected: n === 8 }, `${n} settimane`)));
    const tableBox = h('div', { class: 'table-wrap', testid: 'figures' });
    main.append(h('div', { class: 'page-head' }, h('h1', null, 'Numeri'),
      h('div', { class: 'row' }, h('label', { for: 'figures-weeks' }, 'Periodo'), weeks)), tableBox);
    weeks.addEventListener('change', () => void load().catch((error) => flash(errorText(error), 'error')));

    const columns = [
      ['neighbourhoodName', 'Quartiere', (row) => row.neighbourhoodName],
      ['week', 'Settimana', (row) => row.week],
      ['requests', 'Richieste', (row) => fmtNumber(row.requests)],
      ['claimed', 'Prese in carico', (row) => fmtNumber(row.claimed)],
      ['closed', 'Chiuse', (row) => fmtNumber(row.closed)],
      ['cancelled', 'Annullate', (row) => fmtNumber(row.cancelled)],
      ['medianWaitMinutes', 'Attesa mediana (min)', (row) => fmtNumber(row.medianWaitMinutes)],
      ['averageHandlingMinutes', 'Durata media (min)', (row) => fmtNumber(row.averageHandlingMinutes)],
      ['averageRating', 'Voto medio', (row) => fmtNumber(row.averageRating)],
      ['ratings', 'Voti', (row) => fmtNumber(row.ratings)],
    ];

    const load = coalesce(async () => {
      const result = await api('GET', `/figures?weeks=${encodeURIComponent(weeks.value)}`);
      const rows = (result && result.rows) || [];
      clear(tableBox);
      if (!rows.length) {
        tableBox.appendChild(h('p', { class: 'empty' }, 'Nessun dato per il periodo scelto.'));
        return;
      }
      tableBox.appendChild(h('table', { class: 'table', testid: 'figures-table' },
        h('thead', null, h('tr', null, columns.map(([key, label]) => h('th', { scope: 'col', class: key === 'neighbourhoodName' || key === 'week' ? '' : 'num' }, label)))),
        h('tbody', null, rows.map((row) => h('tr', { testid: `figures-row-${row.neighbourhoodId}-${row.week}` },
          columns.map(([key, , value]) => h(key === 'neighbourhoodName' ? 'th' : 'td', { scope: key === 'neighbourhoodName' ? 'row' : undefined, class: key === 'neighbourhoodName' || key === 'week' ? '' : 'num' }, value(row))))))));
    });
    return { name: 'figures', load, refresh() {} };
  }

  // ---------------------------------------------------------------- canned replies

  function cannedView(main) {
    const list = h('div', { class: 'list', testid: 'canned-list' });
    const editor = h('div', { class: 'editor', testid: 'canned-editor' });
    main.append(h('div', { class: 'page-head' }, h('h1', null, 'Risposte pronte'),
      h('button', { type: 'button', class: 'btn', testid: 'canned-new', on: { click: () => edit(null) } }, '+ Nuova')),
    h('div', { class: 'split' }, list, editor));
    let replies = [];
    let languages = LANGUAGE_FALLBACK;

    const load = coalesce(async () => {
      [replies, languages] = await Promise.all([api('GET', '/canned-replies'), getLanguages()]);
      clear(list);
      if (!replies.length) list.appendChild(h('p', { class: 'empty' }, 'Nessuna risposta pronta.'));
      for (const reply of replies) {
        list.appendChild(h('button', {
          type: 'button', class: 'list-item', testid: `canned-item-${reply.id}`,
          on: { click: () => edit(reply) },
        }, h('strong', null, reply.title), h('span', { class: 'muted', dir: 'auto' }, (reply.texts && reply.texts.it) || '')));
      }
    });

    function edit(reply) {
      clear(editor);
      const error = h('p', { class: 'form-error', testid: 'canned-error', role: 'alert', hidden: true });
      const idInput = reply ? null : h('input', { type: 'text', id: 'canned-id', testid: 'canned-id', required: true, pattern: '[a-z0-9_-]+', placeholder: 'es. orari-sportello' });
      const title = h('input', { type: 'text', id: 'canned-title', testid: 'canned-title', required: true, maxlength: '120', value: reply ? reply.title : '' });
      const areas = {};
      const fields = languages.map((language) => {
        const area = h('textarea', {
          id: `canned-text-${language.code}`, testid: `canned-text-${language.code}`, rows: '3', maxlength: '4000',
          dir: language.dir === 'rtl' ? 'rtl' : 'auto', lang: language.code, required: true,
        });
        area.value = (reply && reply.texts && reply.texts[language.code]) || '';
        areas[language.code] = area;
        return h('div', { class: 'field' }, h('label', { for: area.id }, `${language.name} (${language.code})`), area);
      });
      const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'canned-save' }, 'Salva');
      const remove = reply ? h('button', { type: 'button', class: 'btn btn-danger', testid: 'canned-delete' }, 'Elimina') : null;
      const form = h('form', { class: 'panel', novalidate: true },
        h('h2', null, reply ? `Modifica: ${reply.title}` : 'Nuova risposta pronta'),
        idInput ? [h('label', { for: 'canned-id' }, 'Codice (lettere minuscole, numeri, trattini)'), idInput] : null,
        h('label', { for: 'canned-title' }, 'Titolo'), title,
        h('p', { class: 'muted' }, 'Scrivi il testo in tutte le lingue: l’inquilino lo riceve nella sua.'),
        fields, error, h('div', { class: 'row end' }, remove, save));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        error.hidden = true;
        const missing = languages.filter((language) => !areas[language.code].value.trim()).map((language) => language.name);
        const id = reply ? reply.id : idInput.value.trim();
        if (!id || !title.value.trim() || missing.length) {
          error.textContent = !id ? 'Scrivi il codice.' : !title.value.trim() ? 'Scrivi il titolo.' : `Manca il testo in: ${missing.join(', ')}.`;
          error.hidden = false;
          return;
        }
        save.disabled = true;
        try {
          const texts = {};
          for (const language of languages) texts[language.code] = areas[language.code].value.trim();
          await api('PUT', `/canned-replies/${encodeURIComponent(id)}`, { title: title.value.trim(), texts });
          flash('Risposta salvata.', 'ok');
          await load();
          const saved = replies.find((candidate) => String(candidate.id) === String(id));
          edit(saved || null);
        } catch (caught) {
          error.textContent = errorText(caught);
          error.hidden = false;
        } finally {
          save.disabled = false;
        }
      });
      if (remove) {
        let armed = false;
        remove.addEventListener('click', async () => {
          if (!armed) {
            armed = true;
            remove.textContent = 'Conferma eliminazione';
            setTimeout(() => { armed = false; remove.textContent = 'Elimina'; }, 5000);
            return;
          }
          try {
            await api('DELETE', `/canned-replies/${encodeURIComponent(reply.id)}`);
            flash('Risposta eliminata.', 'ok');
            clear(editor);
            await load();
          } catch (caught) {
            error.textContent = errorText(caught);
            error.hidden = false;
          }
        });
      }
      editor.appendChild(form);
      (idInput || title).focus();
    }
    return { name: 'canned', load, refresh() {} };
  }

  // ---------------------------------------------------------------- accounts

  function accountsView(main) {
    const table = h('div', { class: 'table-wrap', testid: 'accounts' });
    const editor = h('div', { class: 'editor', testid: 'account-editor' });
    main.append(h('div', { class: 'page-head' }, h('h1', null, 'Account'),
      h('button', { type: 'button', class: 'btn', testid: 'account-new', on: { click: () => edit(null) } }, '+ Nuovo account')),
    editor, table);
    let accounts = [];
    let neighbourhoods = [];

    const load = coalesce(async () => {
      [accounts, neighbourhoods] = await Promise.all([api('GET', '/accounts'), getNeighbourhoods(true)]);
      const names = new Map(neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
      clear(table).appendChild(h('table', { class: 'table' },
        h('thead', null, h('tr', null, ['Nome', 'Email', 'Ruolo', 'Quartieri', 'Stato', ''].map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', null, accounts.map((account) => h('tr', { testid: `account-row-${account.id}`, class: account.active ? '' : 'inactive' },
          h('th', { scope: 'row' }, account.name),
          h('td', null, account.email),
          h('td', null, ROLES[account.role] || account.role),
          h('td', null, (account.neighbourhoodIds || []).map((nid) => names.get(nid) || nid).join(', ') || '—'),
          h('td', null, !account.active ? 'Disattivato' : account.lockedUntil && parseDate(account.lockedUntil) > new Date() ? `Bloccato fino alle ${fmtTime(account.lockedUntil)}` : 'Attivo'),
          h('td', null, h('button', { type: 'button', class: 'btn btn-small', testid: `account-edit-${account.id}`, on: { click: () => edit(account) } }, 'Modifica')))))));
    });

    function edit(account) {
      clear(editor);
      const isNew = !account;
      const error = h('p', { class: 'form-error', testid: 'account-error', role: 'alert', hidden: true });
      const email = h('input', { type: 'email', id: 'account-email', testid: 'account-email', required: true, autocomplete: 'off', value: account ? account.email : '', disabled: !isNew });
      const name = h('input', { type: 'text', id: 'account-name', testid: 'account-name', required: true, maxlength: '100', value: account ? account.name : '' });
      const role = h('select', { id: 'account-role', testid: 'account-role' }, Object.entries(ROLES).map(([value, label]) => h('option', { value }, label)));
      role.value = account ? account.role : 'community_manager';
      const password = h('input', { type: 'password', id: 'account-password', testid: 'account-password', minlength: '12', autocomplete: 'new-password', required: isNew, placeholder: isNew ? 'almeno 12 caratteri' : 'lascia vuoto per non cambiarla' });
      const telegram = h('input', { type: 'text', id: 'account-telegram', testid: 'account-telegram', inputmode: 'numeric', pattern: '[0-9]*', value: account && account.telegramUserId ? account.telegramUserId : '' });
      const boxes = neighbourhoods.map((neighbourhood) => {
        const box = h('input', { type: 'checkbox', id: `account-nb-${neighbourhood.id}`, testid: `account-nb-${neighbourhood.id}`, value: neighbourhood.id,
          checked: account ? (account.neighbourhoodIds || []).includes(neighbourhood.id) : false });
        return [box, h('label', { class: 'check', for: box.id }, box, ` ${neighbourhood.name}`)];
      });
      const active = account ? h('input', { type: 'checkbox', id: 'account-active', testid: 'account-active', checked: account.active }) : null;
      const submit = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'account-submit' }, isNew ? 'Crea account' : 'Salva');
      const form = h('form', { class: 'panel', novalidate: true },
        h('h2', null, isNew ? 'Nuovo account' : `Modifica: ${account.name}`),
        h('div', { class: 'grid2' },
          h('div', { class: 'field' }, h('label', { for: 'account-email' }, 'Email'), email),
          h('div', { class: 'field' }, h('label', { for: 'account-name' }, 'Nome'), name),
          h('div', { class: 'field' }, h('label', { for: 'account-role' }, 'Ruolo'), role),
          h('div', { class: 'field' }, h('label', { for: 'account-password' }, isNew ? 'Password' : 'Nuova password (reimposta)'), password),
          h('div', { class: 'field' }, h('label', { for: 'account-telegram' }, 'ID utente Telegram (facoltativo)'), telegram)),
        h('fieldset', { class: 'group' }, h('legend', null, 'Quartieri'), h('div', { class: 'checks' }, boxes.map(([, label]) => label))),
        active ? h('label', { class: 'check', for: 'account-active' }, active, ' Account attivo') : null,
        error, h('div', { class: 'row end' }, h('button', { type: 'button', class: 'btn btn-ghost', on: { click: () => clear(editor) } }, 'Annulla'), submit));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        error.hidden = true;
        const neighbourhoodIds = boxes.map(([box]) => box).filter((box) => box.checked).map((box) => box.value);
        const problems = [];
        if (isNew && !/^\S+@\S+\.\S+$/.test(email.value.trim())) problems.push('email non valida');
        if (!name.value.trim()) problems.push('manca il nome');
        if ((isNew || password.value) && password.value.length < 12) problems.push('la password deve avere almeno 12 caratteri');
        if (telegram.value.trim() && !/^\d+$/.test(telegram.value.trim())) problems.push('l’ID Telegram è fatto solo di cifre');
        if (role.value === 'community_manager' && neighbourhoodIds.length === 0) problems.push('scegli almeno un quartiere');
        if (problems.length) {
          error.textContent = `Controlla: ${problems.join('; ')}.`;
          error.hidden = false;
          return;
        }
        submit.disabled = true;
        try {
          if (isNew) {
            const body = { email: email.value.trim(), name: name.value.trim(), role: role.value, password: password.value, neighbourhoodIds };
            if (telegram.value.trim()) body.telegramUserId = telegram.value.trim();
            await api('POST', '/accounts', body);
            flash('Account creato.', 'ok');
          } else {
            const body = { name: name.value.trim(), role: role.value, neighbourhoodIds, active: active.checked, telegramUserId: telegram.value.trim() || null };
            if (password.value) body.password = password.value;
            await api('PATCH', `/accounts/${encodeURIComponent(account.id)}`, body);
            flash(password.value ? 'Account salvato, password reimpostata.' : 'Account salvato.', 'ok');
          }
          clear(editor);
          await load();
        } catch (caught) {
          error.textContent = caught instanceof ApiError && caught.status === 409 ? 'Esiste già un account con questa email.' : errorText(caught);
          error.hidden = false;
        } finally {
          submit.disabled = false;
        }
      });
      editor.appendChild(form);
      (isNew ? email : name).focus();
    }
    return { name: 'accounts', load, refresh() {} };
  }

  // ---------------------------------------------------------------- settings

  function settingsView(main) {
    const picker = h('select', { id: 'settings-neighbourhood', testid: 'settings-neighbourhood' });
    const formBox = h('div', { testid: 'settings' });
    main.append(h('div', { class: 'page-head' }, h('h1', null, 'Impostazioni'),
      h('div', { class: 'row' }, h('label', { for: 'settings-neighbourhood' }, 'Quartiere'), picker)), formBox);
    picker.addEventListener('change', () => void show(picker.value).catch((error) => flash(errorText(error), 'error')));

    const load = coalesce(async () => {
      const neighbourhoods = await getNeighbourhoods(true);
      const selected = picker.value;
      clear(picker);
      for (const neighbourhood of neighbourhoods) picker.appendChild(h('option', { value: neighbourhood.id }, neighbourhood.name));
      if (selected && neighbourhoods.some((neighbourhood) => neighbourhood.id === selected)) picker.value = selected;
      if (picker.value) await show(picker.value);
      else formBox.appendChild(h('p', { class: 'empty' }, 'Nessun quartiere.'));
    });

    async function show(neighbourhoodId) {
      const settings = await api('GET', `/neighbourhoods/${encodeURIComponent(neighbourhoodId)}/settings`);
      clear(formBox);
      const error = h('p', { class: 'form-error', testid: 'settings-error', role: 'alert', hidden: true });
      const limit = h('input', { type: 'number', id: 'settings-limit', testid: 'settings-limit', min: '1', max: '1440', step: '1', value: String(settings.claimLimitMinutes ?? '') });
      const chat = h('input', { type: 'text', id: 'settings-chat', testid: 'settings-chat', inputmode: 'numeric', placeholder: 'es. -1001234567890', value: settings.staffChatId || '' });
      const hoursBody = h('tbody', { testid: 'settings-hours' });
      const holidaysBody = h('tbody', { testid: 'settings-holidays' });
      const hourRow = (row) => {
        const weekday = h('select', { 'aria-label': 'Giorno', class: 'h-weekday' }, WEEKDAYS.slice(1).map((name, index) => h('option', { value: String(index + 1) }, name)));
        weekday.value = String(row.weekday || 1);
        const opens = h('input', { type: 'time', class: 'h-opens', 'aria-label': 'Apre alle', value: row.opensAt || '09:00', required: true });
        const closes = h('input', { type: 'time', class: 'h-closes', 'aria-label': 'Chiude alle', value: row.closesAt || '13:00', required: true });
        const tr = h('tr', null, h('td', null, weekday), h('td', null, opens), h('td', null, closes),
          h('td', null, h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': 'Togli orario', on: { click: () => tr.remove() } }, '✕ Togli')));
        return tr;
      };
      const holidayRow = (row) => {
        const date = h('input', { type: 'date', class: 'hol-date', 'aria-label': 'Data', value: row.date || '', required: true });
        const name = h('input', { type: 'text', class: 'hol-name', 'aria-label': 'Nome della festività', maxlength: '80', value: row.name || '' });
        const tr = h('tr', null, h('td', null, date), h('td', null, name),
          h('td', null, h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': 'Togli festività', on: { click: () => tr.remove() } }, '✕ Togli')));
        return tr;
      };
      const sortedHours = [...(settings.openingHours || [])].sort((a, b) => a.weekday - b.weekday || String(a.opensAt).localeCompare(String(b.opensAt)));
      for (const row of sortedHours) hoursBody.appendChild(hourRow(row));
      for (const row of settings.holidays || []) holidaysBody.appendChild(holidayRow(row));
      const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'settings-save' }, 'Salva');
      const form = h('form', { class: 'panel', novalidate: true },
        h('h2', null, settings.name),
        h('div', { class: 'grid2' },
          h('div', { class: 'field' }, h('label', { for: 'settings-limit' }, 'Tempo massimo per la presa in carico (minuti)'), limit),
          h('div', { class: 'field' }, h('label', { for: 'settings-chat' }, 'ID chat del gruppo Telegram dello staff'), chat)),
        h('fieldset', { class: 'group' }, h('legend', null, 'Orari di apertura'),
          h('table', { class: 'table compact' }, h('thead', null, h('tr', null, h('th', null, 'Giorno'), h('th', null, 'Apre'), h('th', null, 'Chiude'), h('th', null, ''))), hoursBody),
          h('button', { type: 'button', class: 'btn btn-small', testid: 'settings-add-hours', on: { click: () => hoursBody.appendChild(hourRow({})) } }, '+ Aggiungi orario')),
        h('fieldset', { class: 'group' }, h('legend', null, 'Festività (sportello chiuso)'),
          h('table', { class: 'table compact' }, h('thead', null, h('tr', null, h('th', null, 'Data'), h('th', null, 'Nome'), h('th', null, ''))), holidaysBody),
          h('button', { type: 'button', class: 'btn btn-small', testid: 'settings-add-holiday', on: { click: () => holidaysBody.appendChild(holidayRow({})) } }, '+ Aggiungi festività')),
        error, h('div', { class: 'row end' }, save));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        error.hidden = true;
        const openingHours = [...hoursBody.querySelectorAll('tr')].map((tr) => ({
          weekday: Number($('.h-weekday', tr).value), opensAt: $('.h-opens', tr).value, closesAt: $('.h-closes', tr).value,
        }));
        const holidays = [...holidaysBody.querySelectorAll('tr')].map((tr) => ({ date: $('.hol-date', tr).value, name: $('.hol-name', tr).value.trim() }));
        const problems = [];
        const minutes = Number(limit.value);
        if (!Number.isInteger(minutes) || minutes < 1) problems.push('il tempo massimo deve essere un numero intero di minuti');
        if (chat.value.trim() && !/^-?\d+$/.test(chat.value.trim())) problems.push('l’ID chat è un numero (di solito inizia con -100)');
        for (const row of openingHours) {
          if (!/^\d\d:\d\d$/.test(row.opensAt) || !/^\d\d:\d\d$/.test(row.closesAt)) problems.push(`${WEEKDAYS[row.weekday]}: orario incompleto`);
          else if (row.opensAt >= row.closesAt) problems.push(`${WEEKDAYS[row.weekday]}: l’apertura deve venire prima della chiusura`);
        }
        for (const row of holidays) if (!/^\d{4}-\d\d-\d\d$/.test(row.date)) problems.push('una festività non ha la data');
        if (problems.length) {
          error.textContent = `Controlla: ${[...new Set(problems)].join('; ')}.`;
          error.hidden = false;
          return;
        }
        save.disabled = true;
        try {
          await api('PUT', `/neighbourhoods/${encodeURIComponent(neighbourhoodId)}/settings`, {
            claimLimitMinutes: minutes, staffChatId: chat.value.trim() || null, openingHours, holidays,
          });
          state.neighbourhoods = null;
          flash('Impostazioni salvate.', 'ok');
          await show(neighbourhoodId);
        } catch (caught) {
          error.textContent = errorText(caught);
          error.hidden = false;
        } finally {
          save.disabled = false;
        }
      });
      formBox.appendChild(form);
    }
    return { name: 'settings', load, refresh() {} };
  }

  // ---------------------------------------------------------------- start

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

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
  else void start();
})();
