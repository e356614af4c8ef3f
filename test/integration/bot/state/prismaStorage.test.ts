import { createTestDatabase, type Provider, type TestDatabase } from '../../../support/testDatabase';
import { NEW_ITEM_ETAG, PrismaStorage, StateConflictError } from '../../../../bot/state/prismaStorage';

describe.each<Provider>(['sqlite', 'postgresql'])('PrismaStorage on %s', (provider) => {
  let database: TestDatabase;
  let storage: PrismaStorage;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    storage = new PrismaStorage(database.db);
  });
  afterAll(() => database.drop());

  it('reads back what it wrote, with a fresh eTag', async () => {
    await storage.write({ a: { count: 1, eTag: '*' } });
    const items = await storage.read(['a', 'missing']);
    expect(items.a).toMatchObject({ count: 1 });
    expect(typeof items.a!.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
  });

  it('rejects a write made over a newer version (optimistic concurrency)', async () => {
    await storage.write({ b: { step: 'first', eTag: '*' } });
    const first = (await storage.read(['b'])).b!;
    const second = (await storage.read(['b'])).b!;
    await storage.write({ b: { ...first, step: 'from turn one' } });
    await expect(storage.write({ b: { ...second, step: 'from turn two' } })).rejects.toBeInstanceOf(StateConflictError);
    expect((await storage.read(['b'])).b).toMatchObject({ step: 'from turn one' });
  });

  it('lets only one of two turns create the same new item', async () => {
    await storage.write({ c: { by: 'one', eTag: NEW_ITEM_ETAG } });
    await expect(storage.write({ c: { by: 'two', eTag: NEW_ITEM_ETAG } })).rejects.toBeInstanceOf(StateConflictError);
    expect((await storage.read(['c'])).c).toMatchObject({ by: 'one' });
  });

  it('gives the items written in a span of time by the rows\' time alone, opened; those it cannot open are left out', async () => {
    const HOUR = 3600_000;
    await storage.write({ old: { n: 1, eTag: '*' }, recent: { n: 2, eTag: '*' }, now: { n: 3, eTag: '*' }, foreign: { n: 4, eTag: '*' } });
    const at = (key: string, msAgo: number) => database.db.stateItem.update({ where: { key }, data: { updatedAt: new Date(Date.now() - msAgo) } });
    await at('old', 72 * HOUR);
    await at('recent', 2 * HOUR);
    await at('foreign', 2 * HOUR);
    await database.db.stateItem.update({ where: { key: 'foreign' }, data: { data: 'sealed with another key' } });
    const found = await storage.writtenBetween(new Date(Date.now() - 48 * HOUR), new Date(Date.now() - HOUR));
    expect(found).toEqual([{ n: 2 }]);
  });

  it('deletes items', async () => {
    await storage.write({ d: { x: 1, eTag: '*' } });
    await storage.delete(['d']);
    expect((await storage.read(['d'])).d).toBeUndefined();
  });
});
