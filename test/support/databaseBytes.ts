import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import type { BotUnderTest } from './botUnderTest';
import type { Provider } from './testDatabase';

const run = promisify(execFile);

/** Every byte the database keeps now: the SQLite file with its log, or a dump of the PostgreSQL database. */
export async function databaseBytes(bot: BotUnderTest, provider: Provider): Promise<Buffer> {
  if (provider === 'postgresql') return (await run('/usr/lib/postgresql/15/bin/pg_dump', [bot.database.url], { maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' })).stdout;
  const file = bot.database.url.slice('file:'.length);
  return Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((candidate) => fs.existsSync(candidate)).map((candidate) => fs.readFileSync(candidate)));
}
