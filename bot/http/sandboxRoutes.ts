import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { TurnContext } from 'botbuilder';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SandboxAdapter } from '../channels/sandbox/sandboxAdapter';
import type { SandboxMailbox } from '../channels/sandbox/sandboxMailbox';
import { issueConversationId, verifyConversationId } from '../channels/sandbox/conversationIds';
import { conversationIdSchema, sandboxRequestSchema, sandboxRequestToActivity } from '../channels/sandbox/sandboxRequest';
import type { SandboxMode } from '../config/config';
import { SECURITY_HEADERS } from '../console/consoleServer';
import type { PrismaSessionStore } from '../console/sessionStore';
import { registerStaffSessions } from '../console/staffSessions';
import { isRightToLeft } from '../i18n/languages';
import type { ContentView } from '../content/runningContent';
import type { StaffIdentity } from '../services/staff/permissions';
import { isValidPreviewToken } from './previewToken';
import { serveStaticFiles } from './staticFiles';
import { WindowCounter } from './windowCounter';
import type { ChatQueue } from '../turn/chatQueue';

const PUBLIC_DIR = path.resolve(__dirname, '..', 'channels', 'sandbox', 'public');

/** In public mode: requests per minute from one address, and turns per minute in one conversation. */
export const SANDBOX_LIMITS = { perIpPerMinute: 120, pollsPerIpPerMinute: 240, turnsPerConversationPerMinute: 20, conversationsPerIpPerMinute: 30 };

export interface SandboxDeps {
  adapter: SandboxAdapter;
  /** What the bot said outside the page's turns (a manager's reply), until the page polls. */
  mailbox: SandboxMailbox;
  logic: (context: TurnContext) => Promise<void>;
  chatQueue: ChatQueue;
  /** The live content, or the coordinators' draft for a preview. */
  content: (preview: boolean) => Promise<ContentView>;
  /** Signs the console's preview tokens and the conversation ids. */
  previewSecret: string;
  /** public: anyone, rate limited; staff: a logged-in console user only; off: not served. */
  mode: SandboxMode;
  sessions: PrismaSessionStore;
  sessionHours: number;
  /** The logged-in staff member of a session (staff mode). */
  staffById: (id: string) => Promise<StaffIdentity | undefined>;
}

const PREVIEW_REFUSED = { error: ['preview: the preview link has expired or is not valid; open the preview again from the console'] };
const NOT_ISSUED = { error: ['conversationId: not a conversation the server issued; ask POST /sandbox/api/conversations for one'] };
const TOO_MANY = { error: ['too many messages: wait a minute'] };

/** The web chat at /sandbox: the page, its languages, conversations, the endpoint that runs a turn, and the one the page polls. */
export async function registerSandboxRoutes(server: FastifyInstance, deps: SandboxDeps): Promise<void> {
  if (deps.mode === 'off') return;
  await server.register(async (scope) => {
    await scope.register(fastifyHelmet, SECURITY_HEADERS);
    if (deps.mode === 'public') await scope.register(fastifyRateLimit, { max: SANDBOX_LIMITS.perIpPerMinute, timeWindow: '1 minute' });
    else {
      await registerStaffSessions(scope, { secret: deps.previewSecret, store: deps.sessions, hours: deps.sessionHours });
      scope.addHook('preHandler', staffOnly(deps));
    }
    routes(scope, deps);
  });
}

/** Staff mode: the page sends to the console's log-in, the API answers 401. */
function staffOnly(deps: SandboxDeps) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const staffId = request.session.staffId;
    if (staffId && (await deps.staffById(staffId))) return;
    if (request.url.startsWith('/sandbox/api/')) await reply.code(401).send({ error: ['log in to the console first'] });
    else await reply.redirect('/console/');
  };
}

function routes(scope: FastifyInstance, deps: SandboxDeps): void {
  const { adapter, mailbox } = deps;
  const perConversation = new WindowCounter(SANDBOX_LIMITS.turnsPerConversationPerMinute, 60_000);
  const isPreview = (token: string | undefined) => token !== undefined && isValidPreviewToken(deps.previewSecret, token);

  serveStaticFiles(scope, PUBLIC_DIR, '/sandbox/');
  scope.get('/sandbox', async (_request, reply) => reply.redirect('/sandbox/'));

  scope.get('/sandbox/api/languages', async (request, reply) => {
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

  // Conversation ids come from here only: 128 random bits, signed; a client cannot choose or guess one.
  scope.post(
    '/sandbox/api/conversations',
    { config: { rateLimit: { max: SANDBOX_LIMITS.conversationsPerIpPerMinute, timeWindow: '1 minute' } } },
    async (_request, reply) => reply.code(201).send({ conversationId: issueConversationId(deps.previewSecret) }),
  );

  scope.post('/sandbox/api/messages', async (request, reply) => {
    const parsed = sandboxRequestSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
    const conversationId = verifyConversationId(deps.previewSecret, parsed.data.conversationId);
    if (!conversationId) return reply.code(403).send(NOT_ISSUED);
    if (parsed.data.preview !== undefined && !isPreview(parsed.data.preview)) return reply.code(403).send(PREVIEW_REFUSED);
    if (deps.mode === 'public' && !perConversation.take(conversationId)) return reply.code(429).send(TOO_MANY);
    const activity = sandboxRequestToActivity({ ...parsed.data, conversationId }, parsed.data.preview !== undefined);
    const operations = await deps.chatQueue.run(`sandbox:${conversationId}`, () => adapter.processActivity(activity, deps.logic));
    return { operations };
  });

  // The page polls every 2 s: its own, looser limit.
  scope.get('/sandbox/api/messages', { config: { rateLimit: { max: SANDBOX_LIMITS.pollsPerIpPerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    const parsed = z.object({ conversationId: conversationIdSchema }).safeParse(request.query);
    if (!parsed.success) return reply.code(400).send({ error: ['conversationId: required'] });
    const conversationId = verifyConversationId(deps.previewSecret, parsed.data.conversationId);
    if (!conversationId) return reply.code(403).send(NOT_ISSUED);
    return { operations: mailbox.take(conversationId) };
  });
}
