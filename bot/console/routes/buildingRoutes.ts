import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SUPPORTED_LANGUAGES, isRightToLeft, SOURCE_LANGUAGE } from '../../i18n/languages';
import { ConflictError, NotFoundError } from '../../services/errors';
import { buildingView } from '../../services/maintenance/buildingDirectory';
import { importBuildings } from '../../services/maintenance/buildingImport';
import { buildingDeepLink } from '../../../dialogs/maintenance/buildingLinks';
import { posterPdf, posterPng, type PosterText } from '../../services/maintenance/poster';
import { can, neighbourhoodScope, requireNeighbourhood, requirePermission } from '../../services/staff/permissions';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const idParams = z.object({ id: z.string().min(1).max(40) });
const posterParams = idParams.extend({ format: z.enum(['png', 'pdf']) });
const posterQuery = z.object({
  staircase: z.string().regex(/^[A-Za-z0-9]{1,4}$/).optional(),
  language: z.enum(SUPPORTED_LANGUAGES).optional(),
});
const listQuery = z.object({ neighbourhoodId: z.string().regex(/^[a-z-]{1,40}$/).optional() });

/** Buildings: the list, the CSV import, removing the sample rows, and the QR posters for stairwells. */
export function registerBuildingRoutes(api: FastifyInstance, { db, i18n, botUsername, maintenance }: ConsoleDeps): void {
  api.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  api.get('/api/buildings', async (request) => {
    const staff = staffOf(request);
    const { neighbourhoodId } = parseOrThrow(listQuery, request.query);
    if (neighbourhoodId) requireNeighbourhood(staff, neighbourhoodId);
    const scope = neighbourhoodScope(staff);
    const rows = await db.building.findMany({
      where: neighbourhoodId ? { neighbourhoodId } : scope ? { neighbourhoodId: { in: scope } } : {},
      orderBy: [{ neighbourhoodId: 'asc' }, { address: 'asc' }],
      include: { _count: { select: { reports: true } } },
    });
    return rows.map((row) => ({ ...buildingView(row), sample: row.sample, floors: row.floors, reports: row._count.reports }));
  });

  api.post('/api/buildings/import', async (request) => {
    requirePermission(can.editContent(staffOf(request)), 'import buildings');
    return importBuildings(db, parseOrThrow(z.string().min(1, 'send the CSV as the request body (text/csv)'), request.body));
  });

  api.delete('/api/buildings/sample', async (request) => {
    requirePermission(can.editContent(staffOf(request)), 'remove sample buildings');
    const { count } = await db.building.deleteMany({ where: { sample: true, reports: { none: {} }, tenants: { none: {} } } });
    return { removed: count };
  });

  api.get('/api/buildings/:id/poster.:format', async (request, reply) => {
    const staff = staffOf(request);
    const { id, format } = parseOrThrow(posterParams, request.params);
    const { staircase, language } = parseOrThrow(posterQuery, request.query);
    const building = await db.building.findUnique({ where: { id } });
    if (!building) throw new NotFoundError(`no building ${id}`);
    requireNeighbourhood(staff, building.neighbourhoodId);
    const view = buildingView(building);
    if (staircase && !view.staircases.includes(staircase)) throw new NotFoundError(`building ${building.code} has no staircase ${staircase}`);
    const username = botUsername();
    if (!username) throw new ConflictError('the bot username is not known: start the Telegram channel first');
    const languages = [SOURCE_LANGUAGE, ...(language && language !== SOURCE_LANGUAGE ? [language] : [])];
    const texts: PosterText[] = languages.map((code) => {
      const t = i18n.getFixedT(code);
      return { language: code, rtl: isRightToLeft(code), title: t('maintenance:poster.title'), lines: [t('maintenance:poster.line1'), t('maintenance:poster.line2')] };
    });
    const t = i18n.getFixedT(SOURCE_LANGUAGE);
    const input = {
      deepLink: buildingDeepLink(username, building.code, staircase),
      heading: staircase ? `${building.address} · ${t('maintenance:place.staircaseName', { name: staircase })}` : building.address,
      code: staircase ? `${building.code} ${staircase}` : building.code,
      texts,
    };
    const body = format === 'png' ? await posterPng(input) : await posterPdf(input);
    const name = `poster-${building.code}${staircase ? `-${staircase}` : ''}-${languages.join('-')}.${format}`;
    return reply.type(format === 'png' ? 'image/png' : 'application/pdf').header('content-disposition', `inline; filename="${name}"`).send(body);
  });

  api.get('/api/emergency-numbers', async () => maintenance.emergencyNumbers.list());

  api.put('/api/emergency-numbers', async (request, reply) => {
    requirePermission(can.editContent(staffOf(request)), 'emergency numbers');
    await maintenance.emergencyNumbers.replace(request.body);
    return reply.code(204).send();
  });
}
