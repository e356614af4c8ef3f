// npm run db:migrate: applies the pending migrations to DATABASE_URL (from the environment or .env), as a step of
// its own before the production start (the bot still applies pending ones at start, for the quickstart).
import 'dotenv/config';
import { loadConfig } from '../config/config';
import { migrateDeploy } from './prismaCli';

migrateDeploy(loadConfig(process.env).DATABASE_URL).then(
  (output) => console.log(output.trim()),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
