import fs from 'node:fs';
import path from 'node:path';
import { postgresSchemaFrom } from '../../prisma/postgresSchema';

const read = (provider: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'prisma', provider, 'schema.prisma'), 'utf8');

describe('the data model', () => {
  it('has its PostgreSQL schema made from the SQLite one (npm run db:schema)', () => {
    expect(read('postgresql')).toBe(postgresSchemaFrom(read('sqlite')));
  });

  it('has a migration folder for each provider with the same migrations', () => {
    const migrations = (provider: string) =>
      fs.readdirSync(path.join(__dirname, '..', '..', 'prisma', provider, 'migrations')).filter((name) => /^\d{14}_/.test(name));
    expect(migrations('postgresql')).toEqual(migrations('sqlite'));
    expect(migrations('sqlite').length).toBeGreaterThan(0);
  });
});
