import { postgresTemplate, sqliteTemplate } from './databaseTemplates';

/**
 * Once per jest run, before any test file: the migrated templates that every test database is copied from. Without a
 * PostgreSQL server the SQLite and unit tests still run; each PostgreSQL test then fails with the server's error.
 */
export default async function globalSetup(): Promise<void> {
  await sqliteTemplate();
  await postgresTemplate().catch((error: Error) => console.warn(`\nNo PostgreSQL template (${error.message}): the PostgreSQL tests will fail.`));
}
