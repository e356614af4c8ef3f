import { chromium, type Browser, type Page } from 'playwright-core';
import { startBotUnderTest, type BotUnderTest } from '../support/botUnderTest';
import { acceptInvite, ADMIN, ADMIN_ENV, ConsoleClient } from '../support/consoleClient';

jest.setTimeout(60_000);

const PASSWORD = 'operator-password-5151';

describe('the partner pages and the audit log in a real browser', () => {
  let bot: BotUnderTest;
  let base: string;
  let browser: Browser;
  let admin: ConsoleClient;
  let organisationId: string;

  beforeAll(async () => {
    // The outsider below comes from elsewhere (through the local proxy): the admin's own log-in stays open.
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, TRUST_PROXY: '127.0.0.1' } });
    base = `http://127.0.0.1:${bot.app.port}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    organisationId = (await admin.expect<{ id: string }>(201, 'POST', '/partner-organisations', { name: 'Telefono Donna' })).id;
  });
  afterAll(async () => {
    await browser?.close();
    await bot.stop();
  });

  async function logIn(email: string, password: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${base}/console/`);
    await page.locator('[data-testid="login-email"]').fill(email);
    await page.locator('[data-testid="login-password"]').fill(password);
    await page.locator('[data-testid="login-submit"]').click();
    await page.locator('[data-testid="logout"]').waitFor();
    return page;
  }

  const navOf = async (page: Page) => (await page.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')))).sort();

  it('lets an operator choose their password on the invite page, then shows them only their pages', async () => {
    const { inviteUrl } = await admin.expect<{ inviteUrl: string }>(201, 'POST', '/accounts', { email: 'op@td.test', name: 'Elena', role: 'partner_support', organisationId });
    const page = await browser.newPage();
    await page.goto(`${base}${inviteUrl}`);
    expect(page.url()).not.toContain('#');
    await page.locator('[data-testid="invite-password"]').fill(PASSWORD);
    await page.locator('[data-testid="invite-repeat"]').fill('something-else-123');
    await page.locator('[data-testid="invite-submit"]').click();
    await page.locator('[data-testid="invite-message"]', { hasText: 'non coincidono' }).waitFor();
    await page.locator('[data-testid="invite-repeat"]').fill(PASSWORD);
    await page.locator('[data-testid="invite-submit"]').click();
    await page.getByText('Ora puoi accedere alla console').waitFor();
    const console = await logIn('op@td.test', PASSWORD);
    await console.locator('[data-testid="nav-callbacks"]').waitFor();
    expect(await navOf(console)).toEqual(['nav-callbacks', 'nav-chats']);
  });

  it('tells the lead of account changes at log-in and shows them in the organisation\'s log', async () => {
    const { inviteUrl } = await admin.expect<{ inviteUrl: string }>(201, 'POST', '/accounts', { email: 'lead@td.test', name: 'Lucia', role: 'partner_lead', organisationId });
    expect((await acceptInvite(base, inviteUrl, PASSWORD)).status).toBe(204);
    const page = await logIn('lead@td.test', PASSWORD);
    await page.locator('[data-testid="flash"]', { hasText: 'novità nel registro' }).waitFor();
    expect(await navOf(page)).toEqual(['nav-audit']);
    await page.locator('[data-testid="audit-row"]').first().waitFor();
    const actions = await page.locator('[data-testid="audit-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    expect(actions).toEqual(expect.arrayContaining(['account.created', 'invite.created', 'invite.used']));
  });

  it('shows the admin the lock-outs in the staff log, and the desk pages by the roles table', async () => {
    const outsider = new ConsoleClient(base);
    await outsider.session();
    for (let i = 0; i < 5; i += 1) {
      await outsider.fetch('/console/api/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': outsider.csrfToken, 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ email: ADMIN.email, password: 'not-the-password-0' }),
      });
    }
    const page = await logIn(ADMIN.email, ADMIN.password);
    expect(await navOf(page)).toEqual(['nav-accounts', 'nav-audit', 'nav-buildings', 'nav-canned', 'nav-content', 'nav-figures', 'nav-health', 'nav-privacy', 'nav-queue', 'nav-reports', 'nav-settings'].sort());
    await page.locator('[data-testid="nav-audit"]').click();
    await page.locator('[data-testid="audit-row"][data-action="login.locked"]').waitFor();
  });
});
