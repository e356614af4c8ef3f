import { performance } from 'node:perf_hooks';
import type { i18n as I18n } from 'i18next';
import type { RunningApp } from '../../bot/app';
import type { SandboxOperation } from '../../bot/channels/sandbox/sandboxAdapter';

export interface TurnFigures {
  tenants: number;
  turns: number;
  seconds: number;
  latenciesMs: number[];
}

/**
 * Tenants going through the sandbox channel (the same turn as Telegram's, without Telegram's rate limits): open
 * the bot, the maintenance flow, its first two questions, and back to the menu. Five turns each, `concurrency`
 * tenants at a time.
 */
export async function runTenants(app: RunningApp, i18n: I18n, tenants: number, concurrency: number): Promise<TurnFigures> {
  const t = i18n.getFixedT('it');
  const latenciesMs: number[] = [];
  const base = `http://127.0.0.1:${app.port}/sandbox/api/messages`;
  // Each tenant comes from an address of its own (through the trusted local proxy), as real tenants do: the
  // sandbox's per-address limits are not what is measured.
  const addressOf = (conversationId: string) => `10.${(Number(conversationId.split(':')[0]) >> 8) & 255}.${Number(conversationId.split(':')[0]) & 255}.1`;
  const turn = async (conversationId: string, message: { text?: string; button?: string }): Promise<SandboxOperation[]> => {
    const started = performance.now();
    const [, issued] = conversationId.split(':');
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': addressOf(conversationId) },
      body: JSON.stringify({ conversationId: issued, locale: 'it', ...message }),
    });
    const { operations } = (await response.json()) as { operations: SandboxOperation[] };
    latenciesMs.push(performance.now() - started);
    if (!response.ok) throw new Error(`turn failed: ${response.status}`);
    return operations;
  };
  const pressed = (operations: SandboxOperation[], label: string) => {
    for (const operation of operations) {
      if (operation.op !== 'message') continue;
      const button = operation.buttons.flat().find((candidate) => candidate.label === label);
      if (button?.data) return { button: button.data };
    }
    throw new Error(`no button "${label}"`);
  };
  const tenant = async (index: number) => {
    const issue = await fetch(`http://127.0.0.1:${app.port}/sandbox/api/conversations`, { method: 'POST', headers: { 'x-forwarded-for': addressOf(`${index}:`) } });
    const id = `${index}:${((await issue.json()) as { conversationId: string }).conversationId}`;
    const menu = await turn(id, { text: '/start' });
    const start = await turn(id, pressed(menu, t('menu:entry.maintenance')));
    const safety = await turn(id, pressed(start, t('maintenance:button.newReport')));
    await turn(id, pressed(safety, t('maintenance:safety.none')));
    await turn(id, { text: '/menu' });
  };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tenants) await tenant(next++);
    }),
  );
  return { tenants, turns: latenciesMs.length, seconds: (performance.now() - started) / 1000, latenciesMs };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
