import { ApiKeys } from '../../../bot/services/maintenance/apiKeys';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';

describe('Open311 keys in the X-Api-Key header', () => {
  let bot: BotUnderTest;
  let base: string;
  let key: string;
  beforeAll(async () => {
    bot = await startBotUnderTest();
    base = `http://127.0.0.1:${bot.app.port}/open311/v2`;
    ({ key } = await new ApiKeys(bot.app.db).create('Impresa Rossi'));
  });
  afterAll(() => bot.stop());

  it('reads reports and makes one with the key in the header, out of the URL', async () => {
    const list = await fetch(`${base}/requests.json`, { headers: { 'x-api-key': key } });
    expect(list.status).toBe(200);
    const building = await bot.app.db.building.findFirstOrThrow();
    const created = await fetch(`${base}/requests.json`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify({ service_code: 'lift', address_id: building.code, description: 'Ascensore fermo' }),
    });
    expect(created.status).toBe(201);
  });

  it('refuses a wrong key in the header, and still takes the spec\'s parameter', async () => {
    expect((await fetch(`${base}/requests.json`, { headers: { 'x-api-key': 'casa_not-a-key' } })).status).toBe(403);
    expect((await fetch(`${base}/requests.json?api_key=${key}`)).status).toBe(200);
  });

  it('never writes a key to the logs', () => {
    expect(bot.logs.join('\n')).not.toContain(key);
  });
});
