import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { i18n as I18n } from 'i18next';
import type { SandboxAdapter } from '../channels/sandbox/sandboxAdapter';
import type { SandboxMailbox } from '../channels/sandbox/sandboxMailbox';
import { conversationIdSchema, sandboxRequestSchema, sandboxRequestToActivity } from '../channels/sandbox/sandboxRequest';
import { RIGHT_TO_LEFT, SUPPORTED_LANGUAGES } from '../i18n/languages';
import { serveStaticFiles } from './staticFiles';
import type { ChatQueue } from '../turn/chatQueue';

const PUBLIC_DIR = path.resolve(__dirname, '..', 'channels', 'sandbox', 'public');

export interface SandboxDeps {
  adapter: SandboxAdapter;
  /** What the bot said outside the page's turns (a manager's reply), until the page polls. */
  mailbox: SandboxMailbox;
  logic: (context: TurnContext) => Promise<void>;
  chatQueue: ChatQueue;
  i18n: I18n;
}

/** The web chat at /sandbox: the page, its languages, the endpoint that runs a turn, and the one the page polls. */
export function registerSandboxRoutes(server: FastifyInstance, deps: SandboxDeps): void {
  const { adapter, mailbox } = deps;

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

  server.get('/sandbox/api/messages', async (request, reply) => {
    const parsed = z.object({ conversationId: conversationIdSchema }).safeParse(request.query);
    if (!parsed.success) return reply.code(400).send({ error: ['conversationId: required'] });
    return { operations: mailbox.take(parsed.data.conversationId) };
  });
}
