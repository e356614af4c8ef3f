import type { TFunction } from 'i18next';
import { chromium, type Browser } from 'playwright-core';
import type { SandboxOperation } from '../../../bot/channels/sandbox/sandboxAdapter';
import { createI18n } from '../../../bot/i18n/i18n';
import { TrialRecords } from '../../../bot/services/trialRecords';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { sandboxConversation } from '../../support/sandboxClient';

type Message = Extract<SandboxOperation, { op: 'message' }>;
const ALWAYS_OPEN = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));

/** What sandbox tenants make: marked "prova", in no figure, removed after a day. */
describe('sandbox tenants are trials', () => {
  let bot: BotUnderTest;
  let base: string;
  let t: TFunction;
  let admin: ConsoleClient;
  let requestId: number;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, SANDBOX: 'public' } });
    base = `http://127.0.0.1:${bot.app.port}`;
    t = (await createI18n()).getFixedT('it');
    admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    await admin.expect(204, 'PUT', '/neighbourhoods/mazzini/settings', { claimLimitMinutes: 10, staffChatId: null, openingHours: ALWAYS_OPEN, holidays: [] });
    const conversationId = await sandboxConversation(base);
    const turn = async (body: { text: string } | { button: string }): Promise<Message[]> => {
      const response = await fetch(`${base}/sandbox/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, locale: 'it', ...body }) });
      return ((await response.json()) as { operations: SandboxOperation[] }).operations.filter((op): op is Message => op.op === 'message');
    };
    const press = async (messages: Message[], label: string) => {
      const button = messages.flatMap((message) => message.buttons.flat()).find((candidate) => candidate.label === label);
      if (!button?.data) throw new Error(`no button "${label}"`);
      return turn({ button: button.data });
    };
    let messages = await press(await turn({ text: '/start' }), t('menu:entry.person'));
    messages = await press(messages, t('common:neighbourhood.mazzini'));
    messages = await press(messages, t('person:topic.neighbourhood'));
    await turn({ text: 'Una prova dal sandbox' });
    requestId = (await bot.app.db.personRequest.findFirstOrThrow({ where: { channel: 'sandbox' } })).id;
  });
  afterAll(() => bot.stop());

  it('shows the request marked as a trial in the queue and on its page', async () => {
    const queue = await admin.expect<{ waiting: { id: number; trial: boolean }[] }>(200, 'GET', '/queue');
    expect(queue.waiting.find((request) => request.id === requestId)).toMatchObject({ trial: true });
    expect((await admin.expect<{ request: { trial: boolean } }>(200, 'GET', `/requests/${requestId}`)).request.trial).toBe(true);
  });

  it('counts it in no figure', async () => {
    const figures = await admin.expect<unknown>(200, 'GET', '/figures');
    const requestsCounted = JSON.stringify(figures).match(/"requests":\d+/g) ?? [];
    expect(requestsCounted.every((entry) => entry === '"requests":0')).toBe(true);
    // The same request from Telegram would count: the figure is not empty by construction.
    await bot.app.db.personRequest.update({ where: { id: requestId }, data: { channel: 'telegram' } });
    expect(JSON.stringify(await admin.expect<unknown>(200, 'GET', '/figures'))).toMatch(/"requests":1/);
    await bot.app.db.personRequest.update({ where: { id: requestId }, data: { channel: 'sandbox' } });
  });

  it('shows "prova" in the console page', async () => {
    const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/console/`);
      await page.locator('[data-testid="login-email"]').fill(ADMIN.email);
      await page.locator('[data-testid="login-password"]').fill(ADMIN.password);
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="logout"]').waitFor();
      await page.goto(`${base}/console/#/queue`);
      const badge = page.locator(`[data-testid="trial-${requestId}"]`);
      await badge.waitFor({ timeout: 10_000 });
      expect((await badge.textContent())?.toLowerCase()).toBe('prova');
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('removes what the trial tenant made a day later, and nothing of the real tenants', async () => {
    const real = await bot.app.db.tenant.create({ data: { channel: 'telegram', channelUserId: '424242', locale: 'it' } });
    const sweeper = (hours: number) => new TrialRecords(bot.app.db, () => new Date(Date.now() + hours * 3600_000));
    expect(await sweeper(1).sweep()).toBe(0);
    expect(await sweeper(25).sweep()).toBe(1);
    expect(await bot.app.db.personRequest.count({ where: { id: requestId } })).toBe(0);
    expect(await bot.app.db.tenant.count({ where: { channel: 'sandbox' } })).toBe(0);
    expect(await bot.app.db.tenant.count({ where: { id: real.id } })).toBe(1);
  });

  it('a trial opening the discreet path adds nothing to the daily count of openings', async () => {
    const conversationId = await sandboxConversation(base);
    const before = await bot.app.db.discreetDailyCount.findMany();
    const response = await fetch(`${base}/sandbox/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, locale: 'it', text: '/start' }) });
    const menu = ((await response.json()) as { operations: SandboxOperation[] }).operations.filter((op): op is Message => op.op === 'message');
    const wellbeing = menu.flatMap((message) => message.buttons.flat()).find((button) => button.label === t('menu:entry.wellbeing'))!;
    const opened = await fetch(`${base}/sandbox/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, locale: 'it', button: wellbeing.data }) });
    const shown = ((await opened.json()) as { operations: SandboxOperation[] }).operations.filter((op): op is Message => op.op === 'message');
    expect(shown.some((message) => message.text.includes(t('wellbeing:safe')))).toBe(true);
    expect(await bot.app.db.discreetDailyCount.findMany()).toEqual(before);
  });

  it('leaves reports made only in the sandbox out of the reports list\'s counts, and lists them marked "prova"', async () => {
    type List = { total: number; counts: { status: Record<string, number>; category: Record<string, number> }; reports: { id: number; trial: boolean }[] };
    const before = await admin.expect<List>(200, 'GET', '/reports');
    const building = await bot.app.db.building.findFirstOrThrow();
    const reportBy = async (channel: string, channelUserId: string) => {
      const tenant = await bot.app.db.tenant.create({ data: { channel, channelUserId, locale: 'it' } });
      const report = { buildingId: building.id, neighbourhoodId: building.neighbourhoodId, category: 'lift', status: 'received', place: 'common', description: 'Ascensore fermo', source: 'bot' };
      return bot.app.db.maintenanceReport.create({ data: { ...report, reporters: { create: { tenantId: tenant.id, language: 'it', channel, conversationId: channelUserId } } } });
    };
    const trial = await reportBy('sandbox', 'trial-reporter');
    const real = await reportBy('telegram', '515151');
    const after = await admin.expect<List>(200, 'GET', '/reports');
    expect(after.total).toBe(before.total + 2);
    expect(after.reports.filter((report) => [trial.id, real.id].includes(report.id))).toEqual([
      expect.objectContaining({ id: real.id, trial: false }),
      expect.objectContaining({ id: trial.id, trial: true }),
    ]);
    expect(after.counts.status.received).toBe((before.counts.status.received ?? 0) + 1);
    expect(after.counts.category.lift).toBe((before.counts.category.lift ?? 0) + 1);
  });
});
