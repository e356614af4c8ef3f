import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startBotUnderTest, type BotUnderTest } from '../support/botUnderTest';
import { launchChromium, logIn, openPage } from './consoleSupport/browserSession';
import { createReport, telegramReporter } from './consoleSupport/reportFixtures';

jest.setTimeout(60_000);

const ADMIN = { email: 'admin@casa.test', password: 'admin-password-0123' };
const WIDE = { width: 1366, height: 768 };
/** A phone, and the narrow column of a split screen. */
const NARROW = [{ width: 390, height: 844 }, { width: 368, height: 800 }];

describe('the console on a phone', () => {
  let bot: BotUnderTest;
  let base: string;
  let browser: Browser;
  let page: Page;
  let reportId: number;
  let tenantId: string;
  const problems: string[] = [];

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  beforeAll(async () => {
    fs.mkdirSync('test-results', { recursive: true });
    bot = await startBotUnderTest({ env: { CONSOLE_ADMIN_EMAIL: ADMIN.email, CONSOLE_ADMIN_PASSWORD: ADMIN.password } });
    base = `http://127.0.0.1:${bot.app.port}`;
    const tenant = await telegramReporter(bot, { id: 8201, firstName: 'Lucia', languageCode: 'it' });
    const report = await createReport(bot.app.db, {
      buildingCode: 'GR-0001', category: 'water', place: { kind: 'flat', staircase: 'B', floor: '3', flat: '12' },
      description: 'Perde acqua dal soffitto del bagno', details: { ceiling: 'yes' }, access: 'mornings', reporter: tenant.reporter, files: [],
    });
    reportId = report.id;
    tenantId = (await bot.app.db.tenant.findFirstOrThrow({ where: { channelUserId: '8201' } })).id;
    browser = await launchChromium();
    ({ page } = await openPage(browser, problems));
    await logIn(page, base, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it('keeps the navigation in one row on a wide screen, without a menu button', async () => {
    await page.setViewportSize(WIDE);
    await page.goto(`${base}/console/#/reports`);
    await byTestId(`report-row-${reportId}`).waitFor();
    expect(await byTestId('nav-toggle').isVisible()).toBe(false);
    expect(await byTestId('nav-accounts').isVisible()).toBe(true);
  });

  it.each(NARROW)('folds the admin navigation into a menu and shows reports as cards at %o', async (size) => {
    await page.setViewportSize(size);
    await page.goto(`${base}/console/#/reports`);
    const row = byTestId(`report-row-${reportId}`);
    await row.waitFor();
    expect(await byTestId('nav-accounts').isVisible()).toBe(false);
    expect((await page.locator('#topbar').boundingBox())!.height).toBeLessThan(90);
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    expect((await row.boundingBox())!.width).toBeLessThanOrEqual(size.width);
    // Each cell is labelled with its column, as the table's header is not shown.
    expect(await row.locator('td').nth(2).evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Categoria: "');
    expect(await noSideScroll()).toBe(true);
    await page.screenshot({ path: `test-results/phone-reports-${size.width}.png`, fullPage: true });

    await byTestId('nav-toggle').click();
    expect(await byTestId('nav-toggle').getAttribute('aria-expanded')).toBe('true');
    await byTestId('nav-queue').click();
    await byTestId('queue-waiting').waitFor();
    expect(await byTestId('nav-accounts').isVisible()).toBe(false);
    expect(await noSideScroll()).toBe(true);
  });

  it.each(NARROW)("shows the tenant's page and the closed requests without side scrolling at %o", async (size) => {
    await page.setViewportSize(size);
    await page.goto(`${base}/console/#/reports/${reportId}`);
    await byTestId('reporter-tenant').click();
    await byTestId('tenant-reports').locator(`a[href="#/reports/${reportId}"]`).waitFor();
    expect(page.url()).toContain(`#/tenants/${tenantId}`);
    expect(await noSideScroll()).toBe(true);
    await page.goto(`${base}/console/#/archive`);
    await byTestId('archive-count').waitFor();
    await byTestId('archive-search').click();
    expect(await noSideScroll()).toBe(true);
  });

  it('had no script errors and no Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
