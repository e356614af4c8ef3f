import { createHash } from 'node:crypto';
import { ApiKeys } from '../../../bot/services/maintenance/apiKeys';
import { NotFoundError } from '../../../bot/services/errors';
import { createTestDatabase, type Provider, type TestDatabase } from '../../support/testDatabase';

describe.each<Provider>(['sqlite', 'postgresql'])('the Open311 API keys on %s', (provider) => {
  let database: TestDatabase;
  let keys: ApiKeys;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    keys = new ApiKeys(database.db);
  });
  afterAll(() => database.drop());

  it('makes a key "casa_" + 32 random bytes, keeping only its sha256', async () => {
    const created = await keys.create('Impresa Rossi');
    expect(created.name).toBe('Impresa Rossi');
    expect(created.key).toMatch(/^casa_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(created.key.slice('casa_'.length), 'base64url')).toHaveLength(32);
    const row = await database.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.key.slice('casa_'.length));
    expect((await keys.create('Impresa Rossi')).key).not.toBe(created.key);
  });

  it('lists keys newest first, without hashes', async () => {
    const older = await keys.create('Ascensori Bianchi');
    const newer = await keys.create('Termoidraulica Neri');
    const listed = await keys.list();
    const ids = listed.map((key) => key.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    for (const key of listed) expect(Object.keys(key).sort()).toEqual(['createdAt', 'id', 'name', 'revokedAt']);
  });

  it('verifies a valid key and nothing else', async () => {
    const created = await keys.create('Verifica');
    expect(await keys.verify(created.key)).toEqual({ id: created.id, name: 'Verifica' });
    expect(await keys.verify(undefined)).toBeUndefined();
    expect(await keys.verify('')).toBeUndefined();
    expect(await keys.verify(`${created.key.slice(0, -1)}${created.key.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(await keys.verify(createHash('sha256').update(created.key).digest('hex'))).toBeUndefined();
  });

  it('revokes a key for good, keeping the first revocation date', async () => {
    const created = await keys.create('Da revocare');
    await keys.revoke(created.id);
    expect(await keys.verify(created.key)).toBeUndefined();
    const first = (await keys.list()).find((key) => key.id === created.id)?.revokedAt;
    expect(first).toBeInstanceOf(Date);
    await keys.revoke(created.id);
    expect((await keys.list()).find((key) => key.id === created.id)?.revokedAt).toEqual(first);
  });

  it('says when there is no key to revoke', async () => {
    await expect(keys.revoke('no-such-key')).rejects.toBeInstanceOf(NotFoundError);
  });
});
