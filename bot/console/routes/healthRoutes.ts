import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const pointParams = z.object({ id: z.string().min(1).max(40) });
const appointmentParams = z.object({ id: z.coerce.number<string>().int().positive() });
const agendaQuery = z.object({ pointId: z.string().min(1).max(40), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

const appointmentId = (request: FastifyRequest) => parseOrThrow(appointmentParams, request.params).id;
const pointId = (request: FastifyRequest) => parseOrThrow(pointParams, request.params).id;

/** The health points in the console: schedule set-up, the day's agenda, attendance, cancelling, figures. */
export function registerHealthRoutes(api: FastifyInstance, { health }: ConsoleDeps): void {
  const { staff: healthStaff } = health;

  api.get('/api/health/points', async (request) => healthStaff.points(staffOf(request)));
  api.put('/api/health/points/:id', async (request) => healthStaff.savePoint(staffOf(request), pointId(request), request.body));
  api.get('/api/health/points/:id/affected', async (request) => healthStaff.affected(staffOf(request), pointId(request)));

  api.get('/api/health/services', async () => healthStaff.services());
  api.put('/api/health/services/:id', async (request, reply) => {
    await healthStaff.saveService(staffOf(request), pointId(request), request.body);
    return reply.code(204).send();
  });

  api.get('/api/health/agenda', async (request) => {
    const { pointId: point, date } = parseOrThrow(agendaQuery, request.query);
    return healthStaff.agenda(staffOf(request), point, date);
  });
  api.post('/api/health/appointments/:id/mark', async (request, reply) => {
    await healthStaff.mark(staffOf(request), appointmentId(request), (request.body as { status?: unknown } | undefined)?.status);
    return reply.code(204).send();
  });
  api.post('/api/health/appointments/:id/cancel', async (request, reply) => {
    const { notify } = parseOrThrow(z.object({ notify: z.boolean() }), request.body);
    await healthStaff.cancel(staffOf(request), appointmentId(request), notify);
    return reply.code(204).send();
  });

  api.get('/api/health/figures', async (request) => {
    const { month } = parseOrThrow(z.object({ month: z.string() }), request.query);
    return healthStaff.figures(staffOf(request), month);
  });
}
