import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '../config/logger';

export interface Health {
  ready: boolean;
  telegram: string;
}

/** The one HTTP server of the process: health, the sandbox, the Telegram webhook (and later the console). */
export function createHttpServer(log: Logger, health: () => Health): FastifyInstance {
  const server: FastifyInstance = Fastify({ loggerInstance: log.child({ component: 'http' }) as FastifyBaseLogger, disableRequestLogging: true, bodyLimit: 1024 * 1024 });
  server.get('/healthz', async (_request, reply) => {
    const state = health();
    return reply.code(state.ready ? 200 : 503).send({ status: state.ready ? 'ok' : 'starting', telegram: state.telegram });
  });
  server.get('/', async (_request, reply) => reply.redirect('/sandbox/'));
  return server;
}
