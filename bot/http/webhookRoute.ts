import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** An update is a few kilobytes (a 4096-character text with its entities and a keyboard); this leaves room. */
const UPDATE_BODY_LIMIT = 256 * 1024;

/**
 * Telegram's webhook. The secret set with setWebhook is checked before the body is read (401 otherwise); an update is
 * answered 200 only once stored in the inbox, and 503 while the database cannot store it, so Telegram sends it again.
 */
export function registerWebhookRoute(server: FastifyInstance, path: string, secret: string, store: (update: unknown) => Promise<boolean>): void {
  server.post(
    path,
    {
      bodyLimit: UPDATE_BODY_LIMIT,
      onRequest: async (request, reply) => {
        const given = request.headers[SECRET_HEADER];
        if (typeof given !== 'string' || !sameSecret(given, secret)) return reply.code(401).send({ ok: false });
      },
    },
    async (request, reply) => {
      try {
        await store(request.body);
      } catch {
        return reply.code(503).header('retry-after', '5').send({ ok: false });
      }
      return reply.code(200).send({ ok: true });
    },
  );
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
