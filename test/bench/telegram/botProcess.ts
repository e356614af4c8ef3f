import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FakeBotApi } from '../../support/fakeTelegram';
import { ProcessSampler } from './processSampler';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** A bot under measurement: a child Node process (its own pid, its own RSS) started with environment variables. */
/** The Node flags `npm start` gives the bot (its heap limit), so that it is measured as it runs. */
export function startScriptNodeFlags(): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return (scripts.start ?? '').split(' ').filter((word) => /^--max-[a-z-]+=\d+$/.test(word));
}

export class BotProcess {
  private readonly tail: string[] = [];
  private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly rss: ProcessSampler;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') this.tail.push(line);
      this.tail.splice(0, Math.max(0, this.tail.length - 40));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      this.exited = { code, signal };
    });
    if (child.pid === undefined) throw new Error(`${name}: the process did not start`);
    this.rss = new ProcessSampler(child.pid);
  }

  /**
   * Runs `node --import tsx <entry>` (entry relative to the repository) with `env` added to this process's environment,
   * and resolves once it long-polls the fake Bot API; rejects (with the process's last output) if it exits first or
   * is not polling within `readyTimeoutMs`.
   */
  static async start(name: string, entry: string, env: Record<string, string>, fake: FakeBotApi, nodeFlags: string[] = [], readyTimeoutMs = 120_000): Promise<BotProcess> {
    // BENCH_NODE_ARGS: extra Node flags for the bots measured, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile.
    const nodeArgs = [...nodeFlags, ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '')];
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(REPO_ROOT, entry)], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bot = new BotProcess(name, child);
    const exited = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) => reject(new Error(`${name} exited (${code ?? signal}) before polling:\n${bot.output()}`)));
    });
    exited.catch(() => undefined); // also once it is stopped later
    try {
      await Promise.race([fake.waitUntilReceiving(readyTimeoutMs), exited]);
    } catch (error) {
      await bot.stop();
      throw error instanceof Error && error.message.startsWith(name) ? error : new Error(`${name} is not polling after ${readyTimeoutMs} ms:\n${bot.output()}`);
    }
    return bot;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get running(): boolean {
    return this.exited === undefined;
  }

  /** The process's last lines of output. */
  output(): string {
    return this.tail.join('\n');
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    this.rss.stop();
    if (this.exited !== undefined) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }
}
