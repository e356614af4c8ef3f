// Prisma CLI configuration. Prisma 6.19's CLI runs offline only with the JavaScript schema engine and a
// driver adapter; the provider (SQLite or PostgreSQL) follows DATABASE_URL like the bot does.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg-migrate';
import { databaseTarget } from '../bot/db/databaseTarget';

const target = databaseTarget(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, target.provider, 'schema.prisma'),
  async adapter() {
    return target.provider === 'postgresql'
      ? new PrismaPg({ connectionString: target.url })
      : new PrismaBetterSQLite3({ url: target.url });
  },
});
