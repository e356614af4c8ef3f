import { randomBytes, randomInt } from 'node:crypto';

/** Opaque ids shaped like Telegram's (bots must treat them as opaque strings). */
export function newFileId(kindPrefix: string): string {
  return `${kindPrefix}AAMCAgADGQEAA${randomBytes(48).toString('base64url')}`;
}

export function newFileUniqueId(): string {
  return `AQAD${randomBytes(12).toString('base64url')}`;
}

/** callback_query.id: a large integer in decimal, as Telegram sends it. */
export function newCallbackQueryId(): string {
  return `${randomInt(1, 2 ** 31)}${String(randomInt(0, 10 ** 9)).padStart(9, '0')}`;
}

export function newChatInstance(): string {
  return `-${randomInt(1, 2 ** 47)}${randomInt(10, 99)}`;
}
