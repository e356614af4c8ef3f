import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startApp, type RunningApp } from '../../bot/app';
import { loadConfig } from '../../bot/config/config';
import { FakeBotApi, type BotMessage, type FakeUser } from './fakeTelegram';
import { createTestDatabase, type Provider, type TestDatabase } from './testDatabase';

export const TEST_TOKEN = '123456:TEST-token-for-the-fake-bot-api';

export interface BotUnderTest {
  fake: FakeBotApi;
  app: RunningApp;
  database: TestDatabase;
  /** Every log line the bot wrote, as text. */
  logs: string[];
  /** The environment the bot runs with (to start another process like it). */
  env: Record<string, string>;
  /** Stops the bot and starts a new one on the same database and fake Bot API (app is the new one); whileStopped runs in between. */
  restart(whileStopped?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export interface BotUnderTestOptions {
  provider?: Provider;
  env?: Record<string, string>;
  /** Start in webhook mode on a free port. */
  webhook?: boolean;
  /** Runs on the fake Bot API before the bot starts (to inject faults). */
  beforeStart?: (fake: FakeBotApi) => void;
}

/** The real bot (database, dialogs, Telegram channel) against the fake Bot API, on a database of its own. */
export async function startBotUnderTest(options: BotUnderTestOptions = {}): Promise<BotUnderTest> {
  const fake = await FakeBotApi.start({ token: TEST_TOKEN, botUsername: 'casa_test_bot' });
  options.beforeStart?.(fake);
  const database = await createTestDatabase(options.provider ?? 'sqlite');
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const port = options.webhook ? await freePort() : 0;
  const env: Record<string, string> = {
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: database.url,
    PORT: String(port),
    // The fake Bot API has no per-chat limit; Telegram's pace would only make the tests slow.
    TELEGRAM_CHAT_RATE: '20',
    ...(options.webhook ? { WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`, WEBHOOK_SECRET: 'test-secret-0123456789' } : {}),
    ...options.env,
  };
  const log = pino({ level: 'info' }, sink);
  const bot: BotUnderTest = {
    fake,
    app: await startApp(loadConfig(env), log),
    database,
    logs,
    env,
    async restart(whileStopped) {
      await bot.app.stop();
      await whileStopped?.();
      bot.app = await startApp(loadConfig(env), log);
    },
    async stop() {
      await bot.app.stop();
      await fake.stop();
      await database.drop();
    },
  };
  return bot;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The bot's messages up to and including the next one with buttons (a question waiting for the tenant). */
export async function untilQuestion(user: FakeUser, timeoutMs = 8000): Promise<BotMessage[]> {
  const messages: BotMessage[] = [];
  for (;;) {
    const message = await user.nextBotMessage(timeoutMs);
    messages.push(message);
    if (message.buttons.length > 0) return messages;
  }
}

export function labels(message: BotMessage): string[] {
  return message.buttons.flat().map((button) => button.text);
}

/** Presses the button with this label on a message. */
export function press(user: FakeUser, message: BotMessage, label: string): void {
  const button = message.buttons.flat().find((candidate) => candidate.text === label);
  if (!button?.callbackData) throw new Error(`No button "${label}" on message ${message.messageId}: ${labels(message).join(' | ')}`);
  user.pressButton(message.messageId, button.callbackData);
}
