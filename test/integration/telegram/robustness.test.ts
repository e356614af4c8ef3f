import type { TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';

describe('the bot under bad input and faults', () => {
  let bot: BotUnderTest;
  let t: TFunction;
  let nextId = 3000;

  beforeAll(async () => {
    bot = await startBotUnderTest();
    t = (await createI18n()).getFixedT('it');
  });
  afterAll(() => bot.stop());

  it('skips malformed updates and keeps answering', async () => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Rosa', languageCode: 'it' });
    const before = bot.fake.callsTo('sendMessage').length;
    for (const raw of [
      { message: 'not an object' },
      { message: { message_id: 'x', chat: null } },
      { callback_query: { id: 5 } },
      { message: { message_id: 1, date: 1, chat: { id: user.id, type: 'private' }, text: 42 } },
    ]) {
      bot.fake.queueUpdate(raw);
    }
    user.start();
    const replies = await untilQuestion(user);
    expect(replies.at(-1)!.text).toBe(t('menu:prompt'));
    expect(bot.fake.callsTo('sendMessage').length - before).toBe(2);
    expect(bot.logs.join('')).toContain('malformed update ignored');
  });

  it('handles a redelivered update once', async () => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Ahmed', languageCode: 'it' });
    const first = user.start();
    await untilQuestion(user);
    await bot.fake.waitForUpdateConsumed(first.update_id);
    bot.fake.queueUpdate({ ...first });
    await bot.fake.waitForUpdateConsumed(first.update_id);
    user.sendText('/help');
    const replies = await untilQuestion(user);
    expect(replies.map((message) => message.text)).toEqual([t('menu:help'), t('menu:prompt')]);
    const row = await bot.database.db.inboxUpdate.findUnique({ where: { id: BigInt(first.update_id) } });
    expect(row).toMatchObject({ status: 'done', payload: null });
  });

  it('handles two updates of one chat at once in order, without losing state', async () => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Lin', languageCode: 'it' });
    user.start();
    const menu = (await untilQuestion(user)).at(-1)!;
    press(user, menu, t('menu:entry.health'));
    user.sendText('/help');
    const replies = [...(await untilQuestion(user)), ...(await untilQuestion(user))];
    expect(replies.map((message) => message.text)).toEqual([t('health:consent.ask'), t('menu:help'), t('health:consent.ask')]);
  });

  it('delays a message refused with 429 by retry_after, and still delivers it', async () => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Olga', languageCode: 'it' });
    bot.fake.failNext('sendMessage', { errorCode: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    const sentAt = Date.now();
    user.start();
    const replies = await untilQuestion(user);
    expect(replies.map((message) => message.text)).toEqual([t('menu:welcome', { name: 'Olga' }), t('menu:prompt')]);
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(1000);
  });

  it('waits out a long retry_after in one chat while the other chats go on', async () => {
    const slow = bot.fake.user({ id: nextId++, firstName: 'Piero', languageCode: 'it' });
    const other = bot.fake.user({ id: nextId++, firstName: 'Rosa', languageCode: 'it' });
    bot.fake.failNext('sendMessage', { errorCode: 429, description: 'Too Many Requests: retry after 4', retryAfter: 4 });
    slow.start();
    await bot.fake.waitForCall('sendMessage', (call) => call.chatId === slow.id);
    other.start();
    expect((await untilQuestion(other)).at(-1)!.text).toBe(t('menu:prompt'));
    // The other tenant has the whole menu while the first is still waiting for Telegram's pause to end.
    expect(slow.chat().filter((message) => message.from === 'bot')).toHaveLength(0);
    expect((await untilQuestion(slow, 10_000)).map((message) => message.text)).toEqual([t('menu:welcome', { name: 'Piero' }), t('menu:prompt')]);
  });

  it('answers in the tenant language when Telegram refuses its reply as malformed, and carries on', async () => {
    const user = bot.fake.user({ id: nextId++, firstName: 'Nadia', languageCode: 'ar' });
    bot.fake.failNext('sendMessage', { errorCode: 400, description: 'Bad Request: something unexpected' });
    user.start();
    const apology = await user.nextBotMessage();
    const ar = (await createI18n()).getFixedT('ar');
    expect(apology.text).toBe(ar('common:error'));
    expect(bot.logs.join('')).toContain('the tenant is told instead');
    user.sendText('/menu');
    expect((await untilQuestion(user)).at(-1)!.text).toBe(ar('menu:prompt'));
  });
});
