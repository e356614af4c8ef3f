import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const params = z.object({ id: z.string().max(20) });

/** Failed turns: GET the list (coordinators, admins), POST a retry (coordinators). */
export function registerFailedTurnRoutes(api: FastifyInstance, deps: ConsoleDeps): void {
  api.get('/api/failed-turns', async (request) => deps.failedTurns.list(staffOf(request)));
  api.post('/api/failed-turns/:id/retry', async (request, reply) => {
    await deps.failedTurns.runAgain(staffOf(request), params.parse(request.params).id);
    return reply.code(204).send();
  });
}
