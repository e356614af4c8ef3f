import type { TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { BotProcess } from '../../support/botProcess';
import { TEST_TOKEN } from '../../support/botUnderTest';
import { Conversation } from '../../support/conversation';
import { FakeBotApi } from '../../support/fakeTelegram';
import { createTestDatabase, type Provider, type TestDatabase } from '../../support/testDatabase';

const TENANTS = 200;
const STEPS = 5;

/**
 * kill -9 of the bot while 200 tenants each ask for a person (five messages each, every one waiting for the bot's
 * answer), then a restart on the same database: every tenant gets every answer, and every request is kept once.
 */
describe.each<Provider>(['sqlite', 'postgresql'])('a crash in the middle of the work (%s)', (provider) => {
  let fake: FakeBotApi;
  let database: TestDatabase;
  let bot: BotProcess;
  let t: TFunction;

  beforeAll(async () => {
    t = (await createI18n()).getFixedT('it');
    fake = await FakeBotApi.start({ token: TEST_TOKEN, botUsername: 'casa_test_bot' });
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await bot?.kill();
    await fake.stop();
    await database.drop();
  });

  it('answers every message of every tenant once the bot is back, and keeps each request once', async () => {
    const env = { TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: database.url, PORT: '0', TELEGRAM_CHAT_RATE: '1000', TELEGRAM_GLOBAL_RATE: '0' };
    bot = await BotProcess.start(env);
    let sent = 0;
    let restarted: Promise<void> | undefined;
    // After 40% of the tenants' messages, the process dies at once and a new one starts on the same database.
    const counted = (send: () => void) => {
      send();
      sent += 1;
      if (sent === Math.round(TENANTS * STEPS * 0.4)) {
        restarted = (async () => {
          await bot.kill();
          bot = await BotProcess.start(env);
        })();
      }
    };
    const conversations = await Promise.all(
      Array.from({ length: TENANTS }, async (_, index) => {
        const chat = new Conversation(fake.user({ id: 50_000 + index, firstName: `Inquilino${index}`, languageCode: 'it' }), 90_000);
        counted(() => chat.user.start());
        const menu = await chat.until(t('menu:prompt'));
        counted(() => chat.press(menu, t('menu:entry.person')));
        const where = await chat.until(t('person:askNeighbourhood'));
        counted(() => chat.press(where, t('common:neighbourhood.sanSiro')));
        const topic = await chat.until(t('person:askTopic'));
        counted(() => chat.press(topic, t('person:topic.other')));
        await chat.until(t('person:askFirstMessage'));
        counted(() => chat.user.sendText(`Buongiorno, sono l'inquilino numero ${index}`));
        await chat.untilNewQuestion();
        return chat;
      }),
    );
    expect(restarted).toBeDefined();
    await restarted;
    const requests = await database.db.personRequest.findMany({ select: { tenantId: true } });
    expect(requests).toHaveLength(TENANTS);
    expect(new Set(requests.map((request) => request.tenantId)).size).toBe(TENANTS);
    // At most the message in flight at the crash is sent twice, in a chat.
    for (const chat of conversations) expect(chat.repeats).toBeLessThanOrEqual(1);
  }, 240_000);
});
