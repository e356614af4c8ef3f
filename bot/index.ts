import 'dotenv/config';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './config/logger';
import { startApp } from './app';

/** Entry point: configuration from the environment (and .env), then the app; wiring lives in app.ts. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, log).catch((error: Error) => {
    log.fatal({ error: error.name }, error.message);
    process.exit(1);
  });
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();
