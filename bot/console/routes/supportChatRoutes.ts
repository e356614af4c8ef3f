import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const idParams = z.object({ id: z.string().min(1).max(40) });

/** The id in a support route's path (a call-back, a chat). */
export const supportIdOf = (params: unknown): string => parseOrThrow(idParams, params).id;

/** The discreet path's chats (partner operators only) and the anonymous daily count of openings. */
export function registerSupportChatRoutes(api: FastifyInstance, { support, openingLog }: ConsoleDeps): void {
  api.get('/api/support/chats', async (request) => support.chats.list(staffOf(request)));
  api.get('/api/support/chats/:id', async (request) => {
    const staff = staffOf(request);
    const id = supportIdOf(request.params);
    const chat = await support.chats.read(staff, id);
    // The opening of a chat shows once in the organisation's audit log, not each refresh.
    await openingLog.opened(staff, 'chat.opened', id);
    return chat;
  });
  api.post('/api/support/chats/:id/take', async (request, reply) => {
    await support.chats.take(staffOf(request), supportIdOf(request.params));
    return reply.code(204).send();
  });
  api.post('/api/support/chats/:id/messages', async (request, reply) => {
    await support.chats.reply(staffOf(request), supportIdOf(request.params), request.body);
    return reply.code(201).send();
  });
  api.post('/api/support/chats/:id/end', async (request, reply) => {
    await support.chats.end(staffOf(request), supportIdOf(request.params));
    return reply.code(204).send();
  });
  api.get('/api/support/openings', async (request) => support.openings.lastMonth(staffOf(request)));
}
