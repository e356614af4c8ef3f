import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { HealthStaff } from '../../services/health/healthStaff';
import type { ConsoleDeps } from '../consoleDeps';

const pointParams = z.object({ id: z.string().min(1).max(40) });
const appointmentParams = z.object({ id: z.coerce.number<string>().int().positive() });
const agendaQuery = z.object({ pointId: z.string().min(1).max(40), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

const appointmentId = (request: FastifyRequest) => parseOrThrow(appointmentParams, request.params).id;
const pointId = (request: FastifyRequest) => parseOrThrow(pointParams, request.params).id;

/** The health points (/api/health) and the C.A.S.A. centre desks (/api/centre) in the console: one booking engine. */
export function registerHealthRoutes(api: FastifyInstance, { health, centre }: ConsoleDeps): void {
  registerPointRoutes(api, '/api/health', health.staff);
  registerPointRoutes(api, '/api/centre', centre.staff);
}

/** A kind of service point: schedule set-up, the day's agenda, attendance, cancelling, figures. */
function registerPointRoutes(api: FastifyInstance, base: string, healthStaff: HealthStaff): void {
  api.get(`${base}/points`, async (request) => healthStaff.points(staffOf(request)));
  api.put(`${base}/points/:id`, async (request) => healthStaff.savePoint(staffOf(request), pointId(request), request.body));
  api.get(`${base}/points/:id/affected`, async (request) => healthStaff.affected(staffOf(request), pointId(request)));

  api.get(`${base}/services`, async () => healthStaff.services());
  api.put(`${base}/services/:id`, async (request, reply) => {
    await healthStaff.saveService(staffOf(request), pointId(request), request.body);
    return reply.code(204).send();
  });

  api.get(`${base}/agenda`, async (request) => {
    const { pointId: point, date } = parseOrThrow(agendaQuery, request.query);
    return healthStaff.agenda(staffOf(request), point, date);
  });
  api.post(`${base}/appointments/:id/mark`, async (request, reply) => {
    await healthStaff.mark(staffOf(request), appointmentId(request), (request.body as { status?: unknown } | undefined)?.status);
    return reply.code(204).send();
  });
  api.post(`${base}/appointments/:id/cancel`, async (request, reply) => {
    const { notify } = parseOrThrow(z.object({ notify: z.boolean() }), request.body);
    await healthStaff.cancel(staffOf(request), appointmentId(request), notify);
    return reply.code(204).send();
  });

  api.get(`${base}/figures`, async (request) => {
    const { month } = parseOrThrow(z.object({ month: z.string() }), request.query);
    return healthStaff.figures(staffOf(request), month);
  });
}
