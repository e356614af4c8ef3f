import http from 'node:http';
import type { TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { SECRET_HEADER } from '../../../bot/http/webhookRoute';
import { chatIdOf } from '../../../bot/channels/telegram/inboxReceiver';
import { BotProcess } from '../../support/botProcess';
import { freePort, TEST_TOKEN } from '../../support/botUnderTest';
import { Conversation } from '../../support/conversation';
import { FakeBotApi } from '../../support/fakeTelegram';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';
import { until } from '../../support/until';

const TENANTS = 30;
const SECRET = 'two-processes-secret-0123';

/**
 * Two bot processes on one PostgreSQL in webhook mode, behind a balancer that sends each chat's updates to them in
 * turn: every flow completes in order, and nobody gets the generic error answer.
 */
describe('two processes on one PostgreSQL', () => {
  let fake: FakeBotApi;
  let database: TestDatabase;
  let bots: BotProcess[] = [];
  let balancer: http.Server;
  let t: TFunction;

  beforeAll(async () => {
    t = (await createI18n()).getFixedT('it');
    fake = await FakeBotApi.start({ token: TEST_TOKEN, botUsername: 'casa_test_bot' });
    database = await createTestDatabase('postgresql');
  });
  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.kill()));
    balancer?.close();
    await fake.stop();
    await database.drop();
  });

  /** Forwards each update to the processes in turn, per chat, and answers what the process answered (503: the other one tries). */
  function startBalancer(port: number, targets: () => number[]): http.Server {
    const turns = new Map<string, number>();
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', async () => {
        const body = Buffer.concat(chunks);
        const chat = chatIdOf(JSON.parse(body.toString())) ?? 'none';
        const turn = turns.get(chat) ?? 0;
        turns.set(chat, turn + 1);
        let status = 502;
        for (let attempt = 0; attempt < 4 && status !== 200; attempt += 1) {
          const ports = targets();
          const target = ports[(turn + attempt) % ports.length]!;
          status = await fetch(`http://127.0.0.1:${target}/telegram/webhook`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [SECRET_HEADER]: String(request.headers[SECRET_HEADER] ?? '') },
            body,
          }).then((answer) => answer.status, () => 502);
        }
        response.writeHead(status).end();
      });
    });
    server.listen(port, '127.0.0.1');
    return server;
  }

  it('completes every flow in order with the chats alternating between the processes', async () => {
    const balancerPort = await freePort();
    const ports = [await freePort(), await freePort()];
    balancer = startBalancer(balancerPort, () => ports);
    const env = (port: number) => ({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: database.url,
      PORT: String(port),
      WEBHOOK_URL: `http://127.0.0.1:${balancerPort}/telegram/webhook`,
      WEBHOOK_SECRET: SECRET,
      TELEGRAM_CHAT_RATE: '1000',
      TELEGRAM_GLOBAL_RATE: '0',
    });
    bots = [await BotProcess.start(env(ports[0]!)), await BotProcess.start(env(ports[1]!))];

    const chats = await Promise.all(
      Array.from({ length: TENANTS }, async (_, index) => {
        const chat = new Conversation(fake.user({ id: 90_000 + index, firstName: `Persona${index}`, languageCode: 'it' }), 60_000);
        chat.user.start();
        chat.press(await chat.until(t('menu:prompt')), t('menu:entry.person'));
        chat.press(await chat.until(t('person:askNeighbourhood')), t('common:neighbourhood.mazzini'));
        chat.press(await chat.until(t('person:askTopic')), t('person:topic.other'));
        await chat.until(t('person:askFirstMessage'));
        // Two messages at once: they reach different processes, and must be kept in the order they were sent.
        chat.user.sendText(`primo ${index}`);
        chat.user.sendText(`secondo ${index}`);
        await chat.untilNewQuestion();
        return chat;
      }),
    );

    const errorText = t('common:error');
    for (const chat of chats) expect(chat.user.chat().filter((message) => message.text === errorText)).toHaveLength(0);
    const withMessages = () => database.db.personRequest.findMany({ include: { messages: { orderBy: { id: 'asc' } } } });
    expect(await withMessages()).toHaveLength(TENANTS);
    await until(async () => (await withMessages()).every((request) => request.messages.length >= 2), 8000, 'both messages of every request');
    for (const request of await withMessages()) {
      const texts = request.messages.map((message) => message.text);
      const index = /primo (\d+)/.exec(texts[0] ?? '')?.[1];
      expect(texts).toEqual([`primo ${index}`, `secondo ${index}`]);
    }
    // Both processes did part of the work.
    for (const bot of bots) expect(bot.lines.some((line) => line.includes('"mode":"webhook"'))).toBe(true);
    expect(await database.db.inboxUpdate.count({ where: { status: { not: 'done' } } })).toBe(0);
  }, 180_000);
});
