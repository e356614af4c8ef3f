import type { i18n as I18n } from 'i18next';
import { chromium, type Browser, type Page } from 'playwright-core';
import pino from 'pino';
import { startApp, type RunningApp } from '../../bot/app';
import { loadConfig } from '../../bot/config/config';
import { createI18n } from '../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../bot/i18n/languages';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

/** The main menu's buttons, in order (the rent path keeps its texts in its own namespace). */
const MENU_ENTRIES = ['menu:entry.maintenance', 'menu:entry.health', 'rent:menuEntry', 'menu:entry.wellbeing', 'menu:entry.person', 'menu:entry.language', 'menu:entry.help', 'menu:entry.privacy'];

describe('the sandbox in a real browser, without a Telegram token', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let i18n: I18n;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await startApp(loadConfig({ PORT: '0', DATABASE_URL: database.url }), pino({ level: 'silent' }));
    base = `http://127.0.0.1:${app.port}`;
    i18n = await createI18n();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await database?.drop();
  });

  it.each([...SUPPORTED_LANGUAGES])('shows every menu entry in %s', async (language) => {
    await page.goto(`${base}/sandbox/?lang=${language}`);
    const t = i18n.getFixedT(language);
    const buttons = page.locator('.msg.bot').last().locator('.keyboard button');
    await buttons.first().waitFor();
    expect(await buttons.allTextContents()).toEqual(MENU_ENTRIES.map((key) => t(key)));
    expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
  });

  it('runs a flow with buttons and typed text, like Telegram', async () => {
    await page.goto(`${base}/sandbox/?lang=it`);
    const t = i18n.getFixedT('it');
    await page.getByRole('button', { name: t('menu:entry.health') }).click();
    await page.locator('.msg.bot', { hasText: t('health:consent.ask').split('\n')[0]! }).waitFor();
    await expect(page.locator('.choice').last().textContent()).resolves.toBe(`✅ ${t('menu:entry.health')}`);
    await page.getByRole('button', { name: t('common:button.menu') }).last().click();
    await page.fill('#text', 'Privacy');
    await page.press('#text', 'Enter');
    await page.locator('.msg.bot', { hasText: t('menu:privacy').split('\n')[0]! }).waitFor();
    await page.screenshot({ path: 'test-results/sandbox-it.png' });
  });

  it('shows Arabic right to left on a phone-sized screen', async () => {
    await page.goto(`${base}/sandbox/?lang=ar`);
    await page.locator('.msg.bot .keyboard button').first().waitFor();
    const direction = await page.locator('.msg.bot').last().evaluate((element) => getComputedStyle(element).direction);
    expect(direction).toBe('rtl');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    // The whole title is shown, wrapped if need be, not cut with an ellipsis.
    const title = page.locator('#title');
    expect(await title.textContent()).toBe(i18n.getFixedT('ar')('sandbox:title'));
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.screenshot({ path: 'test-results/sandbox-ar.png' });
  });

  it('answers a malformed request with 400 and a reason', async () => {
    const response = await fetch(`${base}/sandbox/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"conversationId":"x"}' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.length).toBeGreaterThan(0);
  });
});
