import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isRightToLeft, SUPPORTED_LANGUAGES } from '../../i18n/languages';
import { can, requirePermission } from '../../services/staff/permissions';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const neighbourhoodParams = z.object({ id: z.string().regex(/^[a-z-]{1,40}$/) });
const cannedParams = z.object({ id: z.string().min(1).max(40) });

/** What coordinators keep up: canned replies, desk settings, and the figures. */
export function registerContentRoutes(api: FastifyInstance, { canned, settings, figures, languageName }: ConsoleDeps): void {
  api.get('/api/languages', async () =>
    SUPPORTED_LANGUAGES.map((code) => ({ code, name: languageName(code), dir: isRightToLeft(code) ? 'rtl' : 'ltr' })),
  );

  api.get('/api/canned-replies', async () => canned.list());

  api.put('/api/canned-replies/:id', async (request, reply) => {
    requirePermission(can.editContent(staffOf(request)), 'edit canned replies');
    await canned.save(parseOrThrow(cannedParams, request.params).id, request.body);
    return reply.code(204).send();
  });

  api.delete('/api/canned-replies/:id', async (request, reply) => {
    requirePermission(can.editContent(staffOf(request)), 'edit canned replies');
    await canned.remove(parseOrThrow(cannedParams, request.params).id);
    return reply.code(204).send();
  });

  api.get('/api/neighbourhoods/:id/settings', async (request) => {
    requirePermission(can.editContent(staffOf(request)), 'desk settings');
    return settings.get(parseOrThrow(neighbourhoodParams, request.params).id);
  });

  api.put('/api/neighbourhoods/:id/settings', async (request, reply) => {
    requirePermission(can.editContent(staffOf(request)), 'desk settings');
    await settings.update(parseOrThrow(neighbourhoodParams, request.params).id, request.body);
    return reply.code(204).send();
  });

  api.get('/api/figures', async (request) => {
    const staff = staffOf(request);
    requirePermission(can.seeFigures(staff), 'figures');
    const { weeks } = parseOrThrow(z.object({ weeks: z.coerce.number<string>().int().min(1).max(104).default(8) }), request.query);
    return { rows: await figures.weekly(staff, weeks) };
  });
}
