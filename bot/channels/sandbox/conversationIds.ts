import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** A sandbox conversation id as the page holds it: 128 random bits and their HMAC-SHA256, both base64url. */
export const signedConversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/, 'a conversation id the server issued');

const sign = (secret: string, id: string) => createHmac('sha256', `sandbox-conversation:${secret}`).update(id).digest('base64url');

/** A new conversation id: chosen by the server, never by the client. */
export function issueConversationId(secret: string): string {
  const id = randomBytes(16).toString('base64url');
  return `${id}.${sign(secret, id)}`;
}

/** The conversation behind a signed id (the random part), or undefined when the signature does not hold. */
export function verifyConversationId(secret: string, signed: string): string | undefined {
  if (!signedConversationIdSchema.safeParse(signed).success) return undefined;
  const [id = '', signature = ''] = signed.split('.');
  const expected = Buffer.from(sign(secret, id));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
