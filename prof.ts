import { spawn } from 'node:child_process';
import path from 'node:path';
import { FakeBotApi } from './test/support/fakeTelegram';
import { createTestDatabase } from './test/support/testDatabase';

async function main() {
  const provider = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgresql';
  const fake = await FakeBotApi.start({ token: '123456:TEST-token-for-the-fake-bot-api', botUsername: 'x_bot' });
  const database = await createTestDatabase(provider);
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', '--import', 'tsx', path.join(__dirname, 'bot/index.ts')], {
    env: { PATH: process.env.PATH!, TELEGRAM_BOT_TOKEN: '123456:TEST-token-for-the-fake-bot-api', TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: database.url, PORT: '0', TELEGRAM_CHAT_RATE: '1000', TELEGRAM_GLOBAL_RATE: '0', LOG_LEVEL: 'warn', ...(process.env.EXTRA ? JSON.parse(process.env.EXTRA) : {}) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await new Promise((r) => setTimeout(r, 8000));
  const users = Array.from({ length: 300 }, (_, i) => fake.user({ id: 1000 + i, firstName: 'U' + i, languageCode: 'it' }));
  const started = Date.now();
  for (let round = 0; round < 5; round++) for (const u of users) u.sendText(round % 2 ? 'ciao' : '/start');
  const total = users.length * 5;
  for (;;) {
    const answered = fake.callsTo('sendMessage').length;
    if (answered >= total * 1.5 || Date.now() - started > 120000) { console.log('sendMessage', answered, 'in', Date.now() - started, 'ms', 'updates/s', Math.round(total / ((Date.now() - started) / 1000))); break; }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  await fake.stop();
  await database.drop();
}
void main();
