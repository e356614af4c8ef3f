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
    const updateId = 999_000 + (secret ? 1 : 2);
    const status = await bot.fake.postToWebhook(
      { update_id: updateId, message: { message_id: 1, date: 1, chat: { id: user.id, type: 'private' }, from: user.user, text: '/start' } },
      { secret },
    );
    expect(status).toBe(401);
    // An accepted update is in the inbox before the webhook answers; a refused one never gets there.
    expect(await bot.app.db.inboxUpdate.count({ where: { id: BigInt(updateId) } })).toBe(0);
    expect(bot.fake.callsTo('sendMessage').length).toBe(before);
  });

  it('checks the secret before it reads the body, and refuses a body larger than an update can be', async () => {
    const url = `http://127.0.0.1:${bot.app.port}/telegram/webhook`;
    const post = (body: string, secret: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body });
    // Not JSON at all: without the secret it is never parsed (401, not a parse error).
    expect((await post('{"update_id": 1, broken', 'not-the-secret-123456')).status).toBe(401);
    expect((await post('x'.repeat(900 * 1024), 'not-the-secret-123456')).status).toBe(401);
    const before = bot.fake.callsTo('sendMessage').length;
    expect((await post(JSON.stringify({ update_id: 999_100, message: { text: 'x'.repeat(300 * 1024) } }), 'test-secret-0123456789')).status).toBe(413);
    expect(await bot.app.db.inboxUpdate.findUnique({ where: { id: 999_100n } })).toBeNull();
    expect(bot.fake.callsTo('sendMessage').length).toBe(before);
  });

  it('answers healthz once ready', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.app.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', telegram: 'webhook' });
  });
});
