import Fastify, { type FastifyInstance } from 'fastify';
import { registerOpen311Routes } from '../../../bot/http/open311/open311Routes';
import { createI18n } from '../../../bot/i18n/i18n';
import { ApiKeys } from '../../../bot/services/maintenance/apiKeys';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

const LIMIT = 3;

describe('the Open311 rate limit', () => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let base: string;
  let keyA: string;
  let keyB: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const keys = new ApiKeys(database.db);
    keyA = (await keys.create('A')).key;
    keyB = (await keys.create('B')).key;
    server = Fastify();
    server.get('/elsewhere', async () => ({ ok: true }));
    server.post('/elsewhere', async () => ({ ok: true }));
    registerOpen311Routes(server, { db: database.db, i18n: await createI18n() }, { requestsPerMinute: LIMIT });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  const status = async (path: string, init?: RequestInit) => (await fetch(`${base}${path}`, init)).status;
  const form = (fields: Record<string, string>): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  it('counts each api_key on its own, and callers without a valid key by IP address', async () => {
    // Without a key: the IP address's allowance, then 429 in the GeoReport format.
    for (let i = 0; i < LIMIT; i += 1) expect(await status('/open311/v2/services.json')).toBe(200);
    const limited = await fetch(`${base}/open311/v2/services.json`);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual([{ code: 429, description: expect.stringMatching(/^too many requests: at most 3 a minute/) }]);
    expect(await status('/open311/v2/requests.json?api_key=casa_not-a-real-key')).toBe(429);

    // Key A has an allowance of its own, and using it up leaves key B alone.
    for (let i = 0; i < LIMIT; i += 1) expect(await status(`/open311/v2/requests.json?api_key=${keyA}`)).toBe(200);
    expect(await status(`/open311/v2/requests.json?api_key=${keyA}`)).toBe(429);
    expect(await status(`/open311/v2/requests.json?api_key=${keyB}`)).toBe(200);

    // A key in a POST form counts for its holder (the IP address's allowance is spent, these are not refused for it).
    expect(await status('/open311/v2/requests.json', form({ api_key: keyB, service_code: 'graffiti' }))).toBe(400);
    expect(await status('/open311/v2/requests.json', form({ api_key: keyB, service_code: 'graffiti' }))).toBe(400);
    expect(await status(`/open311/v2/requests.json?api_key=${keyB}`)).toBe(429);
  });

  it('leaves the routes outside /open311/v2 alone: no rate limit, no form parser', async () => {
    for (let i = 0; i < LIMIT + 2; i += 1) expect(await status('/elsewhere')).toBe(200);
    expect(await status('/elsewhere', form({ a: '1' }))).toBe(415);
  });
});
