import { sandboxBench } from './sandboxBench';
import { telegramBench } from './telegram/telegramBench';

// `npm run bench`: the figures of the README's Performance section. Not a test: nothing here asserts a time.
// BENCH_MODE=sandbox|telegram|all (default all); see README, Performance, for the other variables.
async function main(): Promise<boolean> {
  const mode = process.env.BENCH_MODE ?? 'all';
  if (!['sandbox', 'telegram', 'all'].includes(mode)) throw new Error(`BENCH_MODE must be sandbox, telegram or all, got ${mode}`);
  if (mode !== 'telegram') await sandboxBench();
  return mode === 'sandbox' ? true : telegramBench();
}

void main().then(
  (complete) => process.exit(complete ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
