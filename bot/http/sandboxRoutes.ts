import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { FastifyInstance } from 'fastify';
import type { i18n as I18n } from 'i18next';
import { SandboxAdapter } from '../channels/sandbox/sandboxAdapter';
import { sandboxRequestSchema, sandboxRequestToActivity } from '../channels/sandbox/sandboxRequest';
import { RIGHT_TO_LEFT, SUPPORTED_LANGUAGES } from '../i18n/languages';
import { serveStaticFiles } from './staticFiles';
import type { ChatQueue } from '../turn/chatQueue';

const PUBLIC_DIR = path.resolve(__dirname, '..', 'channels', 'sandbox', 'public');

export interface SandboxDeps {
  logic: (context: TurnContext) => Promise<void>;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  chatQueue: ChatQueue;
  i18n: I18n;
}

/** The web chat at /sandbox: the page, its languages, and the endpoint that runs a turn. */
export function registerSandboxRoutes(server: FastifyInstance, deps: SandboxDeps): void {
  const adapter = new SandboxAdapter();
  adapter.onTurnError = deps.onTurnError;

  serveStaticFiles(server, PUBLIC_DIR, '/sandbox/');
  server.get('/sandbox', async (_request, reply) => reply.redirect('/sandbox/'));

  server.get('/sandbox/api/languages', async () =>
    SUPPORTED_LANGUAGES.map((code) => {
      const t = deps.i18n.getFixedT(code);
      return {
        code,
        name: t('language:name'),
        dir: RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr',
        ui: { title: t('sandbox:title'), placeholder: t('sandbox:placeholder'), send: t('sandbox:send'), restart: t('sandbox:restart') },
      };
    }),
  );

  server.post('/sandbox/api/messages', async (request, reply) => {
    const parsed = sandboxRequestSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
    const activity = sandboxRequestToActivity(parsed.data);
    const operations = await deps.chatQueue.run(`sandbox:${parsed.data.conversationId}`, () => adapter.processActivity(activity, deps.logic));
    return { operations };
  });
}
