import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '../config/logger';
import { httpLogSerializers } from './redactUrl';

/** One route of the server, as the authorization matrix test walks them. */
export interface RouteEntry {
  method: string;
  url: string;
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route the server serves (HEAD aside), in registration order. */
export function routeTableOf(server: FastifyInstance): RouteEntry[] {
  return routeTables.get(server) ?? [];
}

export interface Health {
  ready: boolean;
  telegram: string;
}

/** The one HTTP server of the process: health, the sandbox, the Telegram webhook (and later the console). */
/** trustProxy: TRUST_PROXY (a hop count or the proxies' addresses), so the client's address and protocol are right behind a proxy. */
export function createHttpServer(log: Logger, health: () => Health, trustProxy: number | string | false = false): FastifyInstance {
  // Request lines are info-level: kept out of the logs, warnings and errors stay.
  // Keys and tokens never reach a log line: request URLs are redacted and headers are not logged.
  const httpLog = log.child({ component: 'http' }, { level: 'warn', serializers: httpLogSerializers }) as FastifyBaseLogger;
  const server: FastifyInstance = Fastify({
    loggerInstance: httpLog,
    bodyLimit: 1024 * 1024,
    // A hop count trusts that many proxies in front; a list trusts those addresses only.
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
  });
  const routes: RouteEntry[] = [];
  routeTables.set(server, routes);
  server.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  server.get('/healthz', async (_request, reply) => {
    const state = health();
    return reply.code(state.ready ? 200 : 503).send({ status: state.ready ? 'ok' : 'starting', telegram: state.telegram });
  });
  server.get('/', async (_request, reply) => reply.redirect('/sandbox/'));
  return server;
}
