import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { privateSqliteFiles, restrictNewFiles } from './privateFiles';
import { promisify } from 'node:util';
import { databaseTarget } from './databaseTarget';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');

/**
 * Runs the Prisma CLI offline: with the JavaScript schema engine the native engines are never used, and
 * pointing these variables at an existing file stops the CLI from trying to download them.
 */
export async function runPrismaCli(args: string[], databaseUrl: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [require.resolve('prisma/build/index.js'), ...args, '--config', path.join(root, 'prisma', 'prisma.config.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_QUERY_ENGINE_LIBRARY: require.resolve('prisma/package.json'),
        PRISMA_SCHEMA_ENGINE_BINARY: require.resolve('prisma/package.json'),
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return stdout;
}

/** Applies the pending migrations; a relative SQLite path is taken from this process's working directory. */
export function migrateDeploy(databaseUrl: string): Promise<string> {
  const target = databaseTarget(databaseUrl);
  restrictNewFiles();
  if (target.provider === 'sqlite') privateSqliteFiles(target.url);
  return runPrismaCli(['migrate', 'deploy'], target.provider === 'sqlite' ? `file:${target.url}` : target.url);
}
