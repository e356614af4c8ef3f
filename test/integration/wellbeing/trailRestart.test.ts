import type { i18n as I18n, TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { labels, press, startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN_ENV } from '../../support/consoleClient';
import type { FakeUser } from '../../support/fakeTelegram';
import { nextQuestion, tenantOpensChat, trailRefs, visible } from '../../support/wellbeingFlow';
import { until } from '../../support/until';

const IDLE_MS = 6000;

describe('the discreet path interrupted by a restart of the bot', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextUserId = 17000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, DISCREET_IDLE_MINUTES: String(IDLE_MS / 60_000), DISCREET_CHAT_IDLE_MINUTES: String(IDLE_MS / 60_000) } });
    i18n = await createI18n();
  });
  afterAll(() => bot.stop());

  /** A tenant in the middle of the path (a chat with an operator, one message written); the ids of the path's messages. */
  async function midPath(t: TFunction): Promise<{ user: FakeUser; pathMessages: number[] }> {
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Irina', languageCode: 'uk' });
    user.start();
    const menu = await nextQuestion(user);
    const before = new Set(visible(user).map((message) => message.messageId));
    await tenantOpensChat(user, t, menu);
    user.sendText('Мені потрібна допомога');
    await until(async () => (await bot.app.db.supportChatMessage.count()) === 1, 5000, 'the message reaching the chat');
    await until(async () => (await trailRefs(bot.app.stateStorage, user))?.length === 4, 5000, 'the trail in the state');
    const pathMessages = visible(user).map((message) => message.messageId).filter((id) => !before.has(id));
    // The safe screen, the menu, the waiting message and what the tenant wrote (presses are not messages).
    expect(pathMessages).toHaveLength(4);
    return { user, pathMessages };
  }

  const stillThere = (user: FakeUser, ids: number[]) => visible(user).filter((message) => ids.includes(message.messageId)).length;

  it('deletes at start the messages of a path left idle while the bot was down, and the trail and the chat with them', async () => {
    const t = i18n.getFixedT('uk');
    const { user, pathMessages } = await midPath(t);
    await bot.restart(async () => {
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 500));
      expect(stillThere(user, pathMessages)).toBe(pathMessages.length);
      // No row but the conversation state every tenant has, sealed under a key that does not name the chat.
      const rows = await bot.database.db.stateItem.findMany();
      expect(rows.filter((row) => row.key.includes(String(user.id)) || row.data.includes(String(user.id)))).toEqual([]);
    });
    await until(() => stillThere(user, pathMessages) === 0, 5000, 'the deletion at start');
    await until(async () => (await trailRefs(bot.app.stateStorage, user)) === undefined, 5000, 'the trail going');
    expect(await bot.app.db.supportChat.count()).toBe(0);
    expect(await bot.app.db.supportChatMessage.count()).toBe(0);
    // The tenant is out of the path: /start is the main menu again, not a message to the chat.
    user.sendText('/start');
    expect(labels(await nextQuestion(user))).toContain(t('menu:entry.wellbeing'));
  }, 60_000);

  it('after a restart, erases a path that was not idle yet once the idle time since its last message is over (the sweep)', async () => {
    const t = i18n.getFixedT('uk');
    const { user, pathMessages } = await midPath(t);
    const lastActivity = Date.now();
    await bot.restart();
    expect(stillThere(user, pathMessages)).toBe(pathMessages.length);
    expect(await trailRefs(bot.app.stateStorage, user)).toHaveLength(pathMessages.length);
    await until(() => stillThere(user, pathMessages) === 0, IDLE_MS + 5000, 'the idle erase after the restart');
    expect(Date.now() - lastActivity).toBeGreaterThanOrEqual(IDLE_MS - 1000);
    await until(async () => (await trailRefs(bot.app.stateStorage, user)) === undefined, 5000, 'the trail going');
    expect(await bot.app.db.supportChat.count()).toBe(0);
  }, 60_000);

  it('keeps the trail up to date as the path goes, and forgets it on quick exit', async () => {
    const t = i18n.getFixedT('uk');
    const { user, pathMessages } = await midPath(t);
    user.sendText('Ще одне повідомлення');
    await until(async () => (await trailRefs(bot.app.stateStorage, user))?.length === pathMessages.length + 1, 5000, 'the trail following the path');
    press(user, user.lastBotMessage()!, t('common:button.quickExit'));
    expect((await user.nextBotMessage()).text).toBe(t('common:innocuous'));
    await until(async () => (await trailRefs(bot.app.stateStorage, user)) === undefined, 5000, 'the trail going');
    expect(stillThere(user, pathMessages)).toBe(0);
  }, 60_000);
});
