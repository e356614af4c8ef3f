import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ConsoleClient } from '../../support/consoleClient';
import { launchChromium, logIn, openPage } from './browserSession';

/** What a console browser test runs against: the bot, the first admin's API client, one Chromium. */
export interface ConsoleUnderTest {
  bot: BotUnderTest;
  /** http://127.0.0.1:<port> */
  base: string;
  admin: ConsoleClient;
  browser: Browser;
  /** Script errors and Content-Security-Policy violations of every page opened with loggedInPage. */
  problems: string[];
  /** A page of its own (own cookies) with this staff member logged in. */
  loggedInPage(who: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

/** Starts the bot with a first admin (logged in through the API) and Chromium; screenshots go to test-results/. env: more settings. */
export async function startConsoleUnderTest(firstAdmin: { email: string; password: string }, env: Record<string, string> = {}): Promise<ConsoleUnderTest> {
  fs.mkdirSync('test-results', { recursive: true });
  const bot = await startBotUnderTest({ env: { CONSOLE_ADMIN_EMAIL: firstAdmin.email, CONSOLE_ADMIN_PASSWORD: firstAdmin.password, ...env } });
  const base = `http://127.0.0.1:${bot.app.port}`;
  let browser: Browser | undefined;
  try {
    const admin = await ConsoleClient.login(base, firstAdmin.email, firstAdmin.password);
    browser = await launchChromium();
    const problems: string[] = [];
    const opened = browser;
    return {
      bot,
      base,
      admin,
      browser,
      problems,
      async loggedInPage(who) {
        const session = await openPage(opened, problems);
        await logIn(session.page, base, who);
        return session;
      },
      async stop() {
        await opened.close();
        await bot.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await bot.stop();
    throw error;
  }
}
