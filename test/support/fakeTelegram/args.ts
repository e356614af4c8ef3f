import { badRequest } from './apiError';
import type { Params, UploadedFile } from './types';

/**
 * Reads request parameters the way the real Bot API does: every top-level field is
 * treated as a string (JSON numbers/booleans become their text, JSON objects/arrays
 * their JSON text), an empty string counts as absent, and JSON-serialized fields
 * (reply_markup, entities, ...) are parsed from that text.
 */
export class Args {
  constructor(readonly raw: Params) {}

  file(name: string): UploadedFile | undefined {
    const value = this.raw[name];
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && value.kind === 'upload' && Buffer.isBuffer(value.bytes)) {
      return value as UploadedFile;
    }
    return undefined;
  }

  /** Field as text, undefined when absent, null or empty. File parts are reported as absent. */
  str(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (this.file(name) !== undefined) return undefined;
    const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return text === '' ? undefined : text;
  }

  has(name: string): boolean {
    return this.str(name) !== undefined || this.file(name) !== undefined;
  }

  /** Integer field; a present but non-integer value is a 400 with the given (or a generic) description. */
  int(name: string, invalid?: string): number | undefined {
    const text = this.str(name);
    if (text === undefined) return undefined;
    const trimmed = text.trim();
    if (!/^[-+]?\d+$/.test(trimmed)) throw badRequest(invalid ?? `invalid ${name} specified`);
    const value = Number(trimmed);
    if (!Number.isSafeInteger(value)) throw badRequest(invalid ?? `invalid ${name} specified`);
    return value;
  }

  /** Float field (latitude, ...). */
  float(name: string): number | undefined {
    const text = this.str(name);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) throw badRequest(`invalid ${name} specified`);
    return value;
  }

  /** Boolean like the Bot API: "true"/"1" (any case) are true, anything else false. */
  bool(name: string): boolean {
    const text = this.str(name);
    if (text === undefined) return false;
    const lower = text.trim().toLowerCase();
    return lower === 'true' || lower === '1';
  }

  /** A JSON-serialized field. Absent → undefined; unparsable → 400 with `invalid`. */
  json(name: string, invalid: string): unknown {
    const text = this.str(name);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw badRequest(invalid);
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
