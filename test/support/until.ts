/** Waits until check() holds (the bot works on its own: deletions, event turns). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 8000, what = 'the expected change'): Promise<void> {
  for (const started = Date.now(); !(await check()); ) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
