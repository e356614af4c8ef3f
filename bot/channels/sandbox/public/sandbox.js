// The sandbox web chat: the same bot as on Telegram, through the sandbox channel. No build step.
(function () {
  'use strict';
  const chat = document.getElementById('chat');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const select = document.getElementById('language');
  const restart = document.getElementById('restart');
  const title = document.getElementById('title');
  const sendButton = document.getElementById('send');
  const banner = document.getElementById('preview');
  const bubbles = new Map();
  // Opened from the console's editor: the bot runs on the coordinators' draft, not on the published content.
  const previewToken = new URLSearchParams(location.search).get('preview');
  let languages = [];
  // Issued by the server (random and signed), asked for before the first message of each conversation.
  let conversationId = null;
  let queue = Promise.resolve();

  async function ensureConversation() {
    if (conversationId) return conversationId;
    const response = await fetch('/sandbox/api/conversations', { method: 'POST' });
    if (!response.ok) throw new Error(response.status === 401 ? 'log in to the console first' : response.statusText);
    conversationId = (await response.json()).conversationId;
    return conversationId;
  }

  function applyLanguage(code) {
    const language = languages.find((l) => l.code === code) || languages[0];
    document.documentElement.lang = language.code;
    document.documentElement.dir = language.dir;
    title.textContent = language.ui.title;
    input.placeholder = language.ui.placeholder;
    sendButton.title = language.ui.send;
    sendButton.setAttribute('aria-label', language.ui.send);
    restart.title = language.ui.restart;
    restart.setAttribute('aria-label', language.ui.restart);
    banner.textContent = language.ui.preview;
    banner.hidden = !previewToken;
  }

  function bubble(kind, text) {
    const element = document.createElement('div');
    element.className = 'msg ' + kind;
    element.setAttribute('dir', 'auto');
    const body = document.createElement('div');
    body.className = 'text';
    body.textContent = text;
    element.appendChild(body);
    chat.appendChild(element);
    chat.scrollTop = chat.scrollHeight;
    return element;
  }

  function drawKeyboard(element, rows) {
    const old = element.querySelector('.keyboard');
    if (old) old.remove();
    if (!rows || rows.length === 0) return;
    const keyboard = document.createElement('div');
    keyboard.className = 'keyboard';
    for (const row of rows) {
      const line = document.createElement('div');
      line.className = 'row';
      for (const button of row) {
        let control;
        if (button.url) {
          control = document.createElement('a');
          control.href = button.url;
          control.target = '_blank';
          control.rel = 'noopener';
        } else {
          control = document.createElement('button');
          control.type = 'button';
          control.addEventListener('click', () => press(element, button));
        }
        control.textContent = button.label;
        control.setAttribute('dir', 'auto');
        line.appendChild(control);
      }
      keyboard.appendChild(line);
    }
    element.appendChild(keyboard);
  }

  // As on Telegram: the pressed keyboard goes away and the choice is shown under the question.
  function press(element, button) {
    drawKeyboard(element, []);
    const choice = document.createElement('span');
    choice.className = 'choice';
    choice.textContent = '✅ ' + button.label;
    element.appendChild(choice);
    send({ button: button.data, label: button.label });
  }

  function apply(operations) {
    for (const operation of operations) {
      if (operation.op === 'message') {
        const element = bubble('bot', operation.text);
        bubbles.set(operation.id, element);
        drawKeyboard(element, operation.buttons);
      } else if (operation.op === 'update') {
        const element = bubbles.get(operation.id);
        if (!element) continue;
        if (operation.text !== undefined) element.querySelector('.text').textContent = operation.text;
        drawKeyboard(element, operation.buttons);
      } else if (operation.op === 'delete') {
        const element = bubbles.get(operation.id);
        if (element) element.classList.add('deleted');
      }
    }
  }

  function send(message) {
    queue = queue.then(async () => {
      const body = Object.assign({ conversationId: await ensureConversation(), locale: select.value }, message);
      if (previewToken) body.preview = previewToken;
      const response = await fetch('/sandbox/api/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = await response.json();
      if (response.ok) apply(result.operations);
      else bubble('bot', '⚠️ ' + (result.error || response.statusText));
    }).catch((error) => { bubble('bot', '⚠️ ' + error.message); });
    return queue;
  }

  // A person's replies and desk changes arrive outside the page's own turns: fetch them every few seconds.
  function poll() {
    const polled = conversationId;
    if (!polled) return;
    queue = queue.then(async () => {
      const response = await fetch('/sandbox/api/messages?conversationId=' + encodeURIComponent(polled));
      if (response.ok && polled === conversationId) apply((await response.json()).operations);
    }).catch(() => {});
  }
  setInterval(poll, 2000);

  function start() {
    chat.textContent = '';
    bubbles.clear();
    conversationId = null;
    applyLanguage(select.value);
    send({ text: '/start' });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (text.trim() === '') return;
    input.value = '';
    bubble('me', text);
    send({ text: text });
  });
  select.addEventListener('change', start);
  restart.addEventListener('click', start);

  fetch('/sandbox/api/languages' + (previewToken ? '?preview=' + encodeURIComponent(previewToken) : '')).then(async (response) => {
    const list = await response.json();
    if (!response.ok) {
      banner.hidden = false;
      banner.textContent = '⚠️ ' + list.error.join(' ');
      return;
    }
    languages = list;
    for (const language of list) {
      const option = document.createElement('option');
      option.value = language.code;
      option.textContent = language.name;
      select.appendChild(option);
    }
    const wanted = new URLSearchParams(location.search).get('lang') || (navigator.language || 'it').slice(0, 2);
    select.value = list.some((l) => l.code === wanted) ? wanted : 'it';
    start();
  });
})();
