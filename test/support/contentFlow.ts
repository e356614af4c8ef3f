import { Writable } from 'node:stream';
import pino from 'pino';
import { startApp, type RunningApp } from '../../bot/app';
import { loadConfig } from '../../bot/config/config';
import { staffSession, type ConsoleClient } from './consoleClient';

export interface TextChange {
  language: string;
  key: string;
  text: string | null;
}

export interface DraftView {
  revision: number;
  live: number | null;
  trees: { id: string; start: string; nodes: Record<string, Record<string, unknown>> }[];
  languages: { code: string; offered: boolean; missing: number }[];
}

let accounts = 0;

export function coordinator(base: string): Promise<ConsoleClient> {
  accounts += 1;
  return staffSession(base, { email: `coordinator${accounts}@casa.test`, name: `Coordinatrice ${accounts}`, role: 'coordinator', neighbourhoodIds: [] });
}

export async function draftOf(client: ConsoleClient): Promise<DraftView> {
  return client.expect<DraftView>(200, 'GET', '/content/draft');
}

/** Saves texts in the draft and publishes it; returns the new version number. */
export async function publishTexts(client: ConsoleClient, changes: TextChange[], note: string): Promise<number> {
  const { revision } = await draftOf(client);
  const saved = await client.expect<{ revision: number }>(200, 'PUT', '/content/draft/texts', { revision, changes });
  return (await client.expect<{ version: number }>(201, 'POST', '/content/publish', { revision: saved.revision, note })).version;
}

/** Polls until the app runs this content version (its watcher looks every CONTENT_POLL_SECONDS). */
export async function untilLive(app: RunningApp, version: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (app.contentVersion() !== version) {
    if (Date.now() > deadline) throw new Error(`version ${version} not live after ${timeoutMs} ms (running ${app.contentVersion()})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Another bot process on the same database, without Telegram (a second server behind the load balancer). */
export async function startOtherProcess(env: Record<string, string>): Promise<RunningApp> {
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const { TELEGRAM_BOT_TOKEN: _token, TELEGRAM_API_ROOT: _root, ...rest } = env;
  return startApp(loadConfig({ ...rest, PORT: '0' }), pino({ level: 'warn' }, quiet));
}
