// The audit log: for an admin the staff's (lock-outs, repeated failures, account changes), for a partner
// organisation's lead their organisation's (accounts, invites, each opening of a call-back or a chat). Never content.
import { api, may } from '../api.js';
import { clear, h } from '../dom.js';
import { fmtDateTime } from '../format.js';

const ACTIONS = {
  'account.created': 'Account creato',
  'account.deactivated': 'Account disattivato',
  'account.reactivated': 'Account riattivato',
  'account.role_changed': 'Ruolo cambiato',
  'account.password_changed': 'Password cambiata',
  'invite.created': 'Invito creato',
  'invite.used': 'Invito usato (password scelta)',
  'login.failed_repeatedly': 'Accessi sbagliati ripetuti',
  'login.locked': 'Accesso bloccato per 15 minuti',
  'callback.opened': 'Richiamata aperta',
  'chat.opened': 'Chat aperta',
  'tenant.exported': 'Dati di un inquilino esportati',
  'tenant.erased': 'Dati di un inquilino cancellati',
};

export function auditView(main) {
  const box = h('div', { class: 'table-wrap', testid: 'audit' });
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Registro')),
    h('p', { class: 'hint' }, may('partners.lead')
      ? 'Chi ha fatto cosa negli account della vostra organizzazione, e ogni apertura di una richiamata o di una chat. Nessuno può cancellarlo.'
      : 'Blocchi dell’accesso, tentativi sbagliati ripetuti e modifiche agli account. Nessuno può cancellarlo.'),
    box);
  return {
    async load() {
      const entries = await api('GET', may('partners.lead') ? '/partner/audit' : '/audit');
      clear(box).appendChild(entries.length === 0 ? h('p', { class: 'empty' }, 'Ancora nulla.') : h('table', { class: 'table' },
        h('thead', null, h('tr', null, ...['Quando', 'Che cosa', 'Chi', 'Su chi', 'Dettaglio'].map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', null, ...entries.map((entry) => h('tr', { testid: 'audit-row', dataset: { action: entry.action } },
          h('td', null, fmtDateTime(entry.at)),
          h('td', null, ACTIONS[entry.action] || entry.action),
          h('td', null, entry.actor || '—'),
          h('td', null, entry.subject || '—'),
          h('td', null, entry.detail || ''))))));
    },
  };
}
