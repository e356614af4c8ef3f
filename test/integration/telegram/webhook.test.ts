import type { TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';

describe('webhook mode', () => {
  let bot: BotUnderTest;
  let t: TFunction;

  beforeAll(async () => {
    bot = await startBotUnderTest({ webhook: true });
    t = (await createI18n()).getFixedT('es');
  });
  afterAll(() => bot.stop());

  it('registers the webhook with its secret and answers the updates Telegram posts', async () => {
    expect(bot.fake.callsTo('setWebhook')[0]!.params).toMatchObject({ secret_token: 'test-secret-0123456789' });
    expect(bot.fake.callsTo('getUpdates')).toHaveLength(0);
    const user = bot.fake.user({ id: 4001, firstName: 'Lucía', languageCode: 'es' });
    user.start();
    expect((await untilQuestion(user)).at(-1)!.text).toBe(t('menu:prompt'));
  });

  it.each([
    ['a wrong secret', 'not-the-secret-123456'],
    ['no secret', null],
  ])('refuses a request with %s (401) and processes nothing', async (_name, secret) => {
    const user = bot.fake.user({ id: 4002, firstName: 'Pablo', languageCode: 'es' });
    const before = bot.fake.callsTo('sendMessage').length;
    const status = await bot.fake.postToWebhook(
      { update_id: 999_000 + (secret ? 1 : 2), message: { message_id: 1, date: 1, chat: { id: user.id, type: 'private' }, from: user.user, text: '/start' } },
      { secret },
    );
    expect(status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bot.fake.callsTo('sendMessage').length).toBe(before);
  });

  it('answers healthz once ready', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.app.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', telegram: 'webhook' });
  });
});
