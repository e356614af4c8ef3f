import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import type { FakeUser } from '../../support/fakeTelegram';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { askForPerson } from '../../support/personFlow';

interface Summary {
  id: number;
  status: string;
  urgent: boolean;
  over65: boolean | null;
  labels: string[];
  neighbourhoodId: string;
  claimedBy: { name: string } | null;
}
interface Queue {
  waiting: Summary[];
  active: Summary[];
}

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));

describe('what managers do with a request besides answering', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let base: string;
  let admin: ConsoleClient;
  let giulia: ConsoleClient;
  let marco: ConsoleClient;
  let coordinator: ConsoleClient;
  let marcoId: string;
  let nextUserId = 7000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    base = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    for (const id of ['san-siro', 'gratosoglio']) {
      await admin.expect(204, 'PUT', `/neighbourhoods/${id}/settings`, { claimLimitMinutes: 10, staffChatId: null, openingHours: ALL_WEEK, holidays: [] });
    }
    giulia = await staffSession(base, { email: 'giulia@casa.test', name: 'Giulia', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    marco = await staffSession(base, { email: 'marco@casa.test', name: 'Marco', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    coordinator = await staffSession(base, { email: 'carla@casa.test', name: 'Carla', role: 'coordinator', neighbourhoodIds: [] });
    marcoId = (await marco.session()).staff!.id;
  });
  afterAll(() => bot.stop());

  /** An Italian tenant of San Siro asks for a person and Giulia claims the request. */
  async function claimedRequest(): Promise<{ user: FakeUser; id: number }> {
    const spec = { userId: nextUserId++, firstName: 'Rosa', languageCode: 'it', neighbourhood: 'sanSiro', topic: 'other' } as const;
    const { user } = await askForPerson(bot.fake, i18n.getFixedT('it'), { ...spec, first: (tenant) => tenant.sendText('Ho bisogno di aiuto') });
    const queue = await giulia.expect<Queue>(200, 'GET', '/queue');
    const id = Math.max(...queue.waiting.map((request) => request.id));
    await giulia.expect(204, 'POST', `/requests/${id}/claim`);
    await user.nextBotMessage();
    return { user, id };
  }

  const find = async (client: ConsoleClient, id: number) => {
    const queue = await client.expect<Queue>(200, 'GET', '/queue');
    return [...queue.waiting, ...queue.active].find((request) => request.id === id);
  };

  it('transfers to a colleague: the tenant is told who answers now, and only the colleague may write', async () => {
    const { user, id } = await claimedRequest();
    await giulia.expect(204, 'POST', `/requests/${id}/transfer`, { staffId: marcoId });
    expect((await user.nextBotMessage()).text).toBe(i18n.getFixedT('it')('person:claimed', { name: 'Marco' }));
    expect((await find(giulia, id))?.claimedBy?.name).toBe('Marco');
    expect((await giulia.call('POST', `/requests/${id}/messages`, { text: 'Ancora io' })).status).toBe(409);
    expect((await marco.call('POST', `/requests/${id}/messages`, { text: 'Sono Marco' })).status).toBe(201);
  });

  it('transfers to another neighbourhood: back in the queue there, out of reach of the first one', async () => {
    const { user, id } = await claimedRequest();
    await giulia.expect(204, 'POST', `/requests/${id}/transfer`, { neighbourhoodId: 'gratosoglio' });
    const t = i18n.getFixedT('it');
    expect((await user.nextBotMessage()).text).toBe(t('person:transferred', { neighbourhood: t('common:neighbourhood.gratosoglio') }));
    expect((await giulia.call('GET', `/requests/${id}`)).status).toBe(403);
    expect(await find(coordinator, id)).toMatchObject({ status: 'waiting', neighbourhoodId: 'gratosoglio', claimedBy: null });
  });

  it('keeps labels, urgency and "over 65", and refuses labels it cannot show', async () => {
    const { id } = await claimedRequest();
    await giulia.expect(204, 'PUT', `/requests/${id}/labels`, { labels: ['ascensore', 'scala B', 'ascensore'] });
    await giulia.expect(204, 'PUT', `/requests/${id}/urgent`, { urgent: true });
    await giulia.expect(204, 'PUT', `/requests/${id}/over65`, { over65: true });
    expect(await find(giulia, id)).toMatchObject({ labels: ['ascensore', 'scala B'], urgent: true, over65: true });
    const refused = await giulia.call<{ error: string; message: string }>('PUT', `/requests/${id}/labels`, { labels: ['<script>'] });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('labels');
  });

  it('hands the tenant back to the bot; asking again puts the same request back in the queue', async () => {
    const { user, id } = await claimedRequest();
    const t = i18n.getFixedT('it');
    await giulia.expect(204, 'POST', `/requests/${id}/hand-back`);
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([t('person:handedBack'), t('menu:prompt')]);
    expect(await find(giulia, id)).toMatchObject({ status: 'bot' });
    user.sendText('/menu');
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.person'));
    const [again] = await untilQuestion(user);
    expect(again!.text).toContain(t('person:alreadyOpen'));
    expect(await find(giulia, id)).toMatchObject({ status: 'waiting', claimedBy: null });
  });

  it('retries an undelivered reply from the console', async () => {
    const { user, id } = await claimedRequest();
    bot.fake.failNext('sendMessage', { errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
    const { id: messageId } = await giulia.expect<{ id: number }>(201, 'POST', `/requests/${id}/messages`, { text: 'Mi senti?' });
    await giulia.expect(204, 'POST', `/requests/${id}/messages/${messageId}/retry`);
    expect((await user.nextBotMessage()).text).toBe(i18n.getFixedT('it')('person:fromStaff', { name: 'Giulia', text: 'Mi senti?' }));
    const view = await giulia.expect<{ messages: { id: number; delivery: string }[] }>(200, 'GET', `/requests/${id}`);
    expect(view.messages.find((message) => message.id === messageId)?.delivery).toBe('sent');
  });

  it('rejects empty and oversized replies with a clear message', async () => {
    const { id } = await claimedRequest();
    const empty = await giulia.call<{ message: string }>('POST', `/requests/${id}/messages`, { text: '   ' });
    expect([empty.status, empty.body.message]).toEqual([400, 'the message is empty']);
    const huge = await giulia.call<{ message: string }>('POST', `/requests/${id}/messages`, { text: 'x'.repeat(4001) });
    expect(huge.status).toBe(400);
    expect(huge.body.message).toContain('4000');
  });

  it('lets coordinators keep canned replies complete in every language and desk hours that make sense', async () => {
    const texts = Object.fromEntries(['it', 'en', 'ar', 'es', 'fr', 'zh', 'ro', 'uk', 'tl', 'bn'].map((language) => [language, `Testo ${language}`]));
    await coordinator.expect(204, 'PUT', '/canned-replies/callBack', { title: 'Ti richiamo', texts });
    const { bn: _bn, ...missingBengali } = texts;
    const incomplete = await coordinator.call<{ message: string }>('PUT', '/canned-replies/callBack', { title: 'Ti richiamo', texts: missingBengali });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.message).toContain('texts.bn');
    expect((await giulia.call('PUT', '/canned-replies/callBack', { title: 'x', texts })).status).toBe(403);
    const backwards = await coordinator.call('PUT', '/neighbourhoods/mazzini/settings', {
      claimLimitMinutes: 10,
      staffChatId: null,
      openingHours: [{ weekday: 1, opensAt: '13:00', closesAt: '09:00' }],
      holidays: [],
    });
    expect(backwards.status).toBe(400);
    expect((await giulia.call('GET', '/neighbourhoods/san-siro/settings')).status).toBe(403);
  });

  it('shows the figures to coordinators, per neighbourhood and week', async () => {
    const { rows } = await coordinator.expect<{ rows: { neighbourhoodId: string; requests: number; claimed: number; medianWaitMinutes: number | null }[] }>(
      200,
      'GET',
      '/figures?weeks=4',
    );
    const sanSiro = rows.find((row) => row.neighbourhoodId === 'san-siro');
    expect(sanSiro?.requests).toBeGreaterThanOrEqual(5);
    expect(sanSiro?.claimed).toBeGreaterThanOrEqual(5);
    expect(sanSiro?.medianWaitMinutes).not.toBeNull();
    expect((await giulia.call('GET', '/figures')).status).toBe(403);
  });
});
