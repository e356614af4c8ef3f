// The login page. On success it hands over to `onLogin` (live updates and routing belong to the app).
import { ApiError, api, errorText, loadSession } from '../api.js';
import { h } from '../dom.js';
import { state } from '../state.js';

export function loginView(onLogin) {
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
      await onLogin();
    } catch (caught) {
      // One answer for a wrong password, an unknown email and a locked account: it tells an outsider nothing.
      if (caught instanceof ApiError && caught.status === 401) showError('Email o password sbagliata, oppure troppi tentativi: riprova tra 15 minuti.');
      else if (caught instanceof ApiError && caught.status === 429) showError('Troppi tentativi di accesso. Aspetta qualche minuto e riprova.');
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
