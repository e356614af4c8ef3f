import type { FastifyInstance } from 'fastify';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';
import { registerSupportChatRoutes, supportIdOf } from './supportChatRoutes';

/** The discreet path in the console: partners, code words and 1522's facts (coordinators), call-backs and chats (partner operators). */
export function registerSupportRoutes(api: FastifyInstance, deps: ConsoleDeps): void {
  const { support } = deps;
  api.get('/api/support/partners', async (request) => support.settings.partners(staffOf(request)));
  api.put('/api/support/partners', async (request, reply) => {
    await support.settings.replacePartners(staffOf(request), request.body);
    return reply.code(204).send();
  });
  api.get('/api/support/code-words', async (request) => support.settings.codeWords(staffOf(request)));
  api.put('/api/support/code-words', async (request, reply) => {
    await support.settings.replaceCodeWords(staffOf(request), request.body);
    return reply.code(204).send();
  });
  api.get('/api/support/line1522', async (request) => support.settings.line1522(staffOf(request)));
  api.put('/api/support/line1522', async (request) => support.settings.replaceLine1522(staffOf(request), request.body));
  api.get('/api/support/callbacks', async (request) => {
    const staff = staffOf(request);
    const callbacks = await support.inbox.list(staff);
    // Each call-back an operator sees shows once in the organisation's audit log (who, when; never the number).
    for (const callback of callbacks) await deps.openingLog.opened(staff, 'callback.opened', callback.id);
    return callbacks;
  });
  api.post('/api/support/callbacks/:id/handled', async (request, reply) => {
    await support.inbox.handled(staffOf(request), supportIdOf(request.params));
    return reply.code(204).send();
  });
  registerSupportChatRoutes(api, deps);
}
