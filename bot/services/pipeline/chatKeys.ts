import { createHmac } from 'node:crypto';
import { open, seal } from '../support/sealing';

/**
 * The pipeline's rows name a chat by a keyed hash and seal what they carry with the support key, so a copy of the
 * database tells nothing of who wrote what (or that anyone was in the discreet path) while the rows wait.
 */
export class PipelineSeal {
  private readonly hashKey: Buffer;
  private readonly stateHashKey: Buffer;

  constructor(private readonly key: Buffer) {
    this.hashKey = createHmac('sha256', key).update('casa-bot chat keys').digest();
    this.stateHashKey = createHmac('sha256', key).update('casa-bot state keys').digest();
  }

  chatKey(channel: string, chatId: string): string {
    return createHmac('sha256', this.hashKey).update(`${channel}:${chatId}`).digest('base64url').slice(0, 32);
  }

  /** A conversation state's row key (another hash than the pipeline's, so the two tables do not join on it). */
  stateKey(key: string): string {
    return createHmac('sha256', this.stateHashKey).update(key).digest('base64url');
  }

  seal(value: unknown): string {
    return seal(this.key, padded(JSON.stringify(value, keepBuffers)));
  }

  open<T>(sealed: string): T {
    const json = open(this.key, sealed);
    // A reviver makes JSON.parse several times slower: only rows that carry files need it.
    return (json.includes('"$base64"') ? JSON.parse(json, restoreBuffers) : JSON.parse(json)) as T;
  }
}

/** Sealed rows' plain texts are padded to a multiple of this many bytes. */
const PAD_BYTES = 512;

/**
 * The JSON with trailing spaces (JSON.parse ignores them) up to a multiple of PAD_BYTES: a sealed row's length then
 * tells little of what it holds (a conversation state in the discreet path is no longer than one in another flow).
 */
function padded(json: string): string {
  const short = Buffer.byteLength(json) % PAD_BYTES;
  return short === 0 ? json : json + ' '.repeat(PAD_BYTES - short);
}

/** Files sent as bytes (a calendar file, a poster) survive the trip through JSON. */
function keepBuffers(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return Buffer.isBuffer(original) ? { $base64: original.toString('base64') } : value;
}

function restoreBuffers(_key: string, value: unknown): unknown {
  const encoded = (value as { $base64?: unknown } | null)?.$base64;
  return typeof encoded === 'string' && Object.keys(value as object).length === 1 ? Buffer.from(encoded, 'base64') : value;
}
