// Generates the Prisma clients for SQLite and PostgreSQL (the PostgreSQL schema made first from the SQLite one),
// skipping the work when the schemas are unchanged.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runPrismaCli } from '../bot/db/prismaCli';
import { writePostgresSchema } from './postgresSchema';

const PROVIDERS = { sqlite: 'file:./data/generate.db', postgresql: 'postgresql://localhost/generate' } as const;
const OUT = path.join(__dirname, '..', 'bot', 'db', 'generated');

async function main(): Promise<void> {
  if (writePostgresSchema()) console.log('prisma/postgresql/schema.prisma written from the SQLite one');
  for (const [provider, url] of Object.entries(PROVIDERS)) {
    const schema = fs.readFileSync(path.join(__dirname, provider, 'schema.prisma'));
    const hash = createHash('sha256').update(schema).update(fs.readFileSync(require.resolve('prisma/package.json'))).digest('hex');
    const stamp = path.join(OUT, provider, '.schema-hash');
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) continue;
    await runPrismaCli(['generate'], url);
    fs.writeFileSync(stamp, hash);
    console.log(`prisma client for ${provider} generated`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
