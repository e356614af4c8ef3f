import type { FastifyInstance } from 'fastify';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

/** Privacy in the console: the record of processing and the retention runs (admins); export and erasure by code (coordinators). */
export function registerPrivacyRoutes(api: FastifyInstance, { privacy }: ConsoleDeps): void {
  api.get('/api/privacy/record', async (request) => privacy.staff.record(staffOf(request)));
  api.get('/api/privacy/retention', async (request) => privacy.staff.retentionRuns(staffOf(request)));
  api.post('/api/privacy/export', async (request, reply) => {
    const exported = await privacy.staff.exportByCode(staffOf(request), request.body);
    return reply.header('content-disposition', `attachment; filename="casa-bot-${exported.exportedAt.slice(0, 10)}.json"`).send(exported);
  });
  api.post('/api/privacy/erase', async (request) => privacy.staff.eraseByCode(staffOf(request), request.body));
}
