import fs from 'node:fs';
import path from 'node:path';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { toLocal } from '../../../bot/services/desk/zonedTime';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { allRows, changedRows } from '../../support/databaseRows';
import type { FakeUser } from '../../support/fakeTelegram';
import { chatRows, nextQuestion, tenantOpensChat, trailRefs, typesCallbackNumber, visible } from '../../support/wellbeingFlow';
import { conversationStateKey } from '../../../bot/state/conversationStates';
import { until } from '../../support/until';
import { askForPerson } from '../../support/personFlow';

const SAFE_PHONE = '3331234567';
const PARTNER = { name: 'Centro antiviolenza di prova', phone: '02 1111 2222', hours: 'lun-ven 9-18', address: 'Via di prova 1' };

describe('the discreet support path leaves no trace', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let base: string;
  let partner: ConsoleClient;
  let nextUserId = 13000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, DISCREET_IDLE_MINUTES: '0.15', DISCREET_CHAT_IDLE_MINUTES: '0.25' } });
    i18n = await createI18n();
    base = `http://127.0.0.1:${bot.app.port}`;
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    expect((await admin.call('PUT', '/support/code-words', ['Girasole', 'عباد الشمس', 'margarita'])).status).toBe(204);
    expect((await admin.call('PUT', '/support/partners', [PARTNER])).status).toBe(204);
    partner = await staffSession(base, { email: 'op@telefonodonna.test', name: 'Operatrice', role: 'partner_support', neighbourhoodIds: [] });
  });
  afterAll(() => bot.stop());

  /** The tenant's conversation state, once the turn that ended the path saved it: nothing of the path is left in it. */
  async function untilStateForgetsThePath(user: FakeUser): Promise<void> {
    const key = conversationStateKey('telegram', String(user.id));
    const stateOf = async () => JSON.stringify(await bot.app.stateStorage.read([key]));
    await until(async () => !(await stateOf()).includes('wellbeing'), 5000, 'the path leaving the conversation state');
  }

  /** The operator takes the tenant's waiting chat (the only one written to with this text). */
  async function operatorTakes(text: string): Promise<string> {
    let chatId: string | undefined;
    await until(async () => {
      const { chats } = await partner.expect<{ chats: { id: string; status: string }[] }>(200, 'GET', '/support/chats');
      for (const chat of chats.filter((candidate) => candidate.status === 'waiting')) {
        const view = await partner.expect<{ messages: { text: string }[] }>(200, 'GET', `/support/chats/${chat.id}`);
        if (view.messages.some((message) => message.text === text)) chatId = chat.id;
      }
      return chatId !== undefined;
    }, 5000, 'the chat reaching the operator');
    await partner.expect(204, 'POST', `/support/chats/${chatId}/take`);
    return chatId!;
  }

  it.each([
    ['it', 'girasole'],
    ['ar', 'عباد الشمس'],
    ['es', 'Margarita'],
  ])('in %s a code word opens the path; quick exit deletes every message of it and leaves one innocuous message', async (language, word) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Sara', languageCode: language });
    user.start();
    await untilQuestion(user);
    const before = visible(user).map((message) => message.messageId);
    user.sendText(word);
    const safe = (await untilQuestion(user)).at(-1)!;
    expect(safe.text).toBe(t('wellbeing:safe'));
    expect(labels(safe)).toEqual([t('common:button.quickExit'), t('wellbeing:safeYes'), t('wellbeing:dangerButton'), t('common:button.back')]);
    const menu = (press(user, safe, t('wellbeing:safeYes')), (await untilQuestion(user)).at(-1)!);
    press(user, menu, t('wellbeing:numbersButton'));
    const [contacts] = await untilQuestion(user);
    const after = (await untilQuestion(user)).at(-1);
    expect(contacts!.text).toContain(t('wellbeing:contacts.line1522'));
    expect(contacts!.text).toContain(`📞 ${PARTNER.name}: ${PARTNER.phone}`);
    expect(labels(contacts!)).toEqual([t('common:button.quickExit')]);
    press(user, after!, t('common:button.quickExit'));
    const innocuous = await user.nextBotMessage();
    expect(innocuous.text).toBe(t('common:innocuous'));
    // Everything since the code word is gone, the code word included; only the earlier messages and the innocuous one stay.
    await until(() => visible(user).length === before.length + 1);
    expect(visible(user).map((message) => message.messageId)).toEqual([...before, innocuous.messageId]);
  });

  it('a new tenant whose language is unknown: the code word and the language question are part of the path, out of the transcript and erased', async () => {
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Hanna', languageCode: 'de' });
    user.sendText('girasole');
    const picker = (await untilQuestion(user)).at(-1)!;
    press(user, picker, 'Italiano');
    const safe = (await untilQuestion(user)).at(-1)!;
    const t = i18n.getFixedT('it');
    expect(safe.text).toBe(t('wellbeing:safe'));
    press(user, safe, t('common:button.quickExit'));
    const innocuous = await user.nextBotMessage();
    await until(() => visible(user).length === 1);
    expect(visible(user).map((message) => message.messageId)).toEqual([innocuous.messageId]);
    const transcript = await bot.app.db.transcriptEntry.findMany({ where: { tenant: { channelUserId: String(user.id) } } });
    expect(transcript.map((entry) => entry.text)).toEqual([]);
  });

  it('a code word typed in a chat with a community manager opens the path and never reaches the manager', async () => {
    const t = i18n.getFixedT('it');
    const { user } = await askForPerson(bot.fake, t, { userId: nextUserId++, firstName: 'Lucia', languageCode: 'it', neighbourhood: 'sanSiro', topic: 'other', first: (tenant) => tenant.sendText('Buongiorno, ho una domanda') });
    user.sendText('Girasole');
    expect((await untilQuestion(user)).at(-1)!.text).toBe(t('wellbeing:safe'));
    const messages = await bot.app.db.requestMessage.findMany({ where: { request: { tenant: { channelUserId: String(user.id) } } } });
    expect(messages.map((message) => message.text)).toEqual(['Buongiorno, ho una domanda']);
  });

  it('from the menu, a call-back request is stored encrypted, readable only by the partner operators, and deleted once handled', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Giulia', languageCode: 'it' });
    user.start();
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.wellbeing'));
    const safe = (await untilQuestion(user)).at(-1)!;
    press(user, safe, t('wellbeing:safeYes'));
    press(user, (await untilQuestion(user)).at(-1)!, t('wellbeing:callbackButton'));
    expect((await untilQuestion(user)).at(-1)!.text).toBe(t('wellbeing:callback.askPhone'));
    user.sendText(SAFE_PHONE);
    const when = (await untilQuestion(user)).at(-1)!;
    press(user, when, t('wellbeing:callback.tomorrowMorning'));
    expect((await untilQuestion(user)).at(-1)!.text).toBe(t('wellbeing:callback.done'));

    const stored = await bot.app.db.callbackRequest.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.sealed).not.toContain(SAFE_PHONE);
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    expect((await admin.call('GET', '/support/callbacks')).status).toBe(403);
    const coordinator = await staffSession(base, { email: 'coord@casa.test', name: 'Carla', role: 'coordinator', neighbourhoodIds: [] });
    expect((await coordinator.call('GET', '/support/callbacks')).status).toBe(403);
    const inbox = (await partner.call('GET', '/support/callbacks')).body as { id: string; phone: string; window: string; language: string }[];
    expect(inbox).toEqual([expect.objectContaining({ phone: SAFE_PHONE, window: 'tomorrow-morning', language: 'it' })]);
    expect((await partner.call('GET', '/queue')).status).toBe(403);
    expect((await partner.call('POST', `/support/callbacks/${inbox[0]!.id}/handled`)).status).toBe(204);
    expect(await bot.app.db.callbackRequest.count()).toBe(0);

    // Left idle, the path's messages are deleted on their own.
    const pathMessages = visible(user).filter((message) => message.text === t('wellbeing:callback.done') || message.text === SAFE_PHONE);
    expect(pathMessages.length).toBe(2);
    await until(() => !visible(user).some((message) => message.text === t('wellbeing:callback.done') || message.text === SAFE_PHONE), 20_000);
  }, 60_000);

  it('left idle, a chat with an operator ends with the path: its messages leave the chat and the chat the database', async () => {
    const t = i18n.getFixedT('fr');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Nadia', languageCode: 'fr' });
    await tenantOpensChat(user, t);
    user.sendText('Je voudrais parler à quelqu’un');
    const chatId = await operatorTakes('Je voudrais parler à quelqu’un');
    expect((await user.nextBotMessage()).text).toBe(t('wellbeing:chat.taken'));
    await partner.expect(201, 'POST', `/support/chats/${chatId}/messages`, { text: 'Bonjour, je suis là.' });
    await user.nextBotMessage();
    const reply = t('wellbeing:chat.fromOperator', { text: 'Bonjour, je suis là.' });
    // A chat waits longer than the path's screens (DISCREET_CHAT_IDLE_MINUTES, 15 s here, against 9 s).
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(visible(user).some((message) => message.text === reply)).toBe(true);
    await until(() => !visible(user).some((message) => message.text === reply), 20_000, 'the idle erase');
    expect(visible(user).some((message) => message.text === 'Je voudrais parler à quelqu’un' || message.text?.startsWith(t('wellbeing:chat.waiting')))).toBe(false);
    expect(await chatRows(bot.app.db, chatId)).toEqual({ chats: 0, messages: 0 });
    const late = await partner.call<{ message: string }>('POST', `/support/chats/${chatId}/messages`, { text: 'Vous êtes là ?' });
    expect([late.status, late.body.message]).toEqual([409, 'the person has left the chat']);
    await untilStateForgetsThePath(user);
  }, 60_000);

  it('counts each opening of the path, from the menu or by code word, as a number for the day that names nobody', async () => {
    const t = i18n.getFixedT('it');
    const today = toLocal(new Date()).date;
    const countToday = async () => (await bot.app.db.discreetDailyCount.findUnique({ where: { day: today } }))?.count ?? 0;
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Lucia', languageCode: 'it' });
    user.start();
    const menu = await nextQuestion(user);
    const tenant = await bot.app.db.tenant.findFirstOrThrow({ where: { channelUserId: String(user.id) } });
    // The /start turn writes its transcript after its last message.
    await until(async () => (await bot.app.db.transcriptEntry.count({ where: { tenantId: tenant.id, text: menu.text } })) === 1, 5000, 'the /start turn ending');
    const counted = await countToday();
    // Every turn stamps the tenant's updatedAt (their name is kept up to date), whatever it is about.
    const before = await allRows(bot.app.db, ['updatedAt']);

    press(user, menu, t('menu:entry.wellbeing'));
    press(user, await nextQuestion(user), t('common:button.quickExit'));
    expect((await user.nextBotMessage()).text).toBe(t('common:innocuous'));
    user.sendText('Girasole');
    press(user, await nextQuestion(user), t('wellbeing:safeYes'));
    press(user, await nextQuestion(user), t('common:button.quickExit'));
    expect((await user.nextBotMessage()).text).toBe(t('common:innocuous'));
    await untilStateForgetsThePath(user);

    expect(await countToday()).toBe(counted + 2);
    // Whatever changed in the database while the path was open: only the count, and the tenant's conversation state holding nothing of the path.
    const changed = changedRows(before, await allRows(bot.app.db, ['updatedAt']));
    const aboutTheTenant = [...changed].filter(([, rows]) => rows.some((row) => row.includes(tenant.id) || row.includes(String(user.id))));
    expect(aboutTheTenant.map(([table]) => table).filter((table) => table !== 'StateItem')).toEqual([]);
    expect(aboutTheTenant.flatMap(([, rows]) => rows).join('')).not.toMatch(/wellbeing|discreet|Girasole/i);
    expect(changed.get('DiscreetDailyCount')).toEqual([JSON.stringify({ day: today, count: counted + 2 })]);
    expect(changed.has('TranscriptEntry')).toBe(false);

    const coordinator = await staffSession(base, { email: 'figures@casa.test', name: 'Franca', role: 'coordinator', neighbourhoodIds: [] });
    const month = await coordinator.expect<{ day: string; count: number }[]>(200, 'GET', '/support/openings');
    expect(month).toHaveLength(30);
    expect(month.at(-1)).toEqual({ day: today, count: counted + 2 });
    expect((await partner.expect<{ day: string; count: number }[]>(200, 'GET', '/support/openings')).at(-1)).toEqual({ day: today, count: counted + 2 });
  }, 60_000);

  it('after the whole path, the chat with an operator included, neither the database file nor the logs hold anything of it', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Marta', languageCode: 'it' });
    await typesCallbackNumber(user, t, 'girasole', '3339876543');
    press(user, (await untilQuestion(user)).at(-1)!, t('wellbeing:callback.tomorrowEvening'));
    press(user, await nextQuestion(user), t('wellbeing:backToStart'));
    press(user, await nextQuestion(user), t('wellbeing:chatButton'));
    await nextQuestion(user);
    const written = 'Mio marito mi controlla il telefono';
    user.sendText(written);
    const chatId = await operatorTakes(written);
    await user.nextBotMessage();
    const answer = 'Ti ascolto. Sei al sicuro adesso?';
    await partner.expect(201, 'POST', `/support/chats/${chatId}/messages`, { text: answer });
    const shown = await user.nextBotMessage();
    expect((await trailRefs(bot.app.stateStorage, user))?.length).toBeGreaterThan(0);
    press(user, shown, t('common:button.quickExit'));
    await user.nextBotMessage();
    await untilStateForgetsThePath(user);
    expect(await trailRefs(bot.app.stateStorage, user)).toBeUndefined();
    expect(await chatRows(bot.app.db, chatId)).toEqual({ chats: 0, messages: 0 });

    const file = bot.database.url.slice('file:'.length);
    expect(path.basename(file)).toBe('casa.db');
    const bytes = Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((candidate) => fs.existsSync(candidate)).map((candidate) => fs.readFileSync(candidate)));
    const logs = bot.logs.join('\n');
    const traces = ['3339876543', 'tree:wellbeing', t('wellbeing:callback.askPhone'), t('wellbeing:safeYes'), 'tomorrow-evening', written, answer, chatId, 'supportChat'];
    expect(traces.filter((trace) => bytes.includes(Buffer.from(trace, 'utf8')))).toEqual([]);
    expect(traces.filter((trace) => logs.includes(trace))).toEqual([]);
    const transcript = (await bot.app.db.transcriptEntry.findMany({ where: { tenant: { channelUserId: String(user.id) } } })).map((entry) => entry.text).join('\n');
    expect(['girasole', written, answer].filter((text) => transcript.includes(text))).toEqual([]);
  }, 60_000);
});
