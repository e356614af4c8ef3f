// npm run support:move-key -- <new path>   (or SUPPORT_KEY_FILE): moves data/support.key out of the data folder
import 'dotenv/config';
import path from 'node:path';
import { loadConfig } from '../../config/config';
import { databaseTarget } from '../../db/databaseTarget';
import { restrictNewFiles } from '../../db/privateFiles';
import { moveKeyFile } from './keyFileMove';

function main(): void {
  restrictNewFiles();
  const config = loadConfig(process.env);
  const target = process.argv[2] ?? config.SUPPORT_KEY_FILE;
  if (!target) throw new Error('usage: npm run support:move-key -- <new path of the key file> (or set SUPPORT_KEY_FILE)');
  const database = databaseTarget(config.DATABASE_URL);
  const dataDir = database.provider === 'sqlite' ? path.dirname(database.url) : path.resolve('data');
  const from = path.join(dataDir, 'support.key');
  moveKeyFile(from, target);
  console.log(`the support key is now in ${path.resolve(target)}; set SUPPORT_KEY_FILE=${path.resolve(target)} before starting the bot, and back it up apart from the database`);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
