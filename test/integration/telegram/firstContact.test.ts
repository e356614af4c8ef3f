import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../../bot/i18n/languages';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';

/** The main menu's buttons, in order (the rent path keeps its texts in its own namespace). */
const MENU_ENTRIES = ['menu:entry.maintenance', 'menu:entry.health', 'rent:menuEntry', 'menu:entry.wellbeing', 'menu:entry.person', 'menu:entry.language', 'menu:entry.help', 'menu:entry.privacy'];

describe('a tenant opens the bot on Telegram', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextId = 1000;

  beforeAll(async () => {
    bot = await startBotUnderTest();
    i18n = await createI18n();
  });
  afterAll(() => bot.stop());

  it.each([
    ['ar', 'ar'],
    ['es', 'es'],
    ['zh-hans', 'zh'],
    ['it', 'it'],
    ['en-GB', 'en'],
    ['fil', 'tl'],
  ])('with Telegram in %s is greeted and shown the menu in %s', async (languageCode, language) => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Amina', languageCode });
    user.start();
    const [welcome, menu] = await untilQuestion(user);
    const t = i18n.getFixedT(language);
    expect(welcome!.text).toBe(t('menu:welcome', { name: 'Amina' }));
    expect(menu!.text).toBe(t('menu:prompt'));
    expect(labels(menu!)).toEqual(MENU_ENTRIES.map((key) => t(key)));
  });

  it.each(['ja', 'zh-hant', undefined])('with Telegram in %s gets the language picker, each language named in itself', async (languageCode) => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Kenji', languageCode });
    user.sendText('hello');
    const [picker] = await untilQuestion(user);
    expect(labels(picker!)).toEqual(SUPPORTED_LANGUAGES.map((language) => i18n.getFixedT(language)('language:name')));
    expect(picker!.text).toContain(i18n.getFixedT('ar')('language:prompt'));
    expect(picker!.text).toContain(i18n.getFixedT('it')('language:prompt'));

    press(user, picker!, 'Español');
    const replies = await untilQuestion(user);
    const es = i18n.getFixedT('es');
    expect(replies.map((message) => message.text)).toEqual([es('language:changed'), es('menu:welcome', { name: 'Kenji' }), es('menu:prompt')]);
  });

  it('keeps the chosen language, and /language changes it at any time', async () => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Ioana', languageCode: 'ro' });
    user.start();
    await untilQuestion(user);
    user.sendText('/language');
    const [picker] = await untilQuestion(user);
    expect(picker!.text).toContain(i18n.getFixedT('ro')('language:prompt'));
    press(user, picker!, 'Українська');
    const uk = i18n.getFixedT('uk');
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([uk('language:changed'), uk('menu:prompt')]);
    user.sendText('/menu');
    expect((await untilQuestion(user)).map((message) => message.text)).toEqual([uk('menu:prompt')]);
  });

  it('registers the commands in every language, and the menu button', async () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const commands = bot.fake.myCommands({ type: 'default' }, language);
      expect(commands.map((command) => command.command)).toEqual(['start', 'menu', 'language', 'privacy', 'help', 'cancel']);
      expect(commands[2]!.description).toBe(i18n.getFixedT(language)('common:commands.language'));
    }
    expect(bot.fake.callsTo('setChatMenuButton')).toHaveLength(1);
  });
});
