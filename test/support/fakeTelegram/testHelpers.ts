import { TelegramError } from 'telegraf';

/** Helpers the fake's own tests share. */

export interface RawResponse {
  status: number;
  body: { ok: boolean; result?: unknown; error_code?: number; description?: string; parameters?: { retry_after?: number } };
}

/** A Bot API call as raw JSON over HTTP, without telegraf (to see exactly what the fake answers). */
export async function rawCall(apiRoot: string, token: string, method: string, params: Record<string, unknown> = {}): Promise<RawResponse> {
  const response = await fetch(`${apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

/** Runs `fn`, expects a TelegramError, returns it. */
export async function telegramError(fn: () => Promise<unknown>): Promise<TelegramError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof TelegramError) return error;
    throw error;
  }
  throw new Error('expected a TelegramError');
}

/** A PNG header (signature + IHDR) — enough for the fake to read the dimensions. */
export function png(width: number, height: number): Buffer {
  const buffer = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buffer, 0);
  buffer.writeUInt32BE(13, 8);
  buffer.write('IHDR', 12, 'latin1');
  buffer.writeUInt32BE(width, 16);
  buffer.writeUInt32BE(height, 20);
  return buffer;
}
