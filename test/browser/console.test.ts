import fs from 'node:fs';
import type { TFunction } from 'i18next';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createI18n } from '../../bot/i18n/i18n';
import { press, startBotUnderTest, type BotUnderTest } from '../support/botUnderTest';
import type { FakeUser } from '../support/fakeTelegram';
import { ConsoleClient } from '../support/consoleClient';
import { has, tenantAsksForPerson, waitForBotMessage, withButton } from './consoleSupport/tenant';

jest.setTimeout(60_000);

const ADMIN = { email: 'admin@casa.test', password: 'admin-password-0123' };
const SARA = { email: 'sara@casa.test', name: 'Sara Rossi', password: 'sara-password-0123' }; // San Siro
const GIORGIO = { email: 'giorgio@casa.test', name: 'Giorgio Bianchi', password: 'giorgio-password-0123' }; // Gratosoglio
const PAOLO = { email: 'paolo@casa.test', name: 'Paolo Neri', password: 'paolo-password-0123' }; // San Siro, Sara's colleague
/** The desks stay open around the clock during the tests, so requests go to "waiting" at once. */
const ALWAYS_OPEN = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));
/** A real 1×1 PNG, so the browser can decode the photo the tenant sends. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhgG/hLz7CQAAAABJRU5ErkJggg==', 'base64');

describe('the staff console in a real browser', () => {
  let bot: BotUnderTest;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let it_: TFunction;
  let ar: TFunction;
  let admin: ConsoleClient;
  let tenant: FakeUser;
  let requestId: number;
  let gratosoglioRequestId: number;
  const problems: string[] = [];

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const shot = (name: string, target: Page = page) => target.screenshot({ path: `test-results/console-${name}.png`, fullPage: true });
  /** fetch from inside the page: same cookies as the logged-in staff member. */
  const pageFetch = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    page.evaluate(async ({ url, init }) => {
      const response = await fetch(url, { credentials: 'same-origin', ...init });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
      return { status: response.status, body: body as { error?: string } };
    }, { url, init });

  function watch(target: Page): void {
    target.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    target.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`csp: ${message.text()}`);
    });
  }

  async function login(target: Page, who: { email: string; password: string }): Promise<void> {
    await target.goto(`${base}/console/`);
    await target.locator('[data-testid="login-email"]').fill(who.email);
    await target.locator('[data-testid="login-password"]').fill(who.password);
    await target.locator('[data-testid="login-submit"]').click();
    await target.locator('[data-testid="logout"]').waitFor();
  }

  beforeAll(async () => {
    fs.mkdirSync('test-results', { recursive: true });
    bot = await startBotUnderTest({ env: { CONSOLE_ADMIN_EMAIL: ADMIN.email, CONSOLE_ADMIN_PASSWORD: ADMIN.password } });
    base = `http://127.0.0.1:${bot.app.port}`;
    const i18n = await createI18n();
    it_ = i18n.getFixedT('it');
    ar = i18n.getFixedT('ar');

    admin = new ConsoleClient(base);
    await admin.login(ADMIN.email, ADMIN.password);
    for (const id of ['san-siro', 'gratosoglio']) {
      const settings = await admin.expect<{ claimLimitMinutes: number }>(200, 'GET', `/neighbourhoods/${id}/settings`);
      await admin.expect(204, 'PUT', `/neighbourhoods/${id}/settings`, {
        claimLimitMinutes: settings.claimLimitMinutes,
        staffChatId: null,
        openingHours: ALWAYS_OPEN,
        holidays: [],
      });
    }
    await admin.expect(201, 'POST', '/accounts', { ...SARA, role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    await admin.expect(201, 'POST', '/accounts', { ...GIORGIO, role: 'community_manager', neighbourhoodIds: ['gratosoglio'] });
    await admin.expect(201, 'POST', '/accounts', { ...PAOLO, role: 'community_manager', neighbourhoodIds: ['san-siro'] });

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    page = await context.newPage();
    watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it('rejects a wrong password with a clear message, then logs in', async () => {
    await page.goto(`${base}/console/`);
    await byTestId('login-email').fill(SARA.email);
    await byTestId('login-password').fill('not-the-password-0');
    await byTestId('login-submit').click();
    await page.locator('[data-testid="login-error"]', { hasText: 'Email o password sbagliata' }).waitFor();
    await shot('login-error');

    await byTestId('login-password').fill(SARA.password);
    await byTestId('login-submit').click();
    await byTestId('queue-waiting').waitFor();
    expect(await byTestId('who').textContent()).toContain(SARA.name);
    expect(await page.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')))).toEqual(['nav-queue', 'nav-reports', 'nav-centre']);
    expect(page.url()).toMatch(/#\/queue$/);
  });

  it('shows a new request in the queue live, as soon as a tenant asks for a person on Telegram', async () => {
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    tenant = await tenantAsksForPerson(bot.fake, it_, {
      id: 7001, firstName: 'Lucia', languageCode: 'it', neighbourhoodKey: 'sanSiro', topic: 'maintenance', text: 'Perde acqua dal soffitto del bagno',
    });
    const card = byTestId('queue-waiting').locator('[data-testid^="queue-item-"]', { hasText: 'Perde acqua dal soffitto del bagno' });
    await card.waitFor({ timeout: 10_000 });
    requestId = Number(await card.getAttribute('data-request-id'));
    expect(requestId).toBeGreaterThan(0);
    await byTestId('flash').filter({ hasText: `Nuova richiesta #${requestId} (San Siro)` }).waitFor({ state: 'attached' });
    const text = await card.textContent();
    expect(text).toContain('Guasti e manutenzione');
    expect(text).toContain('San Siro');
    expect(text).toContain('in attesa da');
    await byTestId(`claim-${requestId}`).waitFor();
    // No reload happened: the marker set on the page is still there.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await shot('queue');
  });

  it('claims the request: the tenant is told who answers', async () => {
    await byTestId(`claim-${requestId}`).click();
    await page.waitForURL(new RegExp(`#/requests/${requestId}$`));
    await page.locator('[data-testid="request-status"][data-status="claimed"]').waitFor();
    expect(await byTestId('request-claimed-by').textContent()).toBe(SARA.name);
    expect(await byTestId('request-topic').textContent()).toBe('Guasti e manutenzione');
    expect(await byTestId('language-note').textContent()).toContain('Italiano');
    await waitForBotMessage(tenant, (message) => has(message, 'Sara'));
    // The tenant's first message is in the chat; the bot conversation is in the collapsible transcript.
    await page.locator('[data-testid="message"][data-author="tenant"]', { hasText: 'Perde acqua dal soffitto del bagno' }).waitFor();
    expect(await page.locator('details[data-testid="transcript"]').count()).toBe(1);
  });

  it('sends a reply, with the button and with Ctrl+Enter, and a canned reply: the tenant gets them on Telegram', async () => {
    await byTestId('reply-text').fill('Buongiorno Lucia, domani mattina passa un tecnico.');
    await byTestId('reply-send').click();
    await waitForBotMessage(tenant, (message) => has(message, 'domani mattina passa un tecnico'));
    await page.locator('[data-testid="message"][data-author="staff"][data-delivery="sent"]', { hasText: 'domani mattina passa un tecnico' }).waitFor({ timeout: 10_000 });
    expect(await byTestId('reply-text').inputValue()).toBe('');

    await byTestId('reply-text').fill('Le va bene verso le 9?');
    await byTestId('reply-text').press('Control+Enter');
    await waitForBotMessage(tenant, (message) => has(message, 'Le va bene verso le 9?'));

    // A canned reply is inserted into the box to edit: from the search, or by typing "/" and a word.
    await page.locator('.canned-picker summary').click();
    const options = byTestId('canned-list').locator('[data-testid="canned-option"]');
    expect(await options.count()).toBeGreaterThan(0);
    const title = (await options.first().locator('strong').textContent())!;
    await byTestId('canned-search').fill(title);
    expect(await options.count()).toBeGreaterThan(0);
    await options.first().click();
    const cannedText = await byTestId('reply-text').inputValue();
    expect(cannedText.length).toBeGreaterThan(0);
    await byTestId('reply-text').fill('');
    await byTestId('reply-text').pressSequentially(`/${title.split(' ')[0]}`);
    await byTestId('canned-suggestions').locator('[data-testid="canned-option"]').first().waitFor();
    await byTestId('reply-text').press('Enter');
    expect(await byTestId('reply-text').inputValue()).toBe(cannedText);
    await byTestId('reply-text').press('End');
    await byTestId('reply-text').pressSequentially(' A presto, Sara.');
    await byTestId('reply-send').click();
    await waitForBotMessage(tenant, (message) => has(message, 'A presto, Sara.') && has(message, cannedText.slice(0, 40)));

    // An internal note shows in the chat, marked, and never reaches the tenant.
    await byTestId('mode-note').check();
    await byTestId('reply-text').fill('Nota: il tecnico ha già le chiavi della cantina');
    await byTestId('reply-send').click();
    await page.locator('[data-testid="note"]', { hasText: 'il tecnico ha già le chiavi' }).waitFor();
    expect(await page.locator('[data-testid="note"]').textContent()).toContain('Nota interna');
    await byTestId('mode-reply').check();
    await shot('request-chat');
  });

  it('shows what the tenant writes live: text in its own direction, and photos', async () => {
    tenant.sendText('Grazie! Sono a casa dopo le 15.');
    await page.locator('[data-testid="message"][data-author="tenant"]', { hasText: 'Sono a casa dopo le 15' }).waitFor({ timeout: 10_000 });

    tenant.sendText('شكرا جزيلا');
    const arabic = page.locator('[data-testid="message"][data-author="tenant"] .text', { hasText: 'شكرا جزيلا' });
    await arabic.waitFor({ timeout: 10_000 });
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

    tenant.sendPhoto({ width: 1, height: 1, content: PIXEL, caption: 'la macchia' });
    const photo = page.locator('[data-testid="message"][data-author="tenant"][data-kind="photo"] img');
    await photo.waitFor({ timeout: 10_000 });
    await page.waitForFunction((element) => (element as HTMLImageElement).complete, await photo.elementHandle(), { timeout: 10_000 });
    expect(await photo.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  });

  it('closes the request with an outcome: the tenant is asked to rate, and the rating shows', async () => {
    await byTestId('close-outcome').selectOption('resolved');
    await byTestId('close-note').fill('Tecnico prenotato');
    await byTestId('close-submit').click();
    await page.locator('[data-testid="request-status"][data-status="closed"]').waitFor({ timeout: 10_000 });
    expect(await byTestId('request-outcome').textContent()).toBe('Risolto');
    const question = await waitForBotMessage(tenant, (message) => has(message, it_('person:askRating')));
    expect(withButton(it_('person:rating.5'))(question)).toBe(true);

    press(tenant, question, it_('person:rating.5'));
    await waitForBotMessage(tenant, (message) => has(message, it_('person:askComment')));
    tenant.sendText('Molto gentili');
    await waitForBotMessage(tenant, (message) => has(message, it_('person:thanks')));
    await page.reload();
    await byTestId('rating-value').waitFor({ timeout: 10_000 });
    expect(await byTestId('rating-value').textContent()).toContain('5/5');
    expect(await byTestId('rating-comment').textContent()).toBe('Molto gentili');
    await shot('request-closed');
  });

  it("finds the tenant's earlier requests in two clicks, and the closed request in the search", async () => {
    await page.goto(`${base}/console/#/requests/${requestId}`);
    await byTestId('tenant-link').click();
    await byTestId('tenant-page').locator('[data-testid="tenant-name"]').waitFor();
    expect(await byTestId('tenant-name').textContent()).toBe('Lucia');
    expect(await byTestId('tenant-neighbourhood').textContent()).toBe('San Siro');
    await byTestId('tenant-requests').locator(`a[href="#/requests/${requestId}"]`).click();
    await page.waitForURL(new RegExp(`#/requests/${requestId}$`));
    // The transcript shows the buttons the tenant pressed by their label.
    await page.locator('details[data-testid="transcript"] summary').click();
    expect(await byTestId('transcript').textContent()).toContain(`▸ ${it_('menu:entry.person')}`);

    await page.goto(`${base}/console/#/queue`);
    await byTestId('open-archive').click();
    await byTestId('archive-q').fill('SOFFITTO del bagno');
    await byTestId('archive-search').click();
    await byTestId(`archive-item-${requestId}`).waitFor();
    await shot('archive');
  });

  it('says "Già presa da …" when a colleague claimed first, and shows a hand-back live among the open chats', async () => {
    const paolo = new ConsoleClient(base);
    await paolo.login(PAOLO.email, PAOLO.password);
    await page.goto(`${base}/console/#/queue`);
    await byTestId('queue-waiting').waitFor();
    const marco = await tenantAsksForPerson(bot.fake, it_, {
      id: 7003, firstName: 'Marco', languageCode: 'it', neighbourhoodKey: 'sanSiro', topic: 'rent', text: 'Mi è arrivata una bolletta sbagliata',
    });
    const card = byTestId('queue-waiting').locator('[data-testid^="queue-item-"]', { hasText: 'bolletta sbagliata' });
    await card.waitFor({ timeout: 10_000 });
    const id = Number(await card.getAttribute('data-request-id'));
    expect(await card.textContent()).toContain('Affitto e contratto');

    // Without live updates the card still offers the claim after the colleague took it.
    await page.route('**/console/api/events', (route) => route.abort());
    await page.reload();
    await byTestId(`claim-${id}`).waitFor();
    await paolo.expect(204, 'POST', `/requests/${id}/claim`);
    await byTestId(`claim-${id}`).click();
    await page.locator('[data-testid="flash"]', { hasText: `Già presa da ${PAOLO.name}` }).waitFor();
    expect(page.url()).toMatch(/#\/queue$/);
    await page.unroute('**/console/api/events');

    await page.reload();
    const active = byTestId('queue-active').locator(`[data-testid="queue-item-${id}"]`);
    await active.filter({ hasText: PAOLO.name }).waitFor();
    await paolo.expect(204, 'POST', `/requests/${id}/hand-back`);
    await active.filter({ hasText: 'Restituita al bot' }).waitFor({ timeout: 10_000 });
    await waitForBotMessage(marco, (message) => has(message, it_('person:handedBack')));
  });

  it('keeps a San Siro manager out of a Gratosoglio request (queue and API)', async () => {
    await tenantAsksForPerson(bot.fake, ar, {
      id: 7002, firstName: 'Amina', languageCode: 'ar', neighbourhoodKey: 'gratosoglio', topic: 'health', text: 'أحتاج إلى موعد مع الطبيب',
    });
    const giorgio = new ConsoleClient(base);
    await giorgio.login(GIORGIO.email, GIORGIO.password);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const queue = await giorgio.expect<{ waiting: { id: number; preview: string; languageName: string; topic: string }[] }>(200, 'GET', '/queue');
      const found = queue.waiting.find((item) => item.preview.includes('أحتاج'));
      if (found) {
        gratosoglioRequestId = found.id;
        expect(found.languageName).toBe('العربية');
        expect(found.topic).toBe('health');
        break;
      }
      if (Date.now() > deadline) throw new Error(`the Gratosoglio request never reached Giorgio's queue: ${JSON.stringify(queue)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    await page.goto(`${base}/console/#/queue`);
    await byTestId('queue-waiting').waitFor();
    await page.waitForTimeout(500);
    expect(await byTestId(`queue-item-${gratosoglioRequestId}`).count()).toBe(0);
    expect((await pageFetch(`/console/api/requests/${gratosoglioRequestId}`)).status).toBe(403);
    await page.goto(`${base}/console/#/requests/${gratosoglioRequestId}`);
    await byTestId('page-error').waitFor();
  });

  it('gives a community manager no Accounts page, and 403 from the accounts API', async () => {
    await page.goto(`${base}/console/#/queue`);
    await byTestId('queue-waiting').waitFor();
    expect(await byTestId('nav-accounts').count()).toBe(0);
    await page.goto(`${base}/console/#/accounts`);
    await page.waitForURL(/#\/queue$/);
    expect((await pageFetch('/console/api/accounts')).status).toBe(403);
  });

  it('rejects a state-changing request without the CSRF token with 403', async () => {
    const withoutToken = await pageFetch(`/console/api/requests/${requestId}/labels`, {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ labels: ['acqua'] }),
    });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.error).toBe('csrf');
    const noCookieLogin = await new ConsoleClient(base).call('POST', '/login', { email: SARA.email, password: SARA.password }, { csrf: false });
    expect(noCookieLogin.status).toBe(403);
  });

  it('works at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/console/#/requests/${requestId}`);
    await page.locator('[data-testid="message"]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot('request-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('lets the admin manage accounts and see figures, canned replies and settings', async () => {
    const adminPage = await context.browser()!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'it-IT', timezoneId: 'Europe/Rome' }).then((other) => other.newPage());
    watch(adminPage);
    const at = (id: string) => adminPage.locator(`[data-testid="${id}"]`);
    await login(adminPage, ADMIN);
    expect(await adminPage.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid'))))
      .toEqual(['nav-accounts', 'nav-audit', 'nav-queue', 'nav-settings', 'nav-figures', 'nav-canned', 'nav-reports', 'nav-buildings', 'nav-health', 'nav-content', 'nav-privacy']);

    // The admin sees every queue, read-only: no claim button.
    await at('nav-queue').click();
    await at('queue-waiting').waitFor();
    await adminPage.locator('[data-testid^="queue-item-"]').first().waitFor();
    expect(await adminPage.locator('button[data-testid^="claim-"]').count()).toBe(0);
    await at('nav-accounts').click();

    await at('account-new').click();
    await at('account-email').fill('carla@casa.test');
    await at('account-name').fill('Carla Verdi');
    await at('account-role').selectOption('coordinator');
    await at('account-password').fill('carla-password-0123');
    await at('account-nb-san-siro').check();
    await at('account-nb-gratosoglio').check();
    await at('account-submit').click();
    await adminPage.locator('[data-testid^="account-row-"]', { hasText: 'carla@casa.test' }).waitFor();
    await shot('accounts', adminPage);

    await at('nav-figures').click();
    await adminPage.locator('[data-testid="figures-table"] tbody tr', { hasText: 'San Siro' }).first().waitFor();
    await shot('figures', adminPage);

    await at('nav-canned').click();
    await adminPage.locator('[data-testid^="canned-item-"]').first().click();
    expect(await at('canned-text-ar').getAttribute('dir')).toBe('rtl');
    await shot('canned', adminPage);

    await at('nav-settings').click();
    await at('settings-limit').waitFor();
    await at('settings-neighbourhood').selectOption('san-siro');
    await adminPage.locator('[data-testid="settings"] h2', { hasText: 'San Siro' }).waitFor();
    expect(await at('settings-hours').locator('tr').count()).toBe(7);
    await shot('settings', adminPage);

    // The record of processing, and the retention run the bot made when it started.
    await at('nav-privacy').click();
    await adminPage.locator('[data-testid="privacy-runs"] tbody tr').first().waitFor();
    expect(await adminPage.locator('[data-testid="privacy-record"] tbody tr').count()).toBe(8);
    expect(await at('privacy-requests').count()).toBe(0);
    await shot('privacy', adminPage);

    await at('logout').click();
    await at('login-email').waitFor();
    await adminPage.context().close();
  });

  it('had no script errors and no Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
