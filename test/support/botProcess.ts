import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The bot as a process of its own (node + tsx), so a test can kill it for real with SIGKILL. */
export class BotProcess {
  private constructor(
    private readonly child: ChildProcess,
    /** Every line the process wrote, as it came. */
    readonly lines: string[],
  ) {}

  /** Starts `bot/index.ts` with this environment (and nothing of the test's own) and waits until it is ready. */
  static async start(env: Record<string, string>, timeoutMs = 60_000): Promise<BotProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bot', 'index.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bot = new BotProcess(child, []);
    let buffered = '';
    const take = (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      bot.lines.push(...parts);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    await bot.waitForLine(/casa-bot ready/, timeoutMs);
    return bot;
  }

  /** Resolves when a line matching `pattern` has been written (or rejects after the timeout, or if the process ends). */
  async waitForLine(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find((candidate) => pattern.test(candidate));
      if (line) return line;
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`the bot process ended (${this.child.exitCode ?? this.child.signalCode}):\n${this.lines.slice(-20).join('\n')}`);
      if (Date.now() > deadline) throw new Error(`no line like ${pattern} within ${timeoutMs} ms:\n${this.lines.slice(-20).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The HTTP port the process listens on (from its "ready" line). */
  get port(): number {
    const ready = this.lines.find((line) => /casa-bot ready/.test(line));
    return (JSON.parse(ready ?? '{}') as { port?: number }).port ?? 0;
  }

  /** kill -9: no shutdown, no flush, as a crash or an OOM kill. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const ended = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await ended;
  }

  /** A clean stop (SIGTERM), as a deploy would do. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const ended = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await this.kill();
  }
}
