import type { i18n as I18n } from 'i18next';
import { formatDay, formatTime } from '../../../bot/i18n/format';
import { createI18n } from '../../../bot/i18n/i18n';
import { fromLocal, nextDate } from '../../../bot/services/desk/zonedTime';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { askForPerson, type PersonRequestSpec } from '../../support/personFlow';
import { until } from '../../support/until';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';

interface QueueItem {
  id: number;
  status: string;
  language: string;
  neighbourhoodId: string;
}
interface Queue {
  waiting: QueueItem[];
  upcoming: QueueItem[];
  active: QueueItem[];
}
interface RequestView {
  request: QueueItem & { rating: number | null; ratingComment: string | null; outcome: string | null };
  messages: { author: string; kind: string; text: string | null; delivery: string | null; deliveryError: string | null; fileUrl: string | null }[];
  transcript: { direction: string; text: string }[];
  cannedReplies: { id: string; text: string }[];
}

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));

describe('a tenant talks to a person, a community manager answers from the console', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let baseUrl: string;
  let admin: ConsoleClient;
  let manager: ConsoleClient;
  let colleague: ConsoleClient;
  let nextUserId = 5000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    baseUrl = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(baseUrl, ADMIN.email, ADMIN.password);
    for (const id of ['san-siro', 'gratosoglio']) {
      const saved = await admin.call('PUT', `/neighbourhoods/${id}/settings`, { claimLimitMinutes: 10, staffChatId: null, openingHours: ALL_WEEK, holidays: [] });
      expect(saved.status).toBe(204);
    }
    manager = await staffSession(baseUrl, { email: 'giulia@casa.test', name: 'Giulia', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    colleague = await staffSession(baseUrl, { email: 'marco@casa.test', name: 'Marco', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
  });
  afterAll(() => bot.stop());

  /** A new tenant goes from the main menu to the first message of a request; returns the bot's answer. */
  async function askFor(language: string, neighbourhood: PersonRequestSpec['neighbourhood'], first: PersonRequestSpec['first']) {
    const t = i18n.getFixedT(language);
    const { user, queued } = await askForPerson(bot.fake, t, { userId: nextUserId++, firstName: 'Amina', languageCode: language, neighbourhood, topic: 'maintenance', first });
    return { user, t, queued };
  }

  async function latestRequest(client: ConsoleClient): Promise<QueueItem> {
    const queue = (await client.call('GET', '/queue')).body as Queue;
    return [...queue.waiting, ...queue.upcoming].sort((a, b) => b.id - a.id)[0]!;
  }

  it('queues the tenant, lets a manager claim and chat, close, and the tenant rate', async () => {
    const { user, t, queued } = await askFor('it', 'sanSiro', (tenant) => tenant.sendText("L'ascensore è fermo da ieri"));
    expect(queued.text).toContain(t('person:queued', { neighbourhood: t('common:neighbourhood.sanSiro') }));
    expect(queued.text).toContain(t('person:position', { position: 1 }));
    expect(labels(queued)).toEqual([t('person:cancelButton')]);

    const request = await latestRequest(manager);
    expect(request).toMatchObject({ status: 'waiting', language: 'it', neighbourhoodId: 'san-siro' });
    expect((await manager.call('POST', `/requests/${request.id}/claim`)).status).toBe(204);
    expect((await user.nextBotMessage()).text).toBe(t('person:claimed', { name: 'Giulia' }));

    expect((await manager.call('POST', `/requests/${request.id}/messages`, { text: 'Buongiorno, mando il tecnico.' })).status).toBe(201);
    expect((await user.nextBotMessage()).text).toBe(t('person:fromStaff', { name: 'Giulia', text: 'Buongiorno, mando il tecnico.' }));

    user.sendText('Grazie, sono a casa fino alle 18');
    user.sendPhoto({ width: 800, height: 600, caption: 'il pulsante' });
    await until(async () => ((await manager.call('GET', `/requests/${request.id}`)).body as RequestView).messages.length === 4);
    const view = (await manager.call('GET', `/requests/${request.id}`)).body as RequestView;
    expect(view.messages.map((message) => [message.author, message.kind, message.text])).toEqual([
      ['tenant', 'text', "L'ascensore è fermo da ieri"],
      ['staff', 'text', 'Buongiorno, mando il tecnico.'],
      ['tenant', 'text', 'Grazie, sono a casa fino alle 18'],
      ['tenant', 'photo', 'il pulsante'],
    ]);
    expect(view.messages[1]!.delivery).toBe('sent');
    expect(view.transcript.map((line) => line.direction)).toContain('in');
    const photo = await manager.fetch(view.messages[3]!.fileUrl!);
    expect(photo.status).toBe(200);

    expect((await manager.call('POST', `/requests/${request.id}/close`, { outcome: 'resolved', note: 'tecnico mandato' })).status).toBe(204);
    const closing = await untilQuestion(user);
    expect(closing.map((message) => message.text)).toEqual([t('person:closed'), t('person:askRating')]);
    press(user, closing.at(-1)!, t('person:rating.5'));
    const [comment] = await untilQuestion(user);
    expect(comment!.text).toBe(t('person:askComment'));
    press(user, comment!, t('common:button.skip'));
    expect((await user.nextBotMessage()).text).toBe(t('person:thanks'));
    const rated = (await manager.call('GET', `/requests/${request.id}`)).body as RequestView;
    expect(rated.request).toMatchObject({ status: 'closed', outcome: 'resolved', rating: 5, ratingComment: null });
  });

  it('gives a claim to one of two managers pressing at once, and tells the other', async () => {
    await askFor('it', 'sanSiro', (tenant) => tenant.sendText('Ho una domanda sul contratto'));
    const request = await latestRequest(manager);
    const [first, second] = await Promise.all([
      manager.call('POST', `/requests/${request.id}/claim`),
      colleague.call('POST', `/requests/${request.id}/claim`),
    ]);
    expect([first.status, second.status].sort()).toEqual([204, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body).toMatchObject({ error: 'conflict', detail: { claimedBy: expect.stringMatching(/Giulia|Marco/) } });
  });

  it('sends a canned reply in Arabic to an Arabic-speaking tenant', async () => {
    const { user, t } = await askFor('ar', 'sanSiro', (tenant) => tenant.sendText('المصعد معطل'));
    const request = await latestRequest(manager);
    expect(request.language).toBe('ar');
    await manager.call('POST', `/requests/${request.id}/claim`);
    await user.nextBotMessage();
    const view = (await manager.call('GET', `/requests/${request.id}`)).body as RequestView;
    const greeting = view.cannedReplies.find((reply) => reply.id === 'greeting')!;
    expect(greeting.text).toMatch(/[\u0600-\u06FF]/);
    expect((await manager.call('POST', `/requests/${request.id}/messages`, { cannedReplyId: 'greeting' })).status).toBe(201);
    expect((await user.nextBotMessage()).text).toBe(t('person:fromStaff', { name: 'Giulia', text: greeting.text }));
  });

  it('marks a reply the tenant cannot receive as not delivered, with the reason', async () => {
    const { user } = await askFor('it', 'sanSiro', (tenant) => tenant.sendText('Aiuto'));
    const request = await latestRequest(manager);
    await manager.call('POST', `/requests/${request.id}/claim`);
    await user.nextBotMessage();
    bot.fake.failNext('sendMessage', { errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
    expect((await manager.call('POST', `/requests/${request.id}/messages`, { text: 'Ci sei?' })).status).toBe(201);
    const view = (await manager.call('GET', `/requests/${request.id}`)).body as RequestView;
    expect(view.messages.at(-1)).toMatchObject({ text: 'Ci sei?', delivery: 'failed', deliveryError: expect.stringContaining('403') });
  });

  it('outside opening hours tells the tenant when the desk answers and keeps the request for then', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    await admin.call('PUT', '/neighbourhoods/gratosoglio/settings', {
      claimLimitMinutes: 10,
      staffChatId: null,
      openingHours: ALL_WEEK,
      holidays: [{ date: today, name: 'Chiuso per test' }],
    });
    const { t, queued } = await askFor('it', 'gratosoglio', (tenant) => tenant.sendText('Quando aprite?'));
    const opening = fromLocal(nextDate(today), 0);
    expect(queued.text).toContain(t('person:closedNow', { day: formatDay(opening, 'it'), time: formatTime(opening, 'it') }));
    const queue = (await admin.call('GET', '/queue')).body as Queue;
    const upcoming = queue.upcoming.find((item) => item.neighbourhoodId === 'gratosoglio');
    expect(upcoming).toBeDefined();
    expect(queue.waiting.some((item) => item.id === upcoming!.id)).toBe(false);
  });

  it('lets the tenant cancel while waiting, and keeps managers to their neighbourhoods', async () => {
    const { user, t, queued } = await askFor('it', 'gratosoglio', (tenant) => tenant.sendText('Niente, scusate'));
    const gratosoglio = await latestRequest(admin);
    expect((await manager.call('GET', `/requests/${gratosoglio.id}`)).status).toBe(403);
    expect((await manager.call('POST', `/requests/${gratosoglio.id}/claim`)).status).toBe(403);
    expect(((await manager.call('GET', '/queue')).body as Queue).upcoming.some((item) => item.id === gratosoglio.id)).toBe(false);
    expect((await manager.call('GET', '/accounts')).status).toBe(403);
    expect((await manager.call('POST', `/requests/${gratosoglio.id}/claim`, undefined, { csrf: false })).status).toBe(403);

    press(user, queued, t('person:cancelButton'));
    const back = await untilQuestion(user);
    expect(back.map((message) => message.text)).toEqual([t('person:cancelled'), t('menu:prompt')]);
  });
});
