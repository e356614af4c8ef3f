import { badRequest, type ApiError } from '../apiError';

/** 400 "Bad Request: can't parse entities: <detail>" as the real API answers to bad markup. */
export function parseEntitiesError(detail: string): ApiError {
  return badRequest(`can't parse entities: ${detail}`);
}

/** UTF-8 byte offset of position `index` (UTF-16) in `text`; the real API reports byte offsets. */
export function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}
