// The accounts page (admins): staff list, create and edit accounts, reset passwords, neighbourhoods per person.
// Partner accounts belong to an organisation and get a one-time invite link: nobody here sets their password.
import { ApiError, api, errorText } from '../api.js';
import { coalesce } from '../coalesce.js';
import { clear, h } from '../dom.js';
import { flash } from '../flash.js';
import { ROLES } from '../labels.js';
import { getNeighbourhoods } from '../lookups.js';
import { apiKeysPanel } from './reports/apiKeys.js';

export function accountsView(main) {
  const table = h('div', { class: 'table-wrap', testid: 'accounts' });
  const editor = h('div', { class: 'editor', testid: 'account-editor' });
  main.append(h('div', { class: 'page-head' }, h('h1', null, 'Account'),
    h('button', { type: 'button', class: 'btn', testid: 'account-new', on: { click: () => edit(null) } }, '+ Nuovo account')),
  editor, table);
  const organisationName = h('input', { type: 'text', id: 'organisation-name', testid: 'organisation-name', maxlength: '80', placeholder: 'es. Telefono Donna' });
  const organisationList = h('p', { class: 'hint', testid: 'organisations' });
  const organisationForm = h('form', { class: 'panel', testid: 'organisation-form' }, h('h2', null, 'Organizzazioni partner'), organisationList,
    h('div', { class: 'row' }, h('label', { for: 'organisation-name' }, 'Nuova organizzazione'), organisationName,
      h('button', { type: 'submit', class: 'btn', testid: 'organisation-add' }, 'Aggiungi')));
  organisationForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('POST', '/partner-organisations', { name: organisationName.value.trim() });
      organisationName.value = '';
      await load();
    } catch (caught) {
      flash(errorText(caught), 'error');
    }
  });
  main.append(organisationForm);
  const apiKeys = apiKeysPanel();
  main.append(apiKeys.element);
  let accounts = [];
  let neighbourhoods = [];
  let organisations = [];

  const load = coalesce(async () => {
    [accounts, neighbourhoods, organisations] = await Promise.all([api('GET', '/accounts'), getNeighbourhoods(true), api('GET', '/partner-organisations'), apiKeys.load()]);
    organisationList.textContent = organisations.length ? organisations.map((organisation) => organisation.name).join(' · ') : 'Nessuna organizzazione ancora.';
    const names = new Map(neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
    clear(table).appendChild(h('table', { class: 'table' },
      h('thead', null, h('tr', null, ['Nome', 'Email', 'Ruolo', 'Quartieri', 'Stato', ''].map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', null, accounts.map((account) => h('tr', { testid: `account-row-${account.id}`, class: account.active ? '' : 'inactive' },
        h('th', { scope: 'row' }, account.name),
        h('td', null, account.email),
        h('td', null, ROLES[account.role] || account.role),
        h('td', null, (account.neighbourhoodIds || []).map((nid) => names.get(nid) || nid).join(', ') || '—'),
        h('td', null, !account.active ? 'Disattivato' : account.invitePending ? 'Invito da usare' : 'Attivo'),
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
    // Partner operators (anti-violence centres) see only the call-back requests, of no neighbourhood in particular.
    const places = h('fieldset', { class: 'group', testid: 'account-neighbourhoods' }, h('legend', null, 'Quartieri'), h('div', { class: 'checks' }, boxes.map(([, label]) => label)));
    const roleHint = h('p', { class: 'hint', testid: 'account-role-hint' }, 'Vede solo le richieste di richiamata del percorso riservato, senza quartieri. La password la sceglie l’operatrice con il link di invito.');
    const organisation = h('select', { id: 'account-organisation', testid: 'account-organisation', disabled: !isNew },
      organisations.map((entry) => h('option', { value: entry.id }, entry.name)));
    if (account && account.organisationId) organisation.value = account.organisationId;
    const organisationField = h('div', { class: 'field' }, h('label', { for: 'account-organisation' }, 'Organizzazione'), organisation);
    const passwordField = h('div', { class: 'field' }, h('label', { for: 'account-password' }, isNew ? 'Password' : 'Nuova password (reimposta)'), password);
    const isPartner = () => role.value === 'partner_support' || role.value === 'partner_lead';
    const showRole = () => {
      places.hidden = isPartner();
      roleHint.hidden = !isPartner();
      organisationField.hidden = !isPartner();
      // Partner passwords: only the operator, through the invite link.
      passwordField.hidden = isPartner() || Boolean(account && (account.role === 'partner_support' || account.role === 'partner_lead'));
    };
    role.addEventListener('change', showRole);
    showRole();
    const active = account ? h('input', { type: 'checkbox', id: 'account-active', testid: 'account-active', checked: account.active }) : null;
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'account-submit' }, isNew ? 'Crea account' : 'Salva');
    const form = h('form', { class: 'panel', novalidate: true },
      h('h2', null, isNew ? 'Nuovo account' : `Modifica: ${account.name}`),
      h('div', { class: 'grid2' },
        h('div', { class: 'field' }, h('label', { for: 'account-email' }, 'Email'), email),
        h('div', { class: 'field' }, h('label', { for: 'account-name' }, 'Nome'), name),
        h('div', { class: 'field' }, h('label', { for: 'account-role' }, 'Ruolo'), role, roleHint),
        organisationField,
        passwordField,
        h('div', { class: 'field' }, h('label', { for: 'account-telegram' }, 'ID utente Telegram (facoltativo)'), telegram)),
      places,
      active ? h('label', { class: 'check', for: 'account-active' }, active, ' Account attivo') : null,
      error, h('div', { class: 'row end' }, h('button', { type: 'button', class: 'btn btn-ghost', on: { click: () => clear(editor) } }, 'Annulla'), submit));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      const neighbourhoodIds = places.hidden ? [] : boxes.map(([box]) => box).filter((box) => box.checked).map((box) => box.value);
      const problems = [];
      if (isNew && !/^\S+@\S+\.\S+$/.test(email.value.trim())) problems.push('email non valida');
      if (!name.value.trim()) problems.push('manca il nome');
      if (!passwordField.hidden && (isNew || password.value) && password.value.length < 12) problems.push('la password deve avere almeno 12 caratteri');
      if (isNew && isPartner() && !organisation.value) problems.push('aggiungi prima l’organizzazione partner');
      if (telegram.value.trim() && !/^\d+$/.test(telegram.value.trim())) problems.push('l’ID Telegram è fatto solo di cifre');
      // Community managers and nurses see only their neighbourhoods: without one they would see nothing.
      if ((role.value === 'community_manager' || role.value === 'nurse') && neighbourhoodIds.length === 0) problems.push('scegli almeno un quartiere');
      if (problems.length) {
        error.textContent = `Controlla: ${problems.join('; ')}.`;
        error.hidden = false;
        return;
      }
      submit.disabled = true;
      try {
        if (isNew) {
          const body = { email: email.value.trim(), name: name.value.trim(), role: role.value, neighbourhoodIds };
          if (isPartner()) body.organisationId = organisation.value;
          else body.password = password.value;
          if (telegram.value.trim()) body.telegramUserId = telegram.value.trim();
          const created = await api('POST', '/accounts', body);
          flash('Account creato.', 'ok');
          if (created.inviteUrl) {
            showInvite(created.inviteUrl);
            await load();
            return;
          }
        } else {
          const body = { name: name.value.trim(), role: role.value, active: active.checked, telegramUserId: telegram.value.trim() || null };
          if (!isPartner()) body.neighbourhoodIds = neighbourhoodIds;
          if (password.value && !passwordField.hidden) body.password = password.value;
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
  /** The invite link, shown once: the operator opens it and chooses their password within 24 hours. */
  function showInvite(inviteUrl) {
    const link = `${location.origin}${inviteUrl}`;
    clear(editor).appendChild(h('div', { class: 'panel', testid: 'account-invite' },
      h('h2', null, 'Link di invito'),
      h('p', null, 'Mandalo all’operatrice per un canale sicuro: vale 24 ore e una volta sola. Con questo link sceglie la sua password; nessun altro la conosce.'),
      h('p', null, h('code', { testid: 'account-invite-link' }, link)),
      h('div', { class: 'row end' }, h('button', { type: 'button', class: 'btn', on: { click: () => clear(editor) } }, 'Fatto'))));
  }

  return { name: 'accounts', load, refresh() {} };
}
