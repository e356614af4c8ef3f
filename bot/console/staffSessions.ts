import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PrismaSessionStore } from './sessionStore';

export const SESSION_COOKIE = 'casa_console';
/** On https the cookie is `__Host-` prefixed: Secure, Path=/, no Domain, so no other host or plain http page can set it. */
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export interface StaffSessionOptions {
  secret: string;
  store: PrismaSessionStore;
  hours: number;
}

const isHttps = (request: FastifyRequest) => request.protocol === 'https';

/** On https, only the `__Host-` cookie counts (a plain one could have been planted over http); it is read under the plain name. */
function readHostCookie(request: FastifyRequest): void {
  const header = request.headers.cookie;
  if (!header || !isHttps(request)) return;
  request.headers.cookie = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => !part.startsWith(`${SESSION_COOKIE}=`))
    .map((part) => (part.startsWith(`${HOST_SESSION_COOKIE}=`) ? part.slice('__Host-'.length) : part))
    .join('; ');
}

function writeHostCookie(request: FastifyRequest, reply: FastifyReply): void {
  if (!isHttps(request)) return;
  const header = reply.getHeader('set-cookie');
  if (header === undefined) return;
  const lines = (Array.isArray(header) ? header : [String(header)]).map((line) =>
    line.startsWith(`${SESSION_COOKIE}=`) ? `__Host-${line.replace(/;\s*SameSite=\w+/i, '')}; SameSite=Strict` : line,
  );
  void reply.header('set-cookie', lines);
}

/**
 * The console's server-side sessions (also read by the sandbox in staff mode): HttpOnly, SameSite=Strict, and on
 * https (as the client sees it, through TRUST_PROXY) Secure with the `__Host-` prefix. Plain http on a local
 * network keeps working without them.
 */
export async function registerStaffSessions(scope: FastifyInstance, options: StaffSessionOptions): Promise<void> {
  scope.addHook('onRequest', async (request) => readHostCookie(request));
  await scope.register(fastifyCookie);
  await scope.register(fastifySession, {
    secret: options.secret,
    cookieName: SESSION_COOKIE,
    store: options.store,
    saveUninitialized: false,
    rolling: true,
    cookie: { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: options.hours * 3600_000 },
  });
  scope.addHook('onSend', async (request, reply, payload) => {
    writeHostCookie(request, reply);
    return payload;
  });
}
