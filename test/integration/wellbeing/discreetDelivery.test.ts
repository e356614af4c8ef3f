import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { LINE_1522_SEED, writeLine1522 } from '../../../bot/services/support/line1522';
import { windowClock } from '../../../dialogs/wellbeing/callbackWindows';
import { labels, press, startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN_ENV, staffSession, type ConsoleClient } from '../../support/consoleClient';
import type { FakeUser } from '../../support/fakeTelegram';
import { nextQuestion } from '../../support/wellbeingFlow';

const SEND_METHODS = new Set(['sendmessage', 'sendphoto', 'senddocument', 'sendvoice', 'sendlocation']);

/** Bengali, Arabic-Indic, Persian, Devanagari and full-width digits for an ASCII number. */
const DIGIT_SYSTEMS: Record<string, number> = { bengali: 0x09e6, arabicIndic: 0x0660, persian: 0x06f0, devanagari: 0x0966, fullWidth: 0xff10 };
const inDigits = (text: string, zero: number) => text.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));

describe('the discreet path through the Bot API: protected, silent when asked, any digits, windows that can still happen', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let partner: ConsoleClient;
  let nextUserId = 15000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    partner = await staffSession(`http://127.0.0.1:${bot.app.port}`, { email: 'op@ebano.test', name: 'Operatrice', role: 'partner_support', neighbourhoodIds: [] });
  });
  afterEach(() => {
    windowClock.now = () => new Date();
  });
  afterAll(() => bot.stop());

  /** The messages the bot sent to this tenant from the call with this index on. */
  const sendsTo = (user: FakeUser, from: number) => bot.fake.calls.slice(from).filter((call) => SEND_METHODS.has(call.method.toLowerCase()) && call.chatId === user.id);
  const flag = (value: unknown) => value === true || value === 'true';

  async function toPhoneQuestion(user: FakeUser, language: string) {
    const t = i18n.getFixedT(language);
    user.start();
    press(user, await nextQuestion(user), t('menu:entry.wellbeing'));
    press(user, await nextQuestion(user), t('wellbeing:safeYes'));
    press(user, await nextQuestion(user), t('wellbeing:callbackButton'));
    const ask = await nextQuestion(user);
    expect(ask.text).toBe(t('wellbeing:callback.askPhone'));
  }

  it('every message of the path is protected; after "messages without sound" every one is silent, the operator\'s reply and the quick exit\'s too', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Anna', languageCode: 'it' });
    user.start();
    const menu = await nextQuestion(user);
    const pathStart = bot.fake.calls.length;
    press(user, menu, t('menu:entry.wellbeing'));
    const safe = await nextQuestion(user);
    expect(labels(safe)).toEqual([t('common:button.quickExit'), t('wellbeing:safeYes'), t('wellbeing:dangerButton'), t('common:button.back')]);
    expect(safe.text).toContain('112');
    press(user, safe, t('wellbeing:safeYes'));
    const welcome = await nextQuestion(user);
    expect(welcome.text).toBe(t('wellbeing:details'));
    const beforeSilence = bot.fake.calls.length;
    press(user, welcome, t('wellbeing:silentButton'));
    expect((await nextQuestion(user)).text).toBe(t('wellbeing:silentDone'));
    const again = await nextQuestion(user);
    expect(again.text).toBe(t('wellbeing:menu'));
    press(user, again, t('wellbeing:chatButton'));
    await nextQuestion(user);
    user.sendText('Vorrei parlare');
    let chatId: string | undefined;
    const base = `/support/chats`;
    for (let tries = 0; tries < 50 && !chatId; tries += 1) {
      const { chats } = (await partner.call('GET', base)).body as { chats: { id: string; status: string }[] };
      chatId = chats.find((chat) => chat.status === 'waiting')?.id;
      if (!chatId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(chatId).toBeDefined();
    await partner.expect(204, 'POST', `${base}/${chatId}/take`);
    await user.nextBotMessage();
    await partner.expect(201, 'POST', `${base}/${chatId}/messages`, { text: 'Ciao, sono qui.' });
    const reply = await user.nextBotMessage();
    expect(reply.text).toBe(t('wellbeing:chat.fromOperator', { text: 'Ciao, sono qui.' }));
    press(user, reply, t('common:button.quickExit'));
    expect((await user.nextBotMessage()).text).toBe(t('common:innocuous'));

    const sends = sendsTo(user, pathStart);
    expect(sends.length).toBeGreaterThan(6);
    expect(sends.filter((call) => !flag(call.params.protect_content)).map((call) => call.params.text)).toEqual([]);
    const silenceAt = sends.findIndex((call) => call.index >= beforeSilence);
    expect(sends.slice(0, silenceAt).some((call) => flag(call.params.disable_notification))).toBe(false);
    expect(sends.slice(silenceAt).filter((call) => !flag(call.params.disable_notification)).map((call) => call.params.text)).toEqual([]);
    expect(sends.slice(silenceAt)[0]!.params.text).toBe(t('wellbeing:silentDone'));
  });

  it.each([
    ['it', false],
    ['bn', true],
  ])('in %s the help numbers give 1522\'s languages and chat from the support setting (not in your language: %s)', async (language, notTheirs) => {
    const t = i18n.getFixedT(language);
    await writeLine1522(bot.app.db, { languages: ['it', 'en', 'fa'], chatUrl: 'https://chat.1522.test/' });
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Mila', languageCode: language });
    user.start();
    press(user, await nextQuestion(user), t('menu:entry.wellbeing'));
    press(user, await nextQuestion(user), t('wellbeing:safeYes'));
    press(user, await nextQuestion(user), t('wellbeing:numbersButton'));
    const contacts = (await nextQuestion(user)).text ?? '';
    expect(contacts.startsWith(t('wellbeing:contacts.intro'))).toBe(true);
    expect(contacts).toContain(t('wellbeing:contacts.chat1522', { url: 'https://chat.1522.test/' }));
    const names = new Intl.DisplayNames([language], { type: 'language' });
    expect(contacts).toContain(names.of('fa'));
    expect(contacts.includes(t('wellbeing:contacts.notInYourLanguage'))).toBe(notTheirs);
    await writeLine1522(bot.app.db, LINE_1522_SEED);
  });

  it('a coordinator\'s edit of 1522\'s facts in the console reaches the tenant\'s text; unknown languages and http links are refused', async () => {
    const coordinator = await staffSession(`http://127.0.0.1:${bot.app.port}`, { email: 'facts@casa.test', name: 'Franca', role: 'coordinator', neighbourhoodIds: [] });
    expect(await coordinator.expect(200, 'GET', '/support/line1522')).toEqual(LINE_1522_SEED);
    const refused = await coordinator.call<{ message: string }>('PUT', '/support/line1522', { languages: ['it', 'xx'], chatUrl: 'http://chat.1522.test/' });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('languages.1: "xx" is not a language code');
    expect(refused.body.message).toContain('chatUrl: an https:// link');
    const saved = await coordinator.expect(200, 'PUT', '/support/line1522', { languages: ['ita', 'ben'], chatUrl: 'https://chat.1522.test/bn' });
    expect(saved).toEqual({ languages: ['it', 'bn'], chatUrl: 'https://chat.1522.test/bn' });

    const t = i18n.getFixedT('bn');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Rina', languageCode: 'bn' });
    user.start();
    press(user, await nextQuestion(user), t('menu:entry.wellbeing'));
    press(user, await nextQuestion(user), t('wellbeing:safeYes'));
    press(user, await nextQuestion(user), t('wellbeing:numbersButton'));
    const contacts = (await nextQuestion(user)).text ?? '';
    expect(contacts).toContain(t('wellbeing:contacts.chat1522', { url: 'https://chat.1522.test/bn' }));
    expect(contacts).toContain(new Intl.DisplayNames(['bn'], { type: 'language' }).of('bn'));
    expect(contacts.includes(t('wellbeing:contacts.notInYourLanguage'))).toBe(false);
    await writeLine1522(bot.app.db, LINE_1522_SEED);
  });

  it('outside the path nothing is protected', async () => {
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Bruno', languageCode: 'it' });
    const from = bot.fake.calls.length;
    user.start();
    await nextQuestion(user);
    expect(sendsTo(user, from).some((call) => flag(call.params.protect_content) || flag(call.params.disable_notification))).toBe(false);
  });

  it.each(['bn', 'ar'].flatMap((language) => [
    ...Object.entries(DIGIT_SYSTEMS).map(([system, zero]) => [language, system, inDigits('333 123 4567', zero)] as const),
    [language, '+39 and dots', '+39 333.123.45.67'] as const,
    [language, '0039 and dashes', inDigits('0039 333-123-4567', DIGIT_SYSTEMS.bengali!)] as const,
  ]))('in %s a call-back number in %s digits ("%s") is understood', async (language, _system, typed) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Rina', languageCode: language });
    await toPhoneQuestion(user, language);
    user.sendText(typed);
    const when = await nextQuestion(user);
    expect(when.text).toBe(t('wellbeing:callback.askWhen'));
    const before = (await partner.call('GET', '/support/callbacks')).body as { id: string }[];
    press(user, when, t('wellbeing:callback.tomorrowMorning'));
    expect((await nextQuestion(user)).text).toBe(t('wellbeing:callback.done'));
    const inbox = (await partner.call('GET', '/support/callbacks')).body as { id: string; phone: string; date: string; slot: string }[];
    const added = inbox.filter((request) => !before.some((old) => old.id === request.id));
    expect(added).toEqual([expect.objectContaining({ phone: '3331234567', slot: 'morning', language })]);
  });

  it.each([
    ['08:00', ['todayMorning', 'todayAfternoon', 'todayEvening', 'tomorrowMorning', 'tomorrowAfternoon', 'tomorrowEvening'], '2026-12-10'],
    ['13:00', ['todayAfternoon', 'todayEvening', 'tomorrowMorning', 'tomorrowAfternoon', 'tomorrowEvening'], '2026-12-10'],
    ['21:00', ['tomorrowMorning', 'tomorrowAfternoon', 'tomorrowEvening'], '2026-12-11'],
  ])('at %s in Milan only the windows that can still happen are offered; the first is stored as a day and window in Rome', async (time, windows, date) => {
    windowClock.now = () => new Date(`2026-12-10T${time}:00+01:00`);
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Carla', languageCode: 'it' });
    await toPhoneQuestion(user, 'it');
    user.sendText('333 123 4567');
    const when = await nextQuestion(user);
    expect(labels(when)).toEqual([t('common:button.quickExit'), ...windows.map((key) => t(`wellbeing:callback.${key}`)), t('common:button.back')]);
    const before = (await partner.call('GET', '/support/callbacks')).body as { id: string }[];
    press(user, when, t(`wellbeing:callback.${windows[0]}`));
    expect((await nextQuestion(user)).text).toBe(t('wellbeing:callback.done'));
    const inbox = (await partner.call('GET', '/support/callbacks')).body as { id: string; date: string; slot: string }[];
    const added = inbox.filter((request) => !before.some((old) => old.id === request.id));
    expect(added).toEqual([expect.objectContaining({ date, slot: windows[0]!.replace(/^(today|tomorrow)/, '').toLowerCase() })]);
  });
});
