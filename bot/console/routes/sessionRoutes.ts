import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseOrThrow } from '../../services/validation';
import type { ConsoleDeps } from '../consoleDeps';

const loginSchema = z.object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

/** Log-in, log-out and who is logged in (with the CSRF token the page sends back). */
export function registerSessionRoutes(scope: FastifyInstance, { accounts }: ConsoleDeps): void {
  scope.get('/api/session', async (request, reply) => {
    const staff = request.session.staffId ? await accounts.profile(request.session.staffId) : null;
    return { staff, csrfToken: reply.generateCsrf() };
  });

  scope.post(
    '/api/login',
    { preHandler: scope.csrfProtection, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { email, password } = parseOrThrow(loginSchema, request.body);
      const result = await accounts.authenticate(email, password);
      if (result.kind === 'locked') return reply.code(423).send({ error: 'locked', until: result.until });
      if (result.kind === 'invalid') return reply.code(401).send({ error: 'invalid_credentials' });
      await request.session.regenerate();
      request.session.staffId = result.staff.id;
      return { staff: await accounts.profile(result.staff.id) };
    },
  );

  scope.post('/api/logout', { preHandler: scope.csrfProtection }, async (request, reply) => {
    await request.session.destroy();
    return reply.code(204).send();
  });
}

