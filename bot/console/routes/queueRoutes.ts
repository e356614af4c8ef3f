import type { FastifyInstance } from 'fastify';
import { canSeeNeighbourhood } from '../../services/staff/permissions';
import { isOpen, nextOpening } from '../../services/desk/openingHours';
import type { DeskEvent } from '../../services/desk/deskEvents';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const PING_MS = 25_000;

/** The queue, the neighbourhoods' desks, and the live event stream (server-sent events). */
export function registerQueueRoutes(api: FastifyInstance, deps: ConsoleDeps): void {
  api.get('/api/queue', async (request) => deps.queries.queue(staffOf(request)));

  api.get('/api/neighbourhoods', async (request) => {
    const staff = staffOf(request);
    const now = new Date();
    const neighbourhoods = await deps.db.neighbourhood.findMany({ orderBy: { name: 'asc' } });
    return Promise.all(
      neighbourhoods
        .filter((neighbourhood) => canSeeNeighbourhood(staff, neighbourhood.id))
        .map(async (neighbourhood) => {
          const calendar = await deps.calendar.calendarOf(neighbourhood.id);
          return {
            id: neighbourhood.id,
            name: neighbourhood.name,
            open: isOpen(calendar, now),
            nextOpening: nextOpening(calendar, now) ?? null,
            claimLimitMinutes: neighbourhood.claimLimitMinutes,
          };
        }),
    );
  });

  api.get('/api/events', async (request, reply) => {
    const staff = staffOf(request);
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    const send = (name: string, data: object) => reply.raw.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    send('ping', {});
    const unsubscribe = deps.events.subscribe((event: DeskEvent) => {
      if (!canSeeNeighbourhood(staff, event.neighbourhoodId)) return;
      if (event.type === 'request.visible') send('new-request', { requestId: event.requestId, neighbourhoodId: event.neighbourhoodId });
      if (event.type === 'request.overdue') send('overdue', { requestId: event.requestId, neighbourhoodId: event.neighbourhoodId });
      if (event.type === 'request.visible' || event.type === 'request.changed' || event.type === 'request.overdue') send('queue', { requestId: event.requestId });
      send('request', { requestId: event.requestId });
    });
    const ping = setInterval(() => send('ping', {}), PING_MS);
    request.raw.on('close', () => {
      clearInterval(ping);
      unsubscribe();
    });
  });
}
