import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import type { FakeUser } from '../../support/fakeTelegram';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { askForPerson } from '../../support/personFlow';

interface Summary {
  id: number;
  status: string;
  tenantId: string;
  claimedBy: { name: string } | null;
}
interface RequestPage {
  request: Summary & { earlierRequests: number };
  notes: { text: string; staffName: string }[];
  messages: { author: string; text: string | null }[];
}
interface TenantPage {
  name: string;
  neighbourhoodName: string | null;
  languageName: string | null;
  requests: { id: number }[];
  reports: unknown[];
  appointments: { id: number }[];
}

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));

describe('the help desk around a request: tenant page, closed requests, notes, assignment', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let admin: ConsoleClient;
  let giulia: ConsoleClient;
  let marco: ConsoleClient;
  let pietro: ConsoleClient;
  let coordinator: ConsoleClient;
  let marcoId: string;
  let nextUserId = 8100;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const base = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    for (const id of ['san-siro', 'gratosoglio']) {
      await admin.expect(204, 'PUT', `/neighbourhoods/${id}/settings`, { claimLimitMinutes: 10, staffChatId: null, openingHours: ALL_WEEK, holidays: [] });
    }
    giulia = await staffSession(base, { email: 'giulia@casa.test', name: 'Giulia', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    marco = await staffSession(base, { email: 'marco@casa.test', name: 'Marco', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    pietro = await staffSession(base, { email: 'pietro@casa.test', name: 'Pietro', role: 'community_manager', neighbourhoodIds: ['gratosoglio'] });
    coordinator = await staffSession(base, { email: 'carla@casa.test', name: 'Carla', role: 'coordinator', neighbourhoodIds: [] });
    marcoId = (await marco.session()).staff!.id;
  });
  afterAll(() => bot.stop());

  /** A San Siro tenant asks for a person; returns the waiting request. */
  async function waitingRequest(user: FakeUser | { id: number; firstName: string }, text: string): Promise<{ user: FakeUser; id: number }> {
    const spec = { userId: user.id, firstName: 'firstName' in user ? user.firstName : 'Rosa', languageCode: 'it', neighbourhood: 'sanSiro', topic: 'other' } as const;
    const { user: tenant } = await askForPerson(bot.fake, i18n.getFixedT('it'), { ...spec, first: (asking) => asking.sendText(text) });
    const queue = await giulia.expect<{ waiting: Summary[] }>(200, 'GET', '/queue');
    return { user: tenant, id: Math.max(...queue.waiting.map((request) => request.id)) };
  }

  it('finds a closed request by a word of the chat (any case), by label and by closing day, within the neighbourhoods', async () => {
    const { user, id } = await waitingRequest({ id: nextUserId++, firstName: 'Rosa' }, 'Il citofono della scala C non funziona');
    await giulia.expect(204, 'POST', `/requests/${id}/claim`);
    await user.nextBotMessage();
    await giulia.expect(204, 'PUT', `/requests/${id}/labels`, { labels: ['citofono'] });
    await giulia.expect(204, 'POST', `/requests/${id}/close`, { outcome: 'resolved' });

    const ids = async (client: ConsoleClient, query: string) => (await client.expect<Summary[]>(200, 'GET', `/requests?${query}`)).map((request) => request.id);
    expect(await ids(giulia, 'q=CITOFONO%20scala')).toContain(id);
    expect(await ids(giulia, 'q=rosa')).toContain(id);
    expect(await ids(giulia, 'label=citofono')).toEqual([id]);
    expect(await ids(giulia, 'q=ascensore')).not.toContain(id);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });
    expect(await ids(giulia, `from=${today}&to=${today}&label=citofono`)).toEqual([id]);
    expect(await ids(giulia, 'to=2020-01-01&label=citofono')).toEqual([]);
    expect(await ids(admin, 'label=citofono')).toEqual([id]);
    expect(await ids(pietro, 'label=citofono')).toEqual([]);
    expect((await giulia.call('GET', '/requests?from=yesterday')).status).toBe(400);
  });

  it("shows the tenant's page from the request: name, neighbourhood, language and earlier requests; not to another neighbourhood", async () => {
    const second = await waitingRequest({ id: nextUserId++, firstName: 'Rosa' }, 'Seconda richiesta');
    const { tenantId } = await bot.database.db.personRequest.findUniqueOrThrow({ where: { id: second.id } });
    // An earlier request of the same tenant, already closed.
    const first = await bot.database.db.personRequest.create({
      data: { tenantId, neighbourhoodId: 'san-siro', topic: 'rent', language: 'it', status: 'closed', channel: 'telegram', conversationId: 'earlier', visibleAt: new Date(0), createdAt: new Date(0), closedAt: new Date(1) },
    });
    const view = await giulia.expect<RequestPage>(200, 'GET', `/requests/${second.id}`);
    expect(view.request.earlierRequests).toBe(1);
    const tenant = await giulia.expect<TenantPage>(200, 'GET', `/tenants/${view.request.tenantId}`);
    expect(tenant).toMatchObject({ name: 'Rosa', neighbourhoodName: 'San Siro', languageName: 'Italiano' });
    expect(tenant.requests.map((request) => request.id)).toEqual(expect.arrayContaining([second.id, first.id]));
    expect(tenant.appointments).toEqual([]);
    expect((await pietro.call('GET', `/tenants/${view.request.tenantId}`)).status).toBe(403);
    expect((await giulia.call('GET', '/tenants/nobody')).status).toBe(404);
  });

  it('keeps an internal note for colleagues and never sends it to the tenant', async () => {
    const { user, id } = await waitingRequest({ id: nextUserId++, firstName: 'Ada' }, 'Ho una domanda');
    await giulia.expect(204, 'POST', `/requests/${id}/claim`);
    await user.nextBotMessage();
    await marco.expect(201, 'POST', `/requests/${id}/notes`, { text: 'La conosco: preferisce essere chiamata di mattina' });
    await giulia.expect(201, 'POST', `/requests/${id}/messages`, { text: 'Buongiorno, mi dica' });
    expect((await user.nextBotMessage()).text).toContain('Buongiorno, mi dica');

    const view = await giulia.expect<RequestPage>(200, 'GET', `/requests/${id}`);
    expect(view.notes).toEqual([expect.objectContaining({ text: 'La conosco: preferisce essere chiamata di mattina', staffName: 'Marco' })]);
    expect(view.messages.map((message) => message.text)).not.toContain('La conosco: preferisce essere chiamata di mattina');
    expect((await admin.call('POST', `/requests/${id}/notes`, { text: 'admin' })).status).toBe(403);
    expect((await giulia.call('POST', `/requests/${id}/notes`, { text: '   ' })).status).toBe(400);
  });

  it('lets a coordinator assign a waiting request to a named manager, who then answers', async () => {
    const { user, id } = await waitingRequest({ id: nextUserId++, firstName: 'Bruno' }, 'Aiuto con un modulo');
    await coordinator.expect(204, 'POST', `/requests/${id}/transfer`, { staffId: marcoId });
    expect((await user.nextBotMessage()).text).toBe(i18n.getFixedT('it')('person:claimed', { name: 'Marco' }));
    expect((await giulia.expect<RequestPage>(200, 'GET', `/requests/${id}`)).request.claimedBy?.name).toBe('Marco');
    expect((await marco.call('POST', `/requests/${id}/messages`, { text: 'Sono Marco' })).status).toBe(201);
    expect((await giulia.call('POST', `/requests/${id}/messages`, { text: 'Giulia' })).status).toBe(409);
  });
});
