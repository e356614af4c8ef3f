import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** Telegram's webhook: every request must carry the secret set with setWebhook, or gets 401 and is not read. */
export function registerWebhookRoute(server: FastifyInstance, path: string, secret: string, handleUpdate: (update: unknown) => Promise<void>): void {
  server.post(path, async (request, reply) => {
    const given = request.headers[SECRET_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, secret)) return reply.code(401).send({ ok: false });
    await handleUpdate(request.body);
    return reply.code(200).send({ ok: true });
  });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
