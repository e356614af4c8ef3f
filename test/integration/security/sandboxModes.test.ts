import { issueConversationId } from '../../../bot/channels/sandbox/conversationIds';
import { SANDBOX_LIMITS } from '../../../bot/http/sandboxRoutes';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';

const post = (base: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });

describe('the sandbox in production, by default (staff mode)', () => {
  let bot: BotUnderTest;
  let base: string;
  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, NODE_ENV: 'production' } });
    base = `http://127.0.0.1:${bot.app.port}`;
  });
  afterAll(() => bot.stop());

  it('lets an anonymous visitor neither open a conversation, nor send, nor read, nor see the page', async () => {
    expect((await post(base, '/sandbox/api/conversations')).status).toBe(401);
    const forged = issueConversationId(ADMIN_ENV.CONSOLE_SESSION_SECRET);
    expect((await post(base, '/sandbox/api/messages', { conversationId: forged, text: '/start' })).status).toBe(401);
    expect((await fetch(`${base}/sandbox/api/messages?conversationId=${forged}`)).status).toBe(401);
    const page = await fetch(`${base}/sandbox/`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/console/');
    expect(await bot.database.db.tenant.count({ where: { channel: 'sandbox' } })).toBe(0);
  });

  it('opens for a logged-in console user', async () => {
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    expect((await admin.fetch('/sandbox/')).status).toBe(200);
    const issued = await admin.fetch('/sandbox/api/conversations', { method: 'POST' });
    expect(issued.status).toBe(201);
    const { conversationId } = (await issued.json()) as { conversationId: string };
    const turn = await admin.fetch('/sandbox/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, locale: 'it', text: '/start' }) });
    expect(turn.status).toBe(200);
    expect(((await turn.json()) as { operations: unknown[] }).operations.length).toBeGreaterThan(0);
  });
});

describe('the sandbox in public mode', () => {
  let bot: BotUnderTest;
  let base: string;
  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, SANDBOX: 'public' } });
    base = `http://127.0.0.1:${bot.app.port}`;
  });
  afterAll(() => bot.stop());

  it('refuses a conversation id the client chose or altered, and works with one the server issued', async () => {
    expect((await post(base, '/sandbox/api/messages', { conversationId: 'sb-12345678', text: '/start' })).status).toBe(400);
    const { conversationId } = (await (await post(base, '/sandbox/api/conversations')).json()) as { conversationId: string };
    expect(conversationId).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    const altered = `${conversationId.slice(0, 21)}${conversationId[21] === 'A' ? 'B' : 'A'}${conversationId.slice(22)}`;
    expect((await post(base, '/sandbox/api/messages', { conversationId: altered, text: '/start' })).status).toBe(403);
    expect((await fetch(`${base}/sandbox/api/messages?conversationId=${altered}`)).status).toBe(403);
    expect((await post(base, '/sandbox/api/messages', { conversationId, locale: 'it', text: '/start' })).status).toBe(200);
  });

  it('sends the console security headers with the sandbox page and API', async () => {
    for (const path of ['/sandbox/', '/sandbox/api/languages']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('limits the turns of one conversation', async () => {
    const { conversationId } = (await (await post(base, '/sandbox/api/conversations')).json()) as { conversationId: string };
    const statuses: number[] = [];
    for (let i = 0; i <= SANDBOX_LIMITS.turnsPerConversationPerMinute; i += 1) {
      statuses.push((await post(base, '/sandbox/api/messages', { conversationId, locale: 'it', text: '/menu' })).status);
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('limits the conversations one address opens', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SANDBOX_LIMITS.conversationsPerIpPerMinute; i += 1) statuses.push((await post(base, '/sandbox/api/conversations')).status);
    expect(statuses).toContain(429);
  });
});

describe('the sandbox turned off', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { SANDBOX: 'off' } });
  });
  afterAll(() => bot.stop());

  it('is not served', async () => {
    const base = `http://127.0.0.1:${bot.app.port}`;
    expect((await fetch(`${base}/sandbox/`)).status).toBe(404);
    expect((await post(base, '/sandbox/api/conversations')).status).toBe(404);
  });
});
