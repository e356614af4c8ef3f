import type { FastifyInstance } from 'fastify';

export interface Readiness {
  /** Whether the database answers now. */
  database(): Promise<boolean>;
  /** When the oldest update still waiting in the inbox arrived. */
  oldestWaiting(): Promise<Date | undefined>;
  /** How old that may be before the bot is not ready (it is not keeping up). */
  backlogLimitMs: number;
}

/** GET /readyz: 200 when the bot can take work now, 503 with the reason otherwise (/healthz only says it runs). */
export function registerReadiness(server: FastifyInstance, readiness: Readiness): void {
  server.get('/readyz', async (_request, reply) => {
    if (!(await readiness.database())) return reply.code(503).send({ status: 'not ready', reason: 'database unreachable' });
    const oldest = await readiness.oldestWaiting().catch(() => undefined);
    const backlogSeconds = oldest ? Math.round((Date.now() - oldest.getTime()) / 1000) : 0;
    if (backlogSeconds * 1000 > readiness.backlogLimitMs) return reply.code(503).send({ status: 'not ready', reason: 'inbox backlog', backlogSeconds });
    return reply.code(200).send({ status: 'ready', backlogSeconds });
  });
}
