import { unitOfWorkOf } from '../../../bot/db/prismaClient';
import { isUniqueViolation } from '../../../bot/db/prismaErrors';
import { createTestDatabase, type Provider, type TestDatabase } from '../../support/testDatabase';

describe.each<Provider>(['sqlite', 'postgresql'])('one transaction per unit of work (%s)', (provider) => {
  let database: TestDatabase;
  const words = async () => (await database.db.codeWord.findMany({ orderBy: { word: 'asc' } })).map((row) => row.word);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(() => database.db.codeWord.deleteMany({}));
  afterAll(() => database.drop());

  it('keeps every write of a unit, a service\'s own $transaction included, or none of them', async () => {
    const { db } = database;
    const unit = unitOfWorkOf(db);
    await unit.run(async () => {
      await db.codeWord.create({ data: { word: 'a' } });
      await db.$transaction([db.codeWord.create({ data: { word: 'b' } })]);
    });
    await expect(
      unit.run(async () => {
        await db.codeWord.create({ data: { word: 'c' } });
        await db.$transaction(async (tx) => tx.codeWord.create({ data: { word: 'd' } }));
        throw new Error('the turn failed');
      }),
    ).rejects.toThrow('the turn failed');
    expect(await words()).toEqual(['a', 'b']);
  });

  it('a unique violation a service catches inside its own $transaction does not spoil the unit (a savepoint)', async () => {
    const { db } = database;
    await db.codeWord.create({ data: { word: 'taken' } });
    await unitOfWorkOf(db).run(async () => {
      await db.codeWord.create({ data: { word: 'before' } });
      const outcome = await db.$transaction(async (tx) => tx.codeWord.create({ data: { word: 'taken' } })).catch((error: unknown) => (isUniqueViolation(error) ? 'taken' : Promise.reject(error)));
      expect(outcome).toBe('taken');
      await db.codeWord.create({ data: { word: 'after' } });
    });
    expect(await words()).toEqual(['after', 'before', 'taken']);
  });

  it('runs what waits for the commit after it, and never after a rollback', async () => {
    const { db } = database;
    const unit = unitOfWorkOf(db);
    const seen: string[] = [];
    await unit.run(async () => {
      await db.codeWord.create({ data: { word: 'x' } });
      unit.afterCommit(() => seen.push('committed'));
      expect(seen).toEqual([]);
    });
    await unit.run(async () => {
      unit.afterCommit(() => seen.push('rolled back'));
      throw new Error('no');
    }).catch(() => undefined);
    expect(seen).toEqual(['committed']);
  });

  it('a query from outside never joins a unit that is running', async () => {
    const { db } = database;
    const unit = unitOfWorkOf(db);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const turn = unit
      .run(async () => {
        await db.codeWord.create({ data: { word: 'inside' } });
        entered();
        await held;
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await inside;
    const outside = unit.detached(() => db.codeWord.create({ data: { word: 'outside' } }));
    release();
    await Promise.all([turn, outside]);
    expect(await words()).toEqual(['outside']);
  });
});
