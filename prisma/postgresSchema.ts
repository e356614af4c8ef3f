// The PostgreSQL schema is made from the SQLite one, so the data model has one source: `npm run db:schema` (and
// `npm run db:generate`, which runs it first) writes prisma/postgresql/schema.prisma. The model uses only what both
// databases share (no native `@db.` types, no enums), so only the generator's output and the datasource differ.
import fs from 'node:fs';
import path from 'node:path';

const SQLITE_SCHEMA = path.join(__dirname, 'sqlite', 'schema.prisma');
const POSTGRES_SCHEMA = path.join(__dirname, 'postgresql', 'schema.prisma');

const HEADER = '// Generated from prisma/sqlite/schema.prisma by `npm run db:schema`: edit that file, not this one.\n\n';

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/sqlite/schema.prisma: no ${pattern} to map to PostgreSQL`);
  return text.replace(pattern, replacement);
}

export function postgresSchemaFrom(sqlite: string): string {
  let schema = sqlite.replace(/^(\/\/[^\n]*\n)+\n?/, '');
  schema = replaceOnce(schema, /output(\s*)= "\.\.\/\.\.\/bot\/db\/generated\/sqlite"/, 'output$1= "../../bot/db/generated/postgresql"');
  schema = replaceOnce(schema, /provider = "sqlite"\n(\s*)url(\s*)= "[^"]*"/, 'provider = "postgresql"\n$1url$2= "postgresql://localhost/unused"');
  return HEADER + schema;
}

/** Writes the PostgreSQL schema when it differs from what the SQLite one makes; true when it wrote. */
export function writePostgresSchema(): boolean {
  const wanted = postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, 'utf8'));
  if (fs.existsSync(POSTGRES_SCHEMA) && fs.readFileSync(POSTGRES_SCHEMA, 'utf8') === wanted) return false;
  fs.writeFileSync(POSTGRES_SCHEMA, wanted);
  return true;
}

if (require.main === module) console.log(writePostgresSchema() ? 'prisma/postgresql/schema.prisma written' : 'prisma/postgresql/schema.prisma is up to date');
