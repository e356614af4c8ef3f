import pino from 'pino';
import { Outbox, TelegramCallError, type OutboxLimits } from '../../../../../bot/channels/telegram/outbox';
import type { TelegramCall } from '../../../../../bot/channels/telegram/activityToCalls';

/**
 * A virtual clock: sleepers wake in time order as soon as everything else is idle, so the limits are
 * checked on exact times without real waiting.
 */
function virtualTime() {
  let now = 0;
  const timers: { at: number; wake: () => void }[] = [];
  const idle = () => new Promise((resolve) => setImmediate(resolve));
  const advance = async () => {
    for (;;) {
      await idle();
      if (timers.length === 0) {
        await idle();
        if (timers.length === 0) return;
      }
      timers.sort((a, b) => a.at - b.at);
      const timer = timers.shift()!;
      now = Math.max(now, timer.at);
      timer.wake();
    }
  };
  let running: Promise<void> | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      timers.push({ at: now + ms, wake: resolve });
      running ??= advance().finally(() => (running = undefined));
    });
  return { now: () => now, sleep, elapsed: () => now };
}

const limits: OutboxLimits = { globalPerSecond: 30, perChatPerSecond: 1, perChatBurst: 3, networkRetries: 2 };
const message = (text: string): TelegramCall => ({ method: 'sendMessage', params: { text } });
const silent = pino({ level: 'silent' });

describe('Outbox', () => {
  it('keeps the order of one chat and spaces messages after the burst to one a second', async () => {
    const clock = virtualTime();
    const sent: { text: unknown; at: number }[] = [];
    const outbox = new Outbox(async (call) => sent.push({ text: call.params.text, at: clock.now() }), silent, limits, clock.now, clock.sleep);
    await Promise.all(['1', '2', '3', '4', '5'].map((text) => outbox.send('chat', message(text))));
    expect(sent.map((entry) => entry.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(sent.map((entry) => Math.round(entry.at / 100) * 100)).toEqual([0, 0, 100, 1000, 2000]);
  });

  it('holds all chats together to 30 messages a second', async () => {
    const clock = virtualTime();
    const times: number[] = [];
    const outbox = new Outbox(async () => times.push(clock.now()), silent, limits, clock.now, clock.sleep);
    await Promise.all(Array.from({ length: 45 }, (_, i) => outbox.send(`chat${i}`, message('x'))));
    expect(times.length).toBe(45);
    const busiestSecond = Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + 1000).length));
    expect(busiestSecond).toBeLessThanOrEqual(30);
  });

  it('waits retry_after on 429 and delivers the message, never dropping it', async () => {
    const clock = virtualTime();
    let attempts = 0;
    const outbox = new Outbox(
      async () => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error('Too Many Requests: retry after 7'), { code: 429, parameters: { retry_after: 7 } });
        return { message_id: 1 };
      },
      silent,
      limits,
      clock.now,
      clock.sleep,
    );
    await expect(outbox.send('chat', message('x'))).resolves.toEqual({ message_id: 1 });
    expect(attempts).toBe(2);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(7000);
  });

  it('retries network failures a few times, then reports a typed error', async () => {
    const clock = virtualTime();
    let attempts = 0;
    const outbox = new Outbox(
      async () => {
        attempts += 1;
        throw new Error('ECONNRESET');
      },
      silent,
      limits,
      clock.now,
      clock.sleep,
    );
    await expect(outbox.send('chat', message('x'))).rejects.toBeInstanceOf(TelegramCallError);
    expect(attempts).toBe(3);
  });

  it('does not retry what Telegram refused, and goes on with the next message', async () => {
    const clock = virtualTime();
    const outbox = new Outbox(
      async (call) => {
        if (call.params.text === 'bad') throw Object.assign(new Error('Forbidden: bot was blocked by the user'), { code: 403 });
        return true;
      },
      silent,
      limits,
      clock.now,
      clock.sleep,
    );
    await expect(outbox.send('chat', message('bad'))).rejects.toMatchObject({ code: 403 });
    await expect(outbox.send('chat', message('good'))).resolves.toBe(true);
  });
});
