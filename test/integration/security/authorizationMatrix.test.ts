import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { acceptInvite, ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { AUTHORIZATION_RULES, PRINCIPALS, type Principal } from './authorizationRules';

const DENIED = [401, 403];
/** Routes whose call would end the session or wipe the fixtures: walked last. */
const LAST = ['DELETE /console/api/buildings/sample', 'POST /console/api/logout'];

/**
 * Every route the server serves × every role (and anonymous) × own and other neighbourhood, against the one
 * table in authorizationRules.ts: a route missing from the table fails, and so does any answer that differs.
 */
describe('the authorization matrix', () => {
  let bot: BotUnderTest;
  let base: string;
  const clients = new Map<Principal, ConsoleClient>();
  const ids: Record<string, string> = {};
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casa-content-'));

  beforeAll(async () => {
    for (const folder of ['dialogs', 'locales']) fs.cpSync(path.join(__dirname, '..', '..', '..', folder), path.join(contentDir, folder), { recursive: true });
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, SANDBOX: 'public', CONTENT_FILES_DIR: contentDir } });
    base = `http://127.0.0.1:${bot.app.port}`;
    const db = bot.database.db;
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    const organisation = await admin.expect<{ id: string }>(201, 'POST', '/partner-organisations', { name: 'Ebano' });
    const password = 'matrix-password-4242';
    const accounts: [Principal, string, string[]][] = [
      ['manager_own', 'community_manager', ['mazzini']],
      ['manager_other', 'community_manager', ['san-siro']],
      ['coordinator', 'coordinator', []],
      ['nurse_own', 'nurse', ['mazzini']],
      ['nurse_other', 'nurse', ['san-siro']],
      ['partner_support', 'partner_support', []],
      ['partner_lead', 'partner_lead', []],
    ];
    for (const [principal, role, neighbourhoodIds] of accounts) {
      const email = `${principal.replace('_', '-')}@casa.test`;
      const partner = role.startsWith('partner_');
      const created = await admin.expect<{ id: string; inviteUrl?: string }>(201, 'POST', '/accounts', {
        email, name: principal, role, neighbourhoodIds, ...(partner ? { organisationId: organisation.id } : { password }),
      });
      if (created.inviteUrl) expect((await acceptInvite(base, created.inviteUrl, password)).status).toBe(204);
      ids[principal] = created.id;
      clients.set(principal, await ConsoleClient.login(base, email, password));
    }
    const pending = await admin.expect<{ id: string }>(201, 'POST', '/accounts', { email: 'pending@casa.test', name: 'Pending', role: 'partner_support', organisationId: organisation.id });
    ids.pending = pending.id;
    clients.set('admin', admin);
    const anonymous = new ConsoleClient(base);
    await anonymous.session();
    clients.set('anonymous', anonymous);

    // Records in Mazzini (the "own" neighbourhood).
    const tenant = await db.tenant.create({ data: { channel: 'test', channelUserId: 'matrix', locale: 'it', neighbourhoodId: 'mazzini' } });
    const request = await db.personRequest.create({ data: { tenantId: tenant.id, neighbourhoodId: 'mazzini', topic: 'other', language: 'it', status: 'waiting', channel: 'test', conversationId: 'matrix', visibleAt: new Date() } });
    const building = await db.building.findFirstOrThrow({ where: { neighbourhoodId: 'mazzini' } });
    const report = await db.maintenanceReport.create({ data: { buildingId: building.id, neighbourhoodId: 'mazzini', category: 'other', status: 'received', place: 'common', description: 'prova', source: 'bot' } });
    const point = await db.healthPoint.findFirstOrThrow({ where: { neighbourhoodId: 'mazzini', kind: 'health' } });
    const service = await db.healthService.findFirstOrThrow({ where: { kind: 'health' } });
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    const appointment = await db.appointment.create({ data: { tenantId: tenant.id, pointId: point.id, serviceId: service.id, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), status: 'booked', language: 'it', channel: 'test', conversationId: 'matrix' } });
    const desk = await db.healthPoint.findFirstOrThrow({ where: { neighbourhoodId: 'mazzini', kind: 'centre' } });
    const topic = await db.healthService.findFirstOrThrow({ where: { kind: 'centre' } });
    const meeting = await db.appointment.create({ data: { tenantId: tenant.id, pointId: desk.id, serviceId: topic.id, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), status: 'booked', language: 'it', channel: 'test', conversationId: 'matrix' } });
    Object.assign(ids, { tenant: tenant.id, request: String(request.id), report: String(report.id), building: building.id, point: point.id, service: service.id, appointment: String(appointment.id) });
    Object.assign(ids, { desk: desk.id, topic: topic.id, meeting: String(meeting.id) });
  });
  afterAll(async () => {
    await bot.stop();
    fs.rmSync(contentDir, { recursive: true, force: true });
  });

  const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
  const served = () => bot.app.routes.filter((route) => !isStaticPage(route.url)).map(keyOf);

  it('has a rule for every route the server serves, and no rule for a route it does not serve', () => {
    expect(served().filter((key) => !(key in AUTHORIZATION_RULES))).toEqual([]);
    expect(Object.keys(AUTHORIZATION_RULES).filter((key) => !served().includes(key))).toEqual([]);
  });

  it('gives every principal on every route the answer the table expects', async () => {
    const routes = [...new Set(served())].sort((a, b) => LAST.indexOf(a) - LAST.indexOf(b));
    const differences: string[] = [];
    for (const key of routes) {
      const rule = AUTHORIZATION_RULES[key];
      if (rule === undefined) continue;
      const [method = 'GET', url = ''] = key.split(' ');
      for (const principal of PRINCIPALS) {
        const status = await callAs(clients.get(principal)!, method, fill(url, ids));
        const allowed = rule === 'public' || (rule !== 'apiKey' && rule.includes(principal));
        const expected = allowed ? 'allowed' : principal === 'anonymous' && rule !== 'apiKey' ? '401' : '403';
        const got = DENIED.includes(status) ? String(status) : 'allowed';
        if (got !== expected && !(rule === 'apiKey' && status === 403)) differences.push(`${key} as ${principal}: ${status}, expected ${expected}`);
      }
    }
    expect(differences).toEqual([]);
  }, 240_000);
});

function isStaticPage(url: string): boolean {
  return /^\/(console|sandbox)\/(?!api\/)(.*\.(html|js|css|png|svg|ico|webmanifest))?$/.test(url) || url === '/console';
}

/** The route's parameters, filled with the Mazzini records (or a placeholder). */
function fill(url: string, ids: Record<string, string>): string {
  const byRoute: [RegExp, string][] = [
    [/^\/console\/api\/requests\/:id/, ids.request!],
    [/^\/console\/api\/tenants\/:id/, ids.tenant!],
    [/^\/console\/api\/reports\/:id/, ids.report!],
    [/^\/console\/api\/buildings\/:id/, ids.building!],
    [/^\/console\/api\/health\/points\/:id/, ids.point!],
    [/^\/console\/api\/health\/services\/:id/, ids.service!],
    [/^\/console\/api\/health\/appointments\/:id/, ids.appointment!],
    [/^\/console\/api\/centre\/points\/:id/, ids.desk!],
    [/^\/console\/api\/centre\/services\/:id/, ids.topic!],
    [/^\/console\/api\/centre\/appointments\/:id/, ids.meeting!],
    [/^\/console\/api\/neighbourhoods\/:id/, 'mazzini'],
    [/^\/console\/api\/accounts\/:id\/invite/, ids.pending!],
    [/^\/console\/api\/accounts\/:id/, ids.partner_support!],
    [/^\/console\/api\/content\/(draft\/trees|versions)\/:/, ''],
  ];
  const id = byRoute.find(([pattern]) => pattern.test(url))?.[1];
  return url
    .replace(':id', id || (url.includes('/trees/') ? 'menu' : '1'))
    .replace(':number', '1')
    .replace(':messageId', '1')
    .replace(':fileId', '1')
    .replace(':format', url.includes('poster') ? 'png' : 'json');
}

async function callAs(client: ConsoleClient, method: string, url: string): Promise<number> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, { 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' });
  const controller = new AbortController();
  const response = await client.fetch(url, { method, headers, body: method === 'GET' ? undefined : '{}', signal: controller.signal });
  controller.abort();
  return response.status;
}
