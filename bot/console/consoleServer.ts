import path from 'node:path';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { serveStaticFiles } from '../http/staticFiles';
import type { ConsoleDeps } from './consoleDeps';
import { registerConsoleErrors } from './consoleErrors';
import { requireStaff } from './consoleAuth';
import { routePermissions } from './routePermissions';
import { RecordNeighbourhoods } from '../services/staff/recordNeighbourhoods';
import { registerAccountRoutes } from './routes/accountRoutes';
import { registerPartnerRoutes } from './routes/partnerRoutes';
import { registerApiKeyRoutes } from './routes/apiKeyRoutes';
import { registerBuildingRoutes } from './routes/buildingRoutes';
import { registerHealthRoutes } from './routes/healthRoutes';
import { registerSupportRoutes } from './routes/supportRoutes';
import { registerFailedTurnRoutes } from './routes/failedTurnRoutes';
import { registerPrivacyRoutes } from './routes/privacyRoutes';
import { registerContentRoutes } from './routes/contentRoutes';
import { registerDialogContentRoutes } from './routes/dialogContentRoutes';
import { registerQueueRoutes } from './routes/queueRoutes';
import { registerReportRoutes } from './routes/reportRoutes';
import { registerRequestRoutes } from './routes/requestRoutes';
import { registerSessionRoutes } from './routes/sessionRoutes';
import { registerTenantRoutes } from './routes/tenantRoutes';
import { PrismaSessionStore } from './sessionStore';
import { registerStaffSessions } from './staffSessions';

const PUBLIC_DIR = path.join(__dirname, 'public');

/** Helmet's headers with a CSP without inline scripts: the console's, and the sandbox's too. */
export const SECURITY_HEADERS = {
  contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'style-src': ["'self'"], 'connect-src': ["'self'"], 'upgrade-insecure-requests': null } },
};

/**
 * The staff console at /console: pages without a build step, a JSON API and live events. Sessions are
 * server-side (Prisma), every state-changing call needs the CSRF token, log-in is rate-limited, and
 * security headers (CSP without inline scripts) are set on every answer.
 */
export async function registerConsole(server: FastifyInstance, deps: ConsoleDeps): Promise<PrismaSessionStore> {
  const store = new PrismaSessionStore(deps.db, deps.sessionHours * 3600_000);
  await server.register(
    async (scope) => {
      await scope.register(fastifyHelmet, SECURITY_HEADERS);
      await scope.register(fastifyRateLimit, { global: false });
      await registerStaffSessions(scope, { secret: deps.sessionSecret, store, hours: deps.sessionHours });
      await scope.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
      registerConsoleErrors(scope);

      serveStaticFiles(scope, PUBLIC_DIR, '/');

      registerSessionRoutes(scope, deps);
      await scope.register(async (api) => {
        api.addHook('preHandler', requireStaff(deps.accounts));
        api.addHook('preHandler', routePermissions(new RecordNeighbourhoods(deps.db)));
        api.addHook('preHandler', async (request, reply) => {
          if (request.method !== 'GET' && request.method !== 'HEAD') await new Promise<void>((done, fail) => {
            scope.csrfProtection(request, reply, (error?: Error) => (error ? fail(error) : done()));
          });
        });
        registerQueueRoutes(api, deps);
        registerRequestRoutes(api, deps);
        registerContentRoutes(api, deps);
        registerDialogContentRoutes(api, deps);
        registerAccountRoutes(api, deps);
        registerPartnerRoutes(api, deps);
        registerApiKeyRoutes(api, deps);
        registerReportRoutes(api, deps);
        registerBuildingRoutes(api, deps);
        registerHealthRoutes(api, deps);
        registerSupportRoutes(api, deps);
        registerFailedTurnRoutes(api, deps);
        registerPrivacyRoutes(api, deps);
        registerTenantRoutes(api, deps);
      });
    },
    { prefix: '/console' },
  );
  return store;
}
