import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, as the browser tests use it (no browser is downloaded). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page in a context of its own (own cookies), Italian and in Rome time, whose script errors and
 * Content-Security-Policy violations are added to problems.
 */
export async function openPage(browser: Browser, problems: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'it-IT', timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`csp: ${message.text()}`);
  });
  return { context, page };
}

export async function logIn(page: Page, base: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/console/`);
  await page.locator('[data-testid="login-email"]').fill(who.email);
  await page.locator('[data-testid="login-password"]').fill(who.password);
  await page.locator('[data-testid="login-submit"]').click();
  await page.locator('[data-testid="logout"]').waitFor();
}

export interface PageAnswer {
  status: number;
  contentType: string;
  /** The body as text ('' for images and PDFs). */
  text: string;
  size: number;
}

/** A GET from inside the page: the same cookies as the staff member logged in there. */
export function pageGet(page: Page, url: string): Promise<PageAnswer> {
  return page.evaluate(async (address) => {
    const response = await fetch(address, { credentials: 'same-origin', cache: 'no-store' });
    const contentType = response.headers.get('content-type') ?? '';
    const body = await response.arrayBuffer();
    const text = /^(text|application\/json)/.test(contentType) ? new TextDecoder().decode(body) : '';
    return { status: response.status, contentType, text, size: body.byteLength };
  }, url);
}
