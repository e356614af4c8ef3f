import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxAdapter } from '../channels/sandbox/sandboxAdapter';
import type { SandboxMailbox } from '../channels/sandbox/sandboxMailbox';
import { conversationIdSchema, sandboxRequestSchema, sandboxRequestToActivity } from '../channels/sandbox/sandboxRequest';
import { isRightToLeft } from '../i18n/languages';
import type { ContentView } from '../content/runningContent';
import { isValidPreviewToken } from './previewToken';
import { serveStaticFiles } from './staticFiles';
import type { ChatQueue } from '../turn/chatQueue';

const PUBLIC_DIR = path.resolve(__dirname, '..', 'channels', 'sandbox', 'public');

export interface SandboxDeps {
  adapter: SandboxAdapter;
  /** What the bot said outside the page's turns (a manager's reply), until the page polls. */
  mailbox: SandboxMailbox;
  logic: (context: TurnContext) => Promise<void>;
  chatQueue: ChatQueue;
  /** The live content, or the coordinators' draft for a preview. */
  content: (preview: boolean) => Promise<ContentView>;
  /** Signs the console's preview tokens. */
  previewSecret: string;
}

const PREVIEW_REFUSED = { error: ['preview: the preview link has expired or is not valid; open the preview again from the console'] };

/** The web chat at /sandbox: the page, its languages, the endpoint that runs a turn, and the one the page polls. */
export function registerSandboxRoutes(server: FastifyInstance, deps: SandboxDeps): void {
  const { adapter, mailbox } = deps;

  serveStaticFiles(server, PUBLIC_DIR, '/sandbox/');
  server.get('/sandbox', async (_request, reply) => reply.redirect('/sandbox/'));

  const isPreview = (token: string | undefined) => token !== undefined && isValidPreviewToken(deps.previewSecret, token);

  server.get('/sandbox/api/languages', async (request, reply) => {
    const { preview } = z.object({ preview: z.string().max(200).optional() }).parse(request.query);
    if (preview !== undefined && !isPreview(preview)) return reply.code(403).send(PREVIEW_REFUSED);
    const content = await deps.content(preview !== undefined);
    return content.languages.map((code) => {
      const t = content.i18n.getFixedT(code);
      return {
        code,
        name: t('language:name'),
        dir: isRightToLeft(code) ? 'rtl' : 'ltr',
        ui: { title: t('sandbox:title'), placeholder: t('sandbox:placeholder'), send: t('sandbox:send'), restart: t('sandbox:restart'), preview: t('sandbox:preview') },
      };
    });
  });

  server.post('/sandbox/api/messages', async (request, reply) => {
    const parsed = sandboxRequestSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
    if (parsed.data.preview !== undefined && !isPreview(parsed.data.preview)) return reply.code(403).send(PREVIEW_REFUSED);
    const activity = sandboxRequestToActivity(parsed.data, parsed.data.preview !== undefined);
    const operations = await deps.chatQueue.run(`sandbox:${parsed.data.conversationId}`, () => adapter.processActivity(activity, deps.logic));
    return { operations };
  });

  server.get('/sandbox/api/messages', async (request, reply) => {
    const parsed = z.object({ conversationId: conversationIdSchema }).safeParse(request.query);
    if (!parsed.success) return reply.code(400).send({ error: ['conversationId: required'] });
    return { operations: mailbox.take(parsed.data.conversationId) };
  });
}
