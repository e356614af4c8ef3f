import type { i18n as I18n, TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import type { FakeUser } from '../../support/fakeTelegram';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';

describe('a tenant uses the main menu', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let it_: TFunction;
  let nextId = 2000;

  beforeAll(async () => {
    bot = await startBotUnderTest();
    i18n = await createI18n();
    it_ = i18n.getFixedT('it');
  });
  afterAll(() => bot.stop());

  async function newTenant(): Promise<{ user: FakeUser; menu: Awaited<ReturnType<typeof untilQuestion>>[number] }> {
    const user = bot.fake.user({ id: nextId++, firstName: 'Giuseppe', languageCode: 'it' });
    user.start();
    const messages = await untilQuestion(user);
    return { user, menu: messages[messages.length - 1]! };
  }

  it.each([
    ['menu:entry.maintenance', 'maintenance:start', ['common:button.back', 'common:button.menu']],
    ['menu:entry.health', 'health:consent.ask', ['common:button.back', 'common:button.menu']],
    // The discreet path: quick exit first, and Back.
    ['menu:entry.wellbeing', 'wellbeing:safe', ['common:button.quickExit', 'common:button.back']],
    ['menu:entry.person', 'person:askNeighbourhood', ['common:button.back', 'common:button.menu']],
    ['rent:menuEntry', 'rent:askNeighbourhood', ['common:button.back', 'common:button.menu']],
  ])('%s answers in the tenant language, with a way back', async (entry, answer, navigation) => {
    const { user, menu } = await newTenant();
    press(user, menu, it_(entry));
    const [reply] = await untilQuestion(user);
    expect(reply!.text).toBe(it_(answer));
    expect(labels(reply!)).toEqual(expect.arrayContaining(navigation.map((key) => it_(key))));
    press(user, reply!, it_('common:button.back'));
    expect((await untilQuestion(user)).at(-1)!.text).toBe(it_('menu:prompt'));
  });

  it('answers a press at once and takes the keyboard off, showing the choice', async () => {
    const { user, menu } = await newTenant();
    press(user, menu, it_('menu:entry.help'));
    const replies = await untilQuestion(user);
    expect(replies.map((message) => message.text)).toEqual([it_('menu:help'), it_('menu:prompt')]);
    expect(bot.fake.callsTo('answerCallbackQuery').length).toBeGreaterThan(0);
    const pressed = user.message(menu.messageId)!;
    expect(pressed.buttons).toEqual([]);
    expect(pressed.text).toBe(`${it_('menu:prompt')}\n\n✅ ${it_('menu:entry.help')}`);
  });

  it('explains an old button instead of acting on it, and asks the current question again', async () => {
    const { user, menu } = await newTenant();
    press(user, menu, it_('menu:entry.help'));
    const [, second] = await untilQuestion(user);
    press(user, second!, it_('menu:entry.help'));
    const [, current] = await untilQuestion(user);
    user.pressButton(menu.messageId, menu.buttons[0]![0]!.callbackData!, { allowMissingButton: true });
    const replies = await untilQuestion(user);
    expect(replies.map((message) => message.text)).toEqual([it_('common:staleButton'), current!.text]);
  });

  it('acknowledges and ignores a second press on a keyboard it already answered (a double tap)', async () => {
    const { user, menu } = await newTenant();
    const answeredBefore = bot.fake.callsTo('answerCallbackQuery').length;
    const data = menu.buttons.flat().find((button) => button.text === it_('menu:entry.help'))!.callbackData!;
    user.pressButton(menu.messageId, data);
    user.pressButton(menu.messageId, data, { allowMissingButton: true });
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([it_('menu:help'), it_('menu:prompt')]);
    // The second press is answered (no spinner left) and nothing more is said: a chat's turns run in order, so once
    // a later message is answered the second press has had its turn.
    user.sendText('/help');
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([it_('menu:help'), it_('menu:prompt')]);
    expect(user.chat().filter((message) => message.from === 'bot' && message.messageId > menu.messageId)).toHaveLength(4);
    expect(bot.fake.callsTo('answerCallbackQuery').length - answeredBefore).toBe(2);
  });

  it.each(['garbage', 'zz9.maintenance', '{"x":1}'])('treats unknown button data %s as stale', async (data) => {
    const { user, menu } = await newTenant();
    user.pressButton(menu.messageId, data, { allowMissingButton: true });
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([it_('common:staleButton'), it_('menu:prompt')]);
  });

  it('re-prompts free text it cannot place, and offers a person after two misses in a row', async () => {
    const { user } = await newTenant();
    user.sendText('il mio gatto è scappato');
    const [first] = await untilQuestion(user);
    expect(first!.text).toBe(`${it_('common:notUnderstood')}\n\n${it_('menu:prompt')}`);
    user.sendText('il gatto non torna');
    const [second] = await untilQuestion(user);
    expect(second!.text).toBe(`${it_('common:offerPerson')}\n\n${it_('menu:prompt')}`);
    expect(labels(second!)).toContain(it_('menu:entry.person'));
  });

  it('understands a typed button label', async () => {
    const { user } = await newTenant();
    user.sendText('Privacy');
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([it_('menu:privacy')]);
  });

  it('answers a 10,000-character message and keeps working', async () => {
    const { user } = await newTenant();
    user.sendText('a'.repeat(10_000));
    const [reply] = await untilQuestion(user);
    expect(reply!.text).toContain(it_('common:notUnderstood'));
  });

  it('explains that a sticker, a voice note or a photo cannot be read here', async () => {
    const { user } = await newTenant();
    user.sendSticker();
    expect((await untilQuestion(user))[0]!.text).toContain(it_('common:unsupportedMedia'));
    user.sendVoice({ duration: 2 });
    expect((await untilQuestion(user))[0]!.text).toContain(it_('common:unsupportedMedia'));
  });

  it('/help answers and asks the current question again; /cancel goes back to the menu; unknown commands are explained', async () => {
    const { user, menu } = await newTenant();
    press(user, menu, it_('menu:entry.health'));
    const [health] = await untilQuestion(user);
    user.sendText('/help');
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([it_('menu:help'), health!.text]);
    user.sendText('/boh');
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([it_('common:unknownCommand'), health!.text]);
    user.sendText('/cancel');
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([it_('common:cancelled'), it_('menu:prompt')]);
  });

  it('goes from any flow to "talk to a person"', async () => {
    const { user, menu } = await newTenant();
    press(user, menu, it_('menu:entry.maintenance'));
    const [maintenance] = await untilQuestion(user);
    press(user, maintenance!, it_('common:button.person'));
    expect((await untilQuestion(user))[0]!.text).toBe(it_('person:askNeighbourhood'));
  });
});
