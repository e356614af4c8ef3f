import { ConfigError, loadConfig } from '../../../../bot/config/config';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      DATABASE_URL: 'file:./data/casa.db',
      PORT: 3000,
    });
    expect(loadConfig({}).TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('treats empty values like missing ones', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '', PORT: '' });
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a port number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT: must be a port number from 0 to 65535'],
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN: must look like'],
    [{ TELEGRAM_API_ROOT: 'ftp://x' }, 'TELEGRAM_API_ROOT: must start with http:// or https://'],
    [{ DATABASE_URL: 'mysql://db' }, 'DATABASE_URL: must be file:<path> (SQLite) or postgresql://'],
    [{ WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_BOT_TOKEN: TOKEN }, 'WEBHOOK_SECRET: is required when WEBHOOK_URL is set'],
    [{ WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'short', TELEGRAM_BOT_TOKEN: TOKEN }, 'WEBHOOK_SECRET: must be 16 to 256 characters'],
  ])('rejects %j naming the variable and what it expects', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('accepts a full webhook configuration', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'a'.repeat(32), PORT: '8080' });
    expect(config).toMatchObject({ PORT: 8080, WEBHOOK_URL: 'https://bot.example.org/hook' });
  });
});
