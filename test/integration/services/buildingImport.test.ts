import fs from 'node:fs';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { BuildingImportError, importBuildings } from '../../../bot/services/maintenance/buildingImport';
import { SAMPLE_BUILDINGS_CSV } from '../../../bot/services/maintenance/sampleBuildings';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

describe.each(['sqlite', 'postgresql'] as const)('importing buildings from a CSV (%s)', (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
  });
  afterAll(() => database.drop());

  it('imports the sample file, every row marked as sample', async () => {
    const result = await importBuildings(database.db, fs.readFileSync(SAMPLE_BUILDINGS_CSV, 'utf8'));
    expect(result).toEqual({ created: 24, updated: 0 });
    expect(await database.db.building.count({ where: { sample: false } })).toBe(0);
    expect(await database.db.building.findUniqueOrThrow({ where: { code: 'GR-0001' } })).toMatchObject({ staircases: 'A,B,C', floors: 18, neighbourhoodId: 'gratosoglio' });
  });

  it('updates known codes and adds new ones; optional columns may be left out', async () => {
    const csv = 'code;neighbourhood;address\nGR-0001;gratosoglio;Via dei Missaglia 51\nGR-0100;gratosoglio;Via Baroni 12\n'.replaceAll(';', ',');
    expect(await importBuildings(database.db, csv)).toEqual({ created: 1, updated: 1 });
    expect(await database.db.building.findUniqueOrThrow({ where: { code: 'GR-0001' } })).toMatchObject({ staircases: '', sample: false, floors: null });
  });

  it('imports nothing when one line is wrong, and says which lines and fields', async () => {
    const before = await database.db.building.count();
    const csv = [
      'code,neighbourhood,address,staircases,floors',
      'NEW-1,san-siro,Via Zamagna 1,A|B,4',
      'BAD CODE,san-siro,Via Zamagna 2,,4',
      'NEW-3,atlantide,Via Zamagna 3,,4',
      'NEW-4,san-siro,Via Zamagna 4,,tanti',
      'NEW-1,san-siro,Via Zamagna 5,,4',
    ].join('\n');
    const error = await importBuildings(database.db, csv).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BuildingImportError);
    const problems = (error as BuildingImportError).problems;
    expect(problems).toEqual([
      expect.stringMatching(/^row 2: code: /),
      'row 3: unknown neighbourhood "atlantide"',
      expect.stringMatching(/^row 4: floors: /),
      'row 5: the code NEW-1 appears twice',
    ]);
    expect(await database.db.building.count()).toBe(before);
  });

  it.each([
    ['an empty file', ''],
    ['only a header', 'code,neighbourhood,address\n'],
    ['not a CSV at all', '"unclosed,quote\n'],
  ])('refuses %s with a clear problem', async (_what, csv) => {
    await expect(importBuildings(database.db, csv)).rejects.toBeInstanceOf(BuildingImportError);
  });
});
