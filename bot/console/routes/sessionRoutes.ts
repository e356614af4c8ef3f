import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLE_PERMISSIONS } from '../../services/staff/permissions';
import { parseOrThrow } from '../../services/validation';
import type { ConsoleDeps } from '../consoleDeps';

const loginSchema = z.object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });
const inviteSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/), password: z.string().max(200) });

/** Log-in, log-out, who is logged in (with the CSRF token the page sends back), the roles table, invite links. */
export function registerSessionRoutes(scope: FastifyInstance, { accounts, invites }: ConsoleDeps): void {
  scope.get('/api/session', async (request, reply) => {
    const staff = request.session.staffId ? await accounts.profile(request.session.staffId) : null;
    return { staff, csrfToken: reply.generateCsrf() };
  });

  // The same table the server checks, for the pages to show only what a role may use.
  scope.get('/api/roles', async () => ROLE_PERMISSIONS);

  scope.post(
    '/api/login',
    { preHandler: scope.csrfProtection, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { email, password } = parseOrThrow(loginSchema, request.body);
      const result = await accounts.authenticate(email, password, request.ip);
      // Unknown, inactive, locked or a wrong password: one answer, so it tells nothing about the account.
      if (result.kind === 'invalid') return reply.code(401).send({ error: 'invalid_credentials', message: 'wrong email or password, or too many tries: wait 15 minutes' });
      await request.session.regenerate();
      request.session.staffId = result.staff.id;
      return { staff: await accounts.profile(result.staff.id) };
    },
  );

  scope.post('/api/logout', { preHandler: scope.csrfProtection }, async (request, reply) => {
    await request.session.destroy();
    return reply.code(204).send();
  });

  // A partner operator sets their own password with the one-time link (no session: they have none yet).
  scope.post(
    '/api/invites/accept',
    { preHandler: scope.csrfProtection, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { token, password } = parseOrThrow(inviteSchema, request.body);
      await invites.use(token, password);
      return reply.code(204).send();
    },
  );
}
