// Messages to the staff: the passing flash line, the banners that stay, desktop notifications.
import { $, h } from './dom.js';

let flashTimer = null;

export function flash(text, kind = 'info') {
  const box = $('#flash');
  box.textContent = text;
  box.className = `flash flash-${kind}`;
  box.hidden = false;
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => { box.hidden = true; }, kind === 'error' ? 9000 : 4000);
}

export function banner(text, href, key) {
  const box = $('#banners');
  if (key && box.querySelector(`[data-key="${CSS.escape(key)}"]`)) return;
  const item = h('div', { class: 'banner', testid: 'banner', role: 'alert', dataset: key ? { key } : undefined },
    h('span', { class: 'banner-text' }, text),
    href ? h('a', { class: 'btn btn-small', href, on: { click: () => item.remove() } }, 'Apri') : null,
    h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': 'Chiudi avviso', on: { click: () => item.remove() } }, '✕'));
  box.appendChild(item);
}

export function notify(title, body, href) {
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

/** "🔔 Attiva notifiche", while the browser has not been asked yet; null once it has. */
export function enableNotificationsButton() {
  if (!('Notification' in window) || Notification.permission !== 'default') return null;
  const button = h('button', {
    type: 'button', class: 'btn btn-small btn-ghost', testid: 'enable-notifications',
    on: { click: () => Notification.requestPermission().then(() => button.remove()).catch(() => undefined) },
  }, '🔔 Attiva notifiche');
  return button;
}
