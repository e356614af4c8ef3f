import { createHmac, timingSafeEqual } from 'node:crypto';

const HOURS = 2;

/**
 * A signed, short-lived permission to preview the draft in the sandbox, given by the console to a
 * coordinator. Stateless, so it works on whichever process the sandbox page reaches.
 */
export function issuePreviewToken(secret: string, now = new Date()): string {
  const expires = String(now.getTime() + HOURS * 3_600_000);
  return `${expires}.${sign(secret, expires)}`;
}

export function isValidPreviewToken(secret: string, token: string, now = new Date()): boolean {
  const [expires, signature] = token.split('.');
  if (!expires || !signature || !/^\d{1,15}$/.test(expires) || Number(expires) < now.getTime()) return false;
  const expected = Buffer.from(sign(secret, expires));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sign(secret: string, expires: string): string {
  return createHmac('sha256', secret).update(`casa-preview:${expires}`).digest('base64url');
}
