import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startBotUnderTest } from '../../support/botUnderTest';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..', '..');

async function startProcess(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bot/index.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 20_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe('starting the bot', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a port number from 0 to 65535'],
    [{ TELEGRAM_BOT_TOKEN: 'nonsense' }, 'TELEGRAM_BOT_TOKEN: must look like'],
    [{ DATABASE_URL: 'mysql://localhost/casa' }, 'DATABASE_URL: must be file:<path> (SQLite) or postgresql://'],
    [{ WEBHOOK_URL: 'https://bot.example.org/hook' }, 'WEBHOOK_SECRET: is required when WEBHOOK_URL is set'],
  ])('stops with a message naming the variable for %j', async (env, message) => {
    const result = await startProcess(env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('keeps running when the optional setup calls fail', async () => {
    const bot = await startBotUnderTest({
      beforeStart: (fake) => {
        fake.failNext('setMyCommands', { errorCode: 400, description: 'Bad Request: BOT_COMMAND_INVALID' }, 11);
        fake.failNext('setChatMenuButton', { errorCode: 500, description: 'Internal Server Error' });
      },
    });
    try {
      expect(bot.app.telegram?.status).toBe('polling');
      expect(bot.logs.join('')).toContain('optional telegram setup call failed');
      const user = bot.fake.user({ id: 5001, firstName: 'Marco', languageCode: 'it' });
      user.start();
      expect((await user.nextBotMessage()).text).toContain('Marco');
    } finally {
      await bot.stop();
    }
  });
});
