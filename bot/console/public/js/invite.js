// The invite page: a partner operator chooses their own password with the one-time link (#<token>, never sent in a URL to the server).
const form = document.getElementById('invite-form');
const password = document.getElementById('invite-password');
const repeat = document.getElementById('invite-repeat');
const message = document.getElementById('invite-message');
const token = location.hash.slice(1);
// The token leaves the address bar (and the history) at once.
history.replaceState(null, '', location.pathname);

async function csrfToken() {
  const response = await fetch('/console/api/session', { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' });
  return (await response.json()).csrfToken || '';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (password.value !== repeat.value) {
    message.textContent = 'Le due password non coincidono.';
    return;
  }
  const response = await fetch('/console/api/invites/accept', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': await csrfToken() },
    body: JSON.stringify({ token, password: password.value }),
  });
  if (response.status === 204) {
    form.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Fatto. Ora puoi accedere alla console.' }),
      Object.assign(document.createElement('a'), { href: '/console/', className: 'btn', textContent: 'Vai alla console' }));
    return;
  }
  const body = await response.json().catch(() => ({}));
  message.textContent = response.status === 404 ? 'Questo link non vale più: chiedi un nuovo invito.' : (body.message || 'Password non accettata.');
});
