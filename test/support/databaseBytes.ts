import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import type { BotUnderTest } from './botUnderTest';
import type { Provider } from './testDatabase';

const run = promisify(execFile);
/** Words that would tie something to the discreet path (the code word the scans' tests set included). */
const PATH_WORDS = /wellbeing|callback|discreet|supportChat|girasole/i;

/** Every byte the database keeps now: the SQLite file with its log, or a dump of the PostgreSQL database. */
export async function databaseBytes(bot: BotUnderTest, provider: Provider): Promise<Buffer> {
  if (provider === 'postgresql') return (await run('/usr/lib/postgresql/15/bin/pg_dump', [bot.database.url], { maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' })).stdout;
  const file = bot.database.url.slice('file:'.length);
  return Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((candidate) => fs.existsSync(candidate)).map((candidate) => fs.readFileSync(candidate)));
}

/** The places where `needle` stands with a word of the path within 300 bytes. */
export function besidePathWords(bytes: Buffer, needle: string): string[] {
  const found: string[] = [];
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
    const around = bytes.subarray(Math.max(0, at - 300), at + 300).toString('latin1');
    if (PATH_WORDS.test(around)) found.push(around.replace(/[^\x20-\x7e]/g, '.'));
  }
  return found;
}
