/** What the benchmark passes to a baseline bot process. */
export function baselineEnv(): { token: string; apiRoot: string; sessionFile: string } {
  const token = process.env.BENCH_BOT_TOKEN;
  const apiRoot = process.env.BENCH_API_ROOT;
  if (!token || !apiRoot) throw new Error('BENCH_BOT_TOKEN and BENCH_API_ROOT are required');
  return { token, apiRoot, sessionFile: process.env.BENCH_SESSION_FILE ?? '' };
}

/** Stops polling on SIGTERM/SIGINT, like casa-bot does. */
export function stopOnSignal(stop: (signal: string) => void): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop(signal));
}
