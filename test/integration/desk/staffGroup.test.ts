import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { askForPerson } from '../../support/personFlow';
import { until } from '../../support/until';

const GROUP_ID = -1001234567890;
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));

describe("a manager answers from the San Siro staff group's forum topic", () => {
  let bot: BotUnderTest;
  let i18n: I18n;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const baseUrl = `http://127.0.0.1:${bot.app.port}`;
    const admin = await ConsoleClient.login(baseUrl, ADMIN.email, ADMIN.password);
    await admin.call('PUT', '/neighbourhoods/san-siro/settings', { claimLimitMinutes: 10, staffChatId: String(GROUP_ID), openingHours: ALL_WEEK, holidays: [] });
    await staffSession(baseUrl, { email: 'giulia@casa.test', name: 'Giulia', role: 'community_manager', neighbourhoodIds: ['san-siro'], telegramUserId: '777' });
  });
  afterAll(() => bot.stop());

  it('opens a topic per request, relays both ways, claims on the first reply and closes with /chiudi', async () => {
    const group = bot.fake.forumGroup({ id: GROUP_ID, title: 'Staff San Siro' });
    const giulia = group.member(bot.fake.user({ id: 777, firstName: 'Giulia' }));
    const stranger = group.member(bot.fake.user({ id: 888, firstName: 'Ospite' }));
    const t = i18n.getFixedT('es');
    const { user } = await askForPerson(bot.fake, t, {
      userId: 9001,
      firstName: 'Lucía',
      languageCode: 'es',
      neighbourhood: 'sanSiro',
      topic: 'rent',
      first: (tenant) => tenant.sendText('No entiendo la carta del alquiler'),
    });

    const topic = await group.waitForTopic((candidate) => candidate.name.includes('Affitto'));
    const summary = await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text?.includes('Nuova richiesta') ?? false);
    expect(summary.buttons.flat().map((button) => button.text)).toEqual(['✋ Prendo io']);
    await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text === '👤 Lucía: No entiendo la carta del alquiler');

    stranger.sendText(topic.messageThreadId, 'Ciao');
    await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text?.includes('non è collegato') ?? false);

    giulia.sendText(topic.messageThreadId, 'Hola Lucía, te llamo mañana.');
    expect((await user.nextBotMessage()).text).toBe(t('person:claimed', { name: 'Giulia' }));
    expect((await user.nextBotMessage()).text).toBe(t('person:fromStaff', { name: 'Giulia', text: 'Hola Lucía, te llamo mañana.' }));

    user.sendText('Gracias');
    await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text === '👤 Lucía: Gracias');

    giulia.sendText(topic.messageThreadId, '/chiudi');
    const closing = await untilQuestion(user);
    expect(closing.map((message) => message.text)).toEqual([t('person:closed'), t('person:askRating')]);
    await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text === '✅ Chiusa.');
    // The topic is closed right after the closing note is posted.
    await until(() => group.topic(topic.messageThreadId)?.closed === true);
  });

  it('claims with the button, keeps one topic when the chat goes back to the bot and returns, and closes it on a move', async () => {
    const group = bot.fake.forumGroup({ id: GROUP_ID, title: 'Staff San Siro' });
    const giulia = group.member(bot.fake.user({ id: 777, firstName: 'Giulia' }));
    const t = i18n.getFixedT('it');
    const { user } = await askForPerson(bot.fake, t, {
      userId: 9002,
      firstName: 'Ettore',
      languageCode: 'it',
      neighbourhood: 'sanSiro',
      topic: 'health',
      first: (tenant) => tenant.sendText('Mi serve il medico'),
    });

    const topic = await group.waitForTopic((candidate) => candidate.name.includes('Salute'));
    const summary = await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text?.includes('Nuova richiesta') ?? false);
    giulia.pressButton(summary.messageId, summary.buttons.flat()[0]!.callbackData!);
    expect((await user.nextBotMessage()).text).toBe(t('person:claimed', { name: 'Giulia' }));
    await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text === '✋ Presa in carico da Giulia.');

    const requestId = Number(/#(\d+)/.exec(topic.name)![1]);
    const staff = await staffSession(`http://127.0.0.1:${bot.app.port}`, { email: 'carla@casa.test', name: 'Carla', role: 'coordinator', neighbourhoodIds: [] });
    await staff.expect(204, 'POST', `/requests/${requestId}/hand-back`);
    const back = await untilQuestion(user);
    expect(back.map((message) => message.text)).toEqual([t('person:handedBack'), t('menu:prompt')]);
    press(user, back.at(-1)!, t('menu:entry.person'));
    await untilQuestion(user);
    await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text?.includes('Nuova richiesta') ?? false);
    expect(group.topics().filter((candidate) => candidate.name.startsWith(`#${requestId} `))).toHaveLength(1);

    await staff.expect(204, 'POST', `/requests/${requestId}/transfer`, { neighbourhoodId: 'gratosoglio' });
    await group.waitForMessageInTopic(topic.messageThreadId, (message) => message.text === '↪️ Trasferita.');
    await until(() => group.topic(topic.messageThreadId)?.closed === true);
    expect(group.messagesInTopic(topic.messageThreadId).filter((message) => message.text === '↪️ Trasferita.')).toHaveLength(1);
  });
});
