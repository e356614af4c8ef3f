import { postgresTemplate, sqliteTemplate } from './databaseTemplates';

/** Once per jest run, before any test file: the migrated templates that every test database is copied from. */
export default async function globalSetup(): Promise<void> {
  await sqliteTemplate();
  await postgresTemplate();
}
