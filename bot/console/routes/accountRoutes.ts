import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can, requirePermission } from '../../services/staff/permissions';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

/** Staff accounts, for admins only. */
export function registerAccountRoutes(parent: FastifyInstance, { accounts }: ConsoleDeps): void {
  void parent.register(async (api) => {
    api.addHook('preHandler', async (request) => requirePermission(can.manageAccounts(staffOf(request)), 'manage accounts'));
    routes(api, accounts);
  });
}

function routes(api: FastifyInstance, accounts: ConsoleDeps['accounts']): void {
  api.get('/api/accounts', async () => accounts.list());

  api.post('/api/accounts', async (request, reply) => {
    const id = await accounts.create(request.body as Parameters<typeof accounts.create>[0]);
    return reply.code(201).send({ id });
  });

  api.patch('/api/accounts/:id', async (request, reply) => {
    const { id } = parseOrThrow(z.object({ id: z.string().min(1).max(40) }), request.params);
    await accounts.update(id, request.body as Parameters<typeof accounts.update>[1]);
    return reply.code(204).send();
  });
}
