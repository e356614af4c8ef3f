import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiKeys } from '../../services/maintenance/apiKeys';
import { can, requirePermission } from '../../services/staff/permissions';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const newKey = z.object({ name: z.string().trim().min(1, 'a name is required (who uses the key)').max(100) });
const idParams = z.object({ id: z.string().min(1).max(40) });

/** The Open311 API keys, for admins only: the key itself is in the answer to POST, and never again. */
export function registerApiKeyRoutes(parent: FastifyInstance, { db }: Pick<ConsoleDeps, 'db'>): void {
  const keys = new ApiKeys(db);
  void parent.register(async (api) => {
    api.addHook('preHandler', async (request) => requirePermission(can.manageAccounts(staffOf(request)), 'manage API keys'));

    api.get('/api/api-keys', async () => keys.list());

    api.post('/api/api-keys', async (request, reply) => {
      const created = await keys.create(parseOrThrow(newKey, request.body).name);
      return reply.code(201).header('cache-control', 'no-store').send(created);
    });

    api.delete('/api/api-keys/:id', async (request, reply) => {
      await keys.revoke(parseOrThrow(idParams, request.params).id);
      return reply.code(204).send();
    });
  });
}
