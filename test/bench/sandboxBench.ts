import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { startApp } from '../../bot/app';
import { loadConfig } from '../../bot/config/config';
import { bundleFromFiles } from '../../bot/content/contentBundle';
import { checkBundle } from '../../bot/content/contentCheck';
import { editText } from '../../bot/content/draftEdits';
import { RunningContent } from '../../bot/content/runningContent';
import { createI18n } from '../../bot/i18n/i18n';
import { createTestDatabase, type Provider } from '../support/testDatabase';
import { percentile, runTenants } from './turnsBench';

// `BENCH_MODE=sandbox`: the sandbox channel's turns, in this process. Not a test: nothing here asserts a time.
const TENANTS = Number(process.env.BENCH_TENANTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function turns(provider: Provider): Promise<void> {
  const database = await createTestDatabase(provider);
  const app = await startApp(loadConfig({ DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'silent', SANDBOX: 'public', TRUST_PROXY: '127.0.0.1' }), pino({ level: 'silent' }));
  try {
    const i18n = await createI18n();
    await runTenants(app, i18n, 20, 5); // warm-up: JIT, caches, first migrations' pages
    global.gc?.();
    const before = process.memoryUsage();
    const figures = await runTenants(app, i18n, TENANTS, CONCURRENCY);
    global.gc?.();
    const after = process.memoryUsage();
    console.log(
      `| ${provider} | ${figures.tenants} tenants × 5 turns, ${CONCURRENCY} at once | ${(figures.turns / figures.seconds).toFixed(0)} turns/s | ` +
        `${percentile(figures.latenciesMs, 50).toFixed(0)} / ${percentile(figures.latenciesMs, 95).toFixed(0)} / ${percentile(figures.latenciesMs, 99).toFixed(0)} ms | ` +
        `${mb(after.rss)} RSS, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} |`,
    );
  } finally {
    await app.stop();
    await database.drop();
  }
}

async function content(): Promise<void> {
  const bundle = bundleFromFiles();
  const timed = async <T>(run: () => T | Promise<T>, times: number) => {
    const started = performance.now();
    for (let index = 0; index < times; index += 1) await run();
    return (performance.now() - started) / times;
  };
  checkBundle(bundle); // the first check scans the code once
  const check = await timed(() => checkBundle(bundle), 10);
  const live = await RunningContent.create(bundle, null);
  const changed = editText(bundle, 'it', 'menu:help', 'Aiuto (bench)');
  let version = 0;
  const apply = await timed(() => live.apply(changed, (version += 1)), 50);
  const size = Buffer.byteLength(JSON.stringify(bundle));
  console.log(`| content | bundle ${(size / 1024).toFixed(0)} KB | check ${check.toFixed(0)} ms | apply a version ${apply.toFixed(1)} ms |`);
}

/** The sandbox mode: turns through the sandbox channel (in-process app) on SQLite and PostgreSQL, and the content figures. */
export async function sandboxBench(): Promise<void> {
  console.log(`node ${process.version}, ${TENANTS} tenants, ${CONCURRENCY} at once`);
  console.log('| database | load | throughput | latency p50 / p95 / p99 | memory |');
  console.log('| --- | --- | --- | --- | --- |');
  await turns('sqlite');
  await turns('postgresql');
  await content();
}
