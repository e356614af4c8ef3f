import fs from 'node:fs';
import path from 'node:path';

const read = (provider: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'prisma', provider, 'schema.prisma'), 'utf8');
const model = (schema: string) =>
  schema
    .replace(/datasource db \{[^}]*\}/, '')
    .replace(/output\s*=\s*"[^"]*"/, '')
    .trim();

describe('the data model', () => {
  it('is the same for SQLite and PostgreSQL but for the datasource and the client output', () => {
    expect(model(read('postgresql'))).toBe(model(read('sqlite')));
  });

  it('has a migration folder for each provider with the same migrations', () => {
    const migrations = (provider: string) =>
      fs.readdirSync(path.join(__dirname, '..', '..', 'prisma', provider, 'migrations')).filter((name) => /^\d{14}_/.test(name));
    expect(migrations('postgresql')).toEqual(migrations('sqlite'));
    expect(migrations('sqlite').length).toBeGreaterThan(0);
  });
});
