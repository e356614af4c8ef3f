import type { UpdateQueue } from './updateQueue';
import type { Params, TgUpdate, WebhookDelivery } from './types';
import { parseParams } from './requestBody';

export interface WebhookConfig {
  url: string;
  secretToken?: string;
  maxConnections: number;
  ipAddress?: string;
  setAt: number;
}

export interface WebhookOptions {
  retryDelayMs: number;
  maxAttempts: number;
  timeoutMs: number;
  now: () => number;
}

/** A method call found in the body of a webhook response ("reply to a webhook" feature). */
export type WebhookReplyHandler = (method: string, params: Params) => Promise<void>;

/**
 * Delivers queued updates to the webhook URL: one at a time, in order, as JSON, with
 * X-Telegram-Bot-Api-Secret-Token when a secret is set; non-2xx answers are retried
 * a few times, then the update is given up on (and reported in getWebhookInfo).
 */
export class WebhookDispatcher {
  config: WebhookConfig | undefined;
  lastError: { date: number; message: string } | undefined;
  readonly deliveries: WebhookDelivery[] = [];
  private running = false;
  private stopped = false;
  private generation = 0;
  private readonly inFlight = new Set<AbortController>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly queue: UpdateQueue,
    private readonly options: WebhookOptions,
    private readonly onReply: WebhookReplyHandler,
  ) {
    queue.onChange(() => this.kick());
  }

  get active(): boolean {
    return this.config !== undefined;
  }

  set(config: WebhookConfig): void {
    this.config = config;
    this.lastError = undefined;
    this.generation++;
    this.kick();
    this.queue.notify();
  }

  clear(): void {
    this.config = undefined;
    this.lastError = undefined;
    this.generation++;
    for (const controller of this.inFlight) controller.abort();
  }

  stop(): void {
    this.stopped = true;
    this.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private kick(): void {
    if (this.running || this.stopped || this.config === undefined || this.queue.pendingCount === 0) return;
    this.running = true;
    void this.loop().finally(() => {
      this.running = false;
      if (this.queue.pendingCount > 0) this.kick();
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopped && this.config !== undefined) {
      const update = this.queue.peek();
      if (update === undefined) return;
      const generation = this.generation;
      const config = this.config;
      let delivered = false;
      for (let attempt = 1; attempt <= this.options.maxAttempts && !delivered; attempt++) {
        if (this.generation !== generation) return;
        if (attempt > 1) await this.sleep(this.options.retryDelayMs);
        if (this.generation !== generation || this.stopped) return;
        const outcome = await this.post(config.url, update, config.secretToken, attempt);
        if (this.generation !== generation) return;
        if (outcome.ok) {
          delivered = true;
          this.queue.shift();
          if (outcome.reply !== undefined) await this.onReply(outcome.reply.method, outcome.reply.params);
        } else {
          this.lastError = { date: Math.floor(this.options.now() / 1000), message: outcome.error };
        }
      }
      // Given up after maxAttempts: drop it so the next updates are not blocked forever.
      if (!delivered && this.generation === generation) this.queue.shift();
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private async post(
    url: string,
    update: TgUpdate,
    secret: string | undefined,
    attempt: number,
  ): Promise<{ ok: true; reply?: { method: string; params: Params } } | { ok: false; error: string }> {
    const result = await this.send(url, update, secret === undefined ? null : secret);
    this.deliveries.push({
      updateId: update.update_id,
      url,
      status: result.status,
      ...(result.error !== undefined && { error: result.error }),
      attempt,
      at: this.options.now(),
      secretSent: secret !== undefined,
    });
    if (result.status >= 200 && result.status < 300) {
      const reply = result.body === undefined ? undefined : await parseReply(result.body, result.contentType);
      return { ok: true, ...(reply !== undefined && { reply }) };
    }
    return { ok: false, error: result.error ?? `Wrong response from the webhook: ${result.status} ${result.statusText}` };
  }

  /** One raw POST. secret: string → header with that value, null → no header. */
  async send(
    url: string,
    update: unknown,
    secret: string | null,
  ): Promise<{ status: number; statusText: string; error?: string; body?: Buffer; contentType?: string }> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(update), signal: controller.signal });
      const body = Buffer.from(await response.arrayBuffer());
      const contentType = response.headers.get('content-type') ?? undefined;
      return { status: response.status, statusText: response.statusText, body, ...(contentType !== undefined && { contentType }) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 0, statusText: '', error: `Connection failed: ${message}` };
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    }
  }
}

/** A webhook answer may carry a method call: JSON/form/multipart with a "method" field. */
async function parseReply(body: Buffer, contentType: string | undefined): Promise<{ method: string; params: Params } | undefined> {
  if (body.length === 0 || contentType === undefined) return undefined;
  let params: Params;
  try {
    params = await parseParams(new URLSearchParams(), contentType, body);
  } catch {
    return undefined;
  }
  const { method, ...rest } = params;
  if (typeof method !== 'string' || method === '') return undefined;
  return { method, params: rest };
}
