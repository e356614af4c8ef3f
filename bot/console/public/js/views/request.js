// The request page: loads one request and lays out its parts (header, bot transcript, chat, reply box, side panels).
import { api } from '../api.js';
import { coalesce } from '../coalesce.js';
import { h } from '../dom.js';
import { statusName } from '../format.js';
import { state } from '../state.js';
import { actionsPanel } from './request/actions.js';
import { replyComposer } from './request/composer.js';
import { requestHeader } from './request/header.js';
import { chatMessages } from './request/messages.js';
import { ratingPanel } from './request/rating.js';
import { timelinePanel } from './request/timeline.js';
import { transcriptPanel } from './request/transcript.js';

export function requestView(main, id) {
  /** What the parts share: the request id, the last data loaded, how to reload it, whether it is ours and still open. */
  const page = {
    id,
    data: null,
    load: () => load(),
    mine: () => Boolean(page.data && page.data.request.status === 'claimed' && page.data.request.claimedBy && page.data.request.claimedBy.id === state.staff.id),
    open: () => Boolean(page.data && !['closed', 'cancelled'].includes(page.data.request.status)),
  };
  const header = requestHeader();
  const transcript = transcriptPanel();
  const chat = chatMessages(page);
  const composer = replyComposer(page);
  const actions = actionsPanel(page, composer.focus);
  const rating = ratingPanel();
  const timeline = timelinePanel();

  main.append(
    h('div', { class: 'page-head' }, h('a', { href: '#/queue', class: 'back-link', testid: 'back-to-queue' }, '← Coda')),
    header.element,
    h('div', { class: 'req-layout' },
      h('div', { class: 'req-main' }, transcript.element, h('h2', { class: 'chat-title' }, 'Chat'), chat.element, composer.element),
      h('aside', { class: 'req-side' }, actions.element, rating.element, timeline.element)));

  const load = coalesce(async () => {
    const wasAtBottom = chat.atBottom() || !page.data;
    page.data = await api('GET', `/requests/${encodeURIComponent(id)}`);
    render();
    if (wasAtBottom) chat.scrollToEnd();
  });

  function render() {
    const { data } = page;
    const { request } = data;
    document.title = `#${request.id} · ${statusName(request.status)} · Console C.A.S.A.`;
    header.render(request);
    transcript.render(data.transcript || []);
    chat.render();
    composer.render();
    actions.render();
    rating.render(request);
    timeline.render(data);
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
