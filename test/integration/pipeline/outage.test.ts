import type { TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { BotProcess } from '../../support/botProcess';
import { freePort, TEST_TOKEN } from '../../support/botUnderTest';
import { FakeBotApi, type FakeUser } from '../../support/fakeTelegram';
import { PrivatePostgres } from '../../support/privatePostgres';
import { until } from '../../support/until';

const CHATS = 30;
const ROUNDS = 10;

/** PostgreSQL stops for 20 seconds while 30 chats write: nothing is lost, and /readyz says so meanwhile. */
describe('a database outage under load', () => {
  let fake: FakeBotApi;
  let cluster: PrivatePostgres;
  let bot: BotProcess;
  let t: TFunction;

  beforeAll(async () => {
    t = (await createI18n()).getFixedT('it');
    fake = await FakeBotApi.start({ token: TEST_TOKEN, botUsername: 'casa_test_bot' });
    cluster = await PrivatePostgres.create(await freePort());
  }, 60_000);
  afterAll(async () => {
    await bot?.kill();
    await fake.stop();
    await cluster.destroy();
  });

  const readiness = async () => (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).status;
  const helps = (user: FakeUser) => user.chat().filter((message) => message.from === 'bot' && message.text === t('menu:help')).length;

  it('answers every message sent before, during and after the outage, and is not ready while the database is away', async () => {
    bot = await BotProcess.start({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: cluster.url, PORT: '0', TELEGRAM_CHAT_RATE: '1000', TELEGRAM_GLOBAL_RATE: '0' });
    const users = Array.from({ length: CHATS }, (_, index) => fake.user({ id: 70_000 + index, firstName: `Utente${index}`, languageCode: 'it' }));
    for (const user of users) user.start();
    await until(() => users.every((user) => user.chat().some((message) => message.text === t('menu:prompt'))), 30_000);
    expect(await readiness()).toBe(200);

    for (let round = 0; round < ROUNDS; round += 1) {
      if (round === 3) await cluster.stop();
      for (const user of users) user.sendText('/help');
      if (round === 3) {
        await until(async () => (await readiness()) === 503, 15_000);
        expect(await (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).json()).toMatchObject({ reason: 'database unreachable' });
      }
      await new Promise((resolve) => setTimeout(resolve, round >= 3 && round < 8 ? 4000 : 300));
    }
    await cluster.start();
    await until(async () => (await readiness()) === 200, 30_000);
    await until(() => users.every((user) => helps(user) >= ROUNDS), 60_000);

    const duplicates = users.reduce((sum, user) => sum + helps(user) - ROUNDS, 0);
    expect(duplicates).toBeLessThanOrEqual(CHATS);
    const logs = bot.lines.join('\n');
    expect(logs).toContain('database unreachable');
    expect(logs).toContain('database reachable again');
    expect(logs).not.toContain('"msg":"turn failed"');
  }, 180_000);
});
