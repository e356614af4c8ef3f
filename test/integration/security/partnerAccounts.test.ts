import path from 'node:path';
import { seal, supportKey } from '../../../bot/services/support/sealing';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { acceptInvite, ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';

const PASSWORD = 'operator-password-5151';

/** Partners' data belongs to the partners: organisations, leads, invite links, and the audit log the lead reads. */
describe('partner accounts', () => {
  let bot: BotUnderTest;
  let base: string;
  let admin: ConsoleClient;
  let organisationId: string;
  let lead: ConsoleClient;
  let operatorId: string;
  let operatorInvite: string;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    base = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    organisationId = (await admin.expect<{ id: string }>(201, 'POST', '/partner-organisations', { name: 'Telefono Donna' })).id;
    const { inviteUrl } = await admin.expect<{ inviteUrl: string }>(201, 'POST', '/accounts', { email: 'lead@td.test', name: 'Lucia', role: 'partner_lead', organisationId });
    expect((await acceptInvite(base, inviteUrl, PASSWORD)).status).toBe(204);
    lead = await ConsoleClient.login(base, 'lead@td.test', PASSWORD);
  });
  afterAll(() => bot.stop());

  it('lets nobody but the operator set a partner password: only a one-time invite link', async () => {
    expect((await admin.call('POST', '/accounts', { email: 'op@td.test', name: 'Elena', role: 'partner_support', organisationId, password: 'admin-chosen-password-1' })).status).toBe(403);
    const created = await admin.expect<{ id: string; inviteUrl: string }>(201, 'POST', '/accounts', { email: 'op@td.test', name: 'Elena', role: 'partner_support', organisationId });
    operatorId = created.id;
    operatorInvite = created.inviteUrl;
    expect(operatorInvite).toMatch(/^\/console\/invite\.html#[A-Za-z0-9_-]{43}$/);
    // Before the invite is used, the account lets nobody in.
    expect(await loginStatus(base, 'op@td.test', '')).toBe(401);
    expect((await acceptInvite(base, operatorInvite, 'aaaaaaaaaaaa')).status).toBe(400);
    expect((await acceptInvite(base, operatorInvite, PASSWORD)).status).toBe(204);
    expect((await acceptInvite(base, operatorInvite, 'another-password-7373')).status).toBe(404);
    expect(await loginStatus(base, 'op@td.test', PASSWORD)).toBe(200);
  });

  it('refuses an admin who sets or resets a partner password, re-invites a set account, or turns an account into a partner', async () => {
    expect((await admin.call('PATCH', `/accounts/${operatorId}`, { password: 'admin-chosen-password-2' })).status).toBe(403);
    expect((await admin.call('POST', `/accounts/${operatorId}/invite`)).status).toBe(403);
    const self = (await admin.session()).staff!.id;
    expect((await admin.call('PATCH', `/accounts/${self}`, { role: 'partner_support' })).status).toBe(403);
    const manager = await admin.expect<{ id: string }>(201, 'POST', '/accounts', { email: 'cm@casa.test', name: 'Marco', role: 'community_manager', neighbourhoodIds: ['mazzini'], password: 'manager-password-8181' });
    expect((await admin.call('PATCH', `/accounts/${manager.id}`, { role: 'partner_lead' })).status).toBe(403);
    expect(await loginStatus(base, 'op@td.test', PASSWORD)).toBe(200);
  });

  it('shows the organisation\'s lead every account change and each opening of a call-back once, never the content', async () => {
    const key = supportKey(undefined, path.join(path.dirname(bot.database.url.slice('file:'.length)), 'support.key'));
    const phone = '333 987 6543';
    const callback = await bot.app.db.callbackRequest.create({ data: { sealed: seal(key, JSON.stringify({ phone, window: 'morning', language: 'it', askedAt: new Date().toISOString() })), expiresAt: new Date(Date.now() + 86_400_000) } });
    const operator = await ConsoleClient.login(base, 'op@td.test', PASSWORD);
    for (let refresh = 0; refresh < 3; refresh += 1) await operator.expect(200, 'GET', '/support/callbacks');
    await admin.expect(204, 'PATCH', `/accounts/${operatorId}`, { active: false });

    expect((await lead.session()).staff).toMatchObject({ auditUnseen: expect.any(Number) });
    const unseen = ((await lead.session()).staff as unknown as { auditUnseen: number }).auditUnseen;
    expect(unseen).toBeGreaterThanOrEqual(6);
    const log = await lead.expect<{ action: string; actor: string | null; subject: string | null; detail: string | null }[]>(200, 'GET', '/partner/audit');
    const actions = log.map((entry) => entry.action);
    expect(actions.filter((action) => action === 'callback.opened')).toHaveLength(1);
    // Who and when, never which call-back: no row ties the log to it.
    expect(log.find((entry) => entry.action === 'callback.opened')).toMatchObject({ actor: 'Elena', subject: null });
    expect(JSON.stringify(log)).not.toContain(callback.id);
    expect(actions).toEqual(expect.arrayContaining(['account.created', 'invite.created', 'invite.used', 'account.deactivated']));
    expect(log.find((entry) => entry.action === 'account.deactivated')).toMatchObject({ actor: 'Admin', subject: 'Elena' });
    expect(JSON.stringify(log)).not.toContain(phone);
    expect(((await lead.session()).staff as unknown as { auditUnseen: number }).auditUnseen).toBe(0);
    // The admin reads the staff-wide log, not the organisation's.
    expect((await admin.call('GET', '/partner/audit')).status).toBe(403);
    expect(JSON.stringify(await admin.expect(200, 'GET', '/audit'))).not.toContain('callback.opened');
  });

  it('lets a lead add operators to their own organisation only', async () => {
    const other = (await admin.expect<{ id: string }>(201, 'POST', '/partner-organisations', { name: 'Ebano' })).id;
    expect((await lead.call('POST', '/accounts', { email: 'op2@td.test', name: 'Sara', role: 'partner_support', organisationId })).status).toBe(201);
    expect((await lead.call('POST', '/accounts', { email: 'op3@ebano.test', name: 'Rita', role: 'partner_support', organisationId: other })).status).toBe(403);
    expect((await lead.call('POST', '/accounts', { email: 'boss@td.test', name: 'Capo', role: 'partner_lead', organisationId })).status).toBe(403);
    const op2 = (await lead.expect<{ id: string; email: string }[]>(200, 'GET', '/accounts')).find((account) => account.email === 'op2@td.test')!;
    expect((await lead.call('PATCH', `/accounts/${op2.id}`, { role: 'admin' })).status).toBe(400);
    expect((await lead.call('PATCH', `/accounts/${op2.id}`, { active: false })).status).toBe(204);
    const listed = await lead.expect<{ email: string }[]>(200, 'GET', '/accounts');
    expect(listed.map((account) => account.email).sort()).toEqual(['lead@td.test', 'op2@td.test', 'op@td.test']);
  });
});

async function loginStatus(base: string, email: string, password: string): Promise<number> {
  const client = new ConsoleClient(base);
  await client.session();
  return (await client.call('POST', '/login', { email, password: password || 'x' })).status;
}
