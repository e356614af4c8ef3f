import path from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite an absolute file path (`file:` removed); for PostgreSQL the connection string. */
  url: string;
}

export const DEFAULT_DATABASE_URL = 'file:./data/casa.db';

/** Tells which database a DATABASE_URL names. Relative SQLite paths are taken from the working directory. */
export function databaseTarget(databaseUrl: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const url = databaseUrl && databaseUrl.length > 0 ? databaseUrl : DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  if (url.startsWith('file:')) return { provider: 'sqlite', url: path.resolve(cwd, url.slice('file:'.length)) };
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(':')[0]}:…")`);
}
