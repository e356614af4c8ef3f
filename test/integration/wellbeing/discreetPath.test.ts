import fs from 'node:fs';
import path from 'node:path';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import type { FakeUser } from '../../support/fakeTelegram';

const SAFE_PHONE = '3331234567';
const PARTNER = { name: 'Centro antiviolenza di prova', phone: '02 1111 2222', hours: 'lun-ven 9-18', address: 'Via di prova 1' };

describe('the discreet support path leaves no trace', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let base: string;
  let nextUserId = 13000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, DISCREET_IDLE_MINUTES: '0.15' } });
    i18n = await createI18n();
    base = `http://127.0.0.1:${bot.app.port}`;
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    expect((await admin.call('PUT', '/support/code-words', ['Girasole', 'عباد الشمس', 'margarita'])).status).toBe(204);
    expect((await admin.call('PUT', '/support/partners', [PARTNER])).status).toBe(204);
  });
  afterAll(() => bot.stop());

  async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  for (const started = Date.now(); !check(); ) {
    if (Date.now() - started > timeoutMs) throw new Error('the chat did not change in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Messages of the chat still visible (not deleted), as the tenant's phone shows them. */
  const visible = (user: FakeUser) => user.chat().filter((message) => !message.deleted);

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
    expect(labels(safe)).toEqual([t('common:button.quickExit'), t('wellbeing:safeYes'), t('common:button.back')]);
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
    const partner = await staffSession(base, { email: 'op@telefonodonna.test', name: 'Operatrice', role: 'partner_support', neighbourhoodIds: [] });
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

  it('after the whole path, neither the database file nor the logs hold anything of it', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Marta', languageCode: 'it' });
    user.start();
    await untilQuestion(user);
    user.sendText('girasole');
    press(user, (await untilQuestion(user)).at(-1)!, t('wellbeing:safeYes'));
    press(user, (await untilQuestion(user)).at(-1)!, t('wellbeing:callbackButton'));
    await untilQuestion(user);
    user.sendText('3339876543');
    press(user, (await untilQuestion(user)).at(-1)!, t('wellbeing:callback.todayEvening'));
    const done = (await untilQuestion(user)).at(-1)!;
    press(user, done, t('common:button.quickExit'));
    await user.nextBotMessage();
    // The turn saves its (now empty) state after its last message.
    const stateOf = async () => (await bot.app.db.stateItem.findMany({ where: { key: { contains: String(user.id) } } })).map((state) => state.data).join('');
    for (let tries = 0; tries < 100 && (await stateOf()).includes('wellbeing'); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const file = bot.database.url.slice('file:'.length);
    expect(path.basename(file)).toBe('casa.db');
    const bytes = Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((candidate) => fs.existsSync(candidate)).map((candidate) => fs.readFileSync(candidate)));
    const logs = bot.logs.join('\n');
    const traces = ['3339876543', 'tree:wellbeing', t('wellbeing:callback.askPhone'), t('wellbeing:safeYes'), 'today-evening'];
    expect(traces.filter((trace) => bytes.includes(Buffer.from(trace, 'utf8')))).toEqual([]);
    expect(traces.filter((trace) => logs.includes(trace))).toEqual([]);
    const transcript = await bot.app.db.transcriptEntry.findMany({ where: { tenant: { channelUserId: String(user.id) } } });
    expect(transcript.map((entry) => entry.text).join('\n')).not.toContain('girasole');
  });
});
