import { toLocal } from '../../bot/services/desk/zonedTime';
import type { TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { createI18n } from '../../bot/i18n/i18n';
import { LINE_1522_SEED } from '../../bot/services/support/line1522';
import type { BotUnderTest } from '../support/botUnderTest';
import { labels, press, untilQuestion } from '../support/botUnderTest';
import { nextQuestion, tenantOpensChat } from '../support/wellbeingFlow';
import { until } from '../support/until';
import { logIn, openPage, pageGet } from './consoleSupport/browserSession';
import { startConsoleUnderTest, type ConsoleUnderTest } from './consoleSupport/consoleUnderTest';
import { callbackAskedAt, contactLines, tenantAsksForCallback, tenantAsksNumbersWithCodeWord } from './consoleSupport/supportFixtures';

jest.setTimeout(60_000);

const ADMIN = { email: 'admin@casa.test', password: 'admin-password-0123' };
const CARLA = { email: 'carla@casa.test', name: 'Carla Verdi', password: 'carla-password-0123' }; // coordinator
const ELENA = { email: 'elena@cav.test', name: 'Elena Rossi', password: 'elena-password-0123' }; // partner operator
const PARTNER = { name: 'Centro antiviolenza Gratosoglio', phone: '02 1111 2222', hours: 'lun-ven 9-18', address: 'Via di prova 1' };
const SAFE_PHONE = '3331234567';
const DAY = 86_400_000;

describe('the discreet support path in the staff console', () => {
  let suite: ConsoleUnderTest;
  let bot: BotUnderTest;
  let base: string;
  let page: Page;
  let t: TFunction;

  const byTestId = (id: string, target: Page = page) => target.locator(`[data-testid="${id}"]`);
  const shot = (name: string, target: Page = page) => target.screenshot({ path: `test-results/support-${name}.png`, fullPage: true });
  const navIds = (target: Page) => target.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));

  beforeAll(async () => {
    suite = await startConsoleUnderTest(ADMIN);
    ({ bot, base } = suite);
    t = (await createI18n()).getFixedT('it');
    await suite.admin.expect(201, 'POST', '/accounts', { ...CARLA, role: 'coordinator', neighbourhoodIds: [] });
    ({ page } = await suite.loggedInPage(CARLA));
  });

  afterAll(() => suite?.stop());

  it('lets a coordinator set a partner and a code word in the settings; a tenant who types the word opens the path and gets the partner', async () => {
    // Coordinators set the path up and see its count (figures), never the call-backs or the chats.
    const coordinatorNav = await navIds(page);
    expect(coordinatorNav).toEqual(expect.arrayContaining(['nav-settings', 'nav-figures']));
    expect(coordinatorNav.filter((id) => id === 'nav-callbacks' || id === 'nav-chats')).toEqual([]);
    await byTestId('nav-settings').click();
    await page.waitForURL(/#\/settings$/);
    await byTestId('settings-limit').waitFor();
    const section = byTestId('support-section');
    expect(await section.locator('h2').textContent()).toBe('Supporto riservato');
    await byTestId('settings-to-support').click(); // the section is below the neighbourhood's long form
    await page.waitForFunction(() => {
      const top = document.querySelector('[data-testid="support-section"]')!.getBoundingClientRect().top;
      return top > 0 && top < 200;
    });
    await byTestId('partner-none').filter({ hasText: 'Nessun centro' }).waitFor();
    expect(await byTestId('code-words-hint').textContent()).toBe('Chi scrive al bot una di queste parole apre il percorso riservato; il bot non le mostra mai da nessuna parte.');

    // The page's own checks: nothing is sent.
    await byTestId('partner-add').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('partner-name');
    await byTestId('partner-name').fill(PARTNER.name);
    await byTestId('partner-phone').fill('chiamare');
    await byTestId('partners-save').click();
    const partnerError = byTestId('partners-error');
    await partnerError.filter({ hasText: 'riga 1: il telefono può avere solo cifre' }).waitFor();
    expect(await partnerError.textContent()).toContain('riga 1: scrivi quando rispondono');
    expect(await bot.app.db.supportPartner.count()).toBe(0);

    // A refusal of the server is shown with the fields named as the form names them.
    await byTestId('partner-phone').fill(PARTNER.phone);
    await byTestId('partner-hours').fill(PARTNER.hours);
    await byTestId('partner-address').fill(PARTNER.address);
    await page.route('**/console/api/support/partners', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: 'invalid', message: '0.phone: a phone number: digits, spaces and + only' }) })
        : route.continue());
    await byTestId('partners-save').click();
    await partnerError.filter({ hasText: 'riga 1, telefono: a phone number' }).waitFor();
    await page.unroute('**/console/api/support/partners');

    await byTestId('partners-save').click();
    await partnerError.waitFor({ state: 'hidden' });
    await byTestId('flash').filter({ hasText: 'Centri salvati.' }).waitFor();
    expect(await bot.app.db.supportPartner.findMany({ select: { name: true, phone: true, hours: true, address: true } })).toEqual([PARTNER]);

    await byTestId('code-word-add').click();
    await byTestId('code-word').fill('ab');
    await byTestId('code-words-save').click();
    await byTestId('code-words-error').filter({ hasText: 'parola 1: da 3 a 60 caratteri' }).waitFor();
    expect(await bot.app.db.codeWord.count()).toBe(0);
    await byTestId('code-word').fill('  Girasole ');
    await byTestId('code-words-save').click();
    await byTestId('flash').filter({ hasText: 'Parole in codice salvate.' }).waitFor();
    expect((await bot.app.db.codeWord.findMany()).map((row) => row.word)).toEqual(['girasole']);
    expect(await byTestId('code-words-error').isHidden()).toBe(true);
    await shot('settings');

    await page.reload();
    await byTestId('partner-row').waitFor();
    expect(await byTestId('partner-name').inputValue()).toBe(PARTNER.name);
    expect(await byTestId('partner-address').inputValue()).toBe(PARTNER.address);
    expect(await byTestId('code-word').inputValue()).toBe('girasole');

    const tenant = bot.fake.user({ id: 9401, firstName: 'Sara', languageCode: 'it' });
    const { safe, contacts } = await tenantAsksNumbersWithCodeWord(tenant, t, 'Girasole');
    expect(safe.text).toBe(t('wellbeing:safe'));
    for (const line of [t('wellbeing:contacts.line1522'), ...contactLines(PARTNER)]) expect(contacts.text).toContain(line);
    expect(labels(contacts)).toEqual([t('common:button.quickExit')]);
  });

  it('lets a coordinator change 1522\'s languages and chat link in the settings; a tenant\'s help numbers say them at once', async () => {
    await page.goto(`${base}/console/#/settings`);
    const languages = byTestId('line1522-languages');
    await page.waitForFunction(() => (document.querySelector('[data-testid="line1522-languages"]') as HTMLInputElement | null)?.value.startsWith('it, en'));
    expect(await byTestId('line1522-chat').inputValue()).toBe('https://www.1522.eu/');

    // The page's own check, then the server's (which knows which codes are languages), fields named as the form names them.
    await byTestId('line1522-chat').fill('http://chat.1522.test/');
    await byTestId('line1522-save').click();
    const error = byTestId('line1522-error');
    await error.filter({ hasText: 'il link della chat deve iniziare con https://' }).waitFor();
    await byTestId('line1522-chat').fill('https://chat.1522.test/zh');
    await languages.fill('it, xx');
    await byTestId('line1522-save').click();
    await error.filter({ hasText: 'lingua 2: "xx" is not a language code' }).waitFor();

    await languages.fill('it, en, zh');
    expect(await byTestId('line1522-names').textContent()).toBe('italiano, inglese, cinese');
    await byTestId('line1522-save').click();
    await byTestId('flash').filter({ hasText: 'Dati del 1522 salvati.' }).waitFor();
    expect(await error.isHidden()).toBe(true);
    await shot('line1522');

    const zh = (await createI18n()).getFixedT('zh');
    const tenant = bot.fake.user({ id: 9406, firstName: 'Li', languageCode: 'zh' });
    tenant.start();
    press(tenant, await nextQuestion(tenant), zh('menu:entry.wellbeing'));
    press(tenant, await nextQuestion(tenant), zh('wellbeing:safeYes'));
    press(tenant, await nextQuestion(tenant), zh('wellbeing:numbersButton'));
    const [contacts] = await untilQuestion(tenant);
    expect(contacts!.text).toContain(zh('wellbeing:contacts.chat1522', { url: 'https://chat.1522.test/zh' }));
    expect(contacts!.text).not.toContain(zh('wellbeing:contacts.notInYourLanguage'));
    await suite.admin.expect(200, 'PUT', '/support/line1522', LINE_1522_SEED);
  });

  it('gives a partner operator made on the accounts page only "Richiamate" and "Chat": she calls back and marks each request handled, asked twice', async () => {
    const admin = await suite.loggedInPage(ADMIN);
    try {
      const at = (id: string) => byTestId(id, admin.page);
      const adminNav = await navIds(admin.page);
      expect(adminNav).toEqual(expect.arrayContaining(['nav-accounts', 'nav-settings', 'nav-figures']));
      expect(adminNav.filter((id) => id === 'nav-callbacks' || id === 'nav-chats')).toEqual([]);
      // Partner accounts belong to an organisation; the admin never chooses their password: an invite link does.
      await at('organisation-name').fill('Telefono Donna');
      await at('organisation-add').click();
      await at('organisations').filter({ hasText: 'Telefono Donna' }).waitFor();
      await at('account-new').click();
      expect(await at('account-role').locator('option[value="partner_support"]').textContent()).toBe('Operatrice/operatore centro antiviolenza');
      expect(await at('account-role-hint').isHidden()).toBe(true);
      await at('account-email').fill(ELENA.email);
      await at('account-name').fill(ELENA.name);
      await at('account-role').selectOption('partner_support');
      expect(await at('account-neighbourhoods').isHidden()).toBe(true);
      expect(await at('account-role-hint').isVisible()).toBe(true);
      expect(await at('account-password').isVisible()).toBe(false);
      await at('account-submit').click();
      const link = (await at('account-invite-link').textContent())!;
      const invite = await admin.context.newPage();
      await invite.goto(link);
      await invite.locator('[data-testid="invite-password"]').fill(ELENA.password);
      await invite.locator('[data-testid="invite-repeat"]').fill(ELENA.password);
      await invite.locator('[data-testid="invite-submit"]').click();
      await invite.getByText('Ora puoi accedere alla console').waitFor();
      await invite.close();
      await admin.page.locator('[data-testid^="account-row-"]', { hasText: ELENA.email }).filter({ hasText: 'Operatrice/operatore centro antiviolenza' }).waitFor();

      // Not even an admin reads the call-backs: no page, and the API says no.
      await admin.page.goto(`${base}/console/#/callbacks`);
      await admin.page.waitForURL(/#\/accounts$/);
      expect(await at('nav-callbacks').count()).toBe(0);
      expect((await pageGet(admin.page, '/console/api/support/callbacks')).status).toBe(403);
    } finally {
      await admin.context.close();
    }
    const staff = await bot.app.db.staffAccount.findUniqueOrThrow({ where: { email: ELENA.email }, include: { neighbourhoods: true } });
    expect(staff.role).toBe('partner_support');
    expect(staff.neighbourhoods).toEqual([]);

    const tenant = bot.fake.user({ id: 9402, firstName: 'Giulia', languageCode: 'it' });
    expect((await tenantAsksForCallback(tenant, t, SAFE_PHONE, 'tomorrowEvening')).text).toBe(t('wellbeing:callback.done'));
    // Two more, as the bot stores them, asked on other days: yesterday for "tomorrow morning" (that is, this morning), and three days ago.
    await callbackAskedAt(bot, new Date(Date.now() - DAY), { phone: '3390000001', date: toLocal(new Date()).date, window: 'morning', language: 'ar' });
    await callbackAskedAt(bot, new Date(Date.now() - 3 * DAY), { phone: '3390000002', date: toLocal(new Date(Date.now() - 3 * DAY)).date, window: 'evening', language: 'uk' });
    const requests = await bot.app.db.callbackRequest.findMany({ orderBy: { createdAt: 'asc' } });
    expect(requests).toHaveLength(3);
    const [stale, yesterdays, giulias] = requests.map((request) => request.id) as [string, string, string];

    const elena = await openPage(suite.browser, suite.problems);
    try {
      const at = (id: string) => byTestId(id, elena.page);
      const asked: string[] = [];
      const refused: string[] = [];
      elena.page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      elena.page.on('response', (response) => {
        if (response.status() === 403) refused.push(new URL(response.url()).pathname);
      });
      await logIn(elena.page, base, ELENA);
      await elena.page.waitForURL(/#\/callbacks$/);
      expect(await navIds(elena.page)).toEqual(['nav-callbacks', 'nav-chats']);
      expect(await at('nav-callbacks').textContent()).toBe('Richiamate');
      expect(await at('who').textContent()).toBe('Elena Rossi · Operatrice/operatore centro antiviolenza');
      expect(await at('connection').isHidden()).toBe(true);
      expect(await at('callbacks-retention').textContent()).toContain('si cancellano da sole dopo 7 giorni');

      const giulia = at(`callback-row-${giulias}`);
      await giulia.waitFor();
      expect(await at(`callback-phone-${giulias}`).textContent()).toBe(SAFE_PHONE);
      expect(await at(`callback-phone-${giulias}`).getAttribute('href')).toBe(`tel:${SAFE_PHONE}`);
      expect(await at(`callback-window-${giulias}`).textContent()).toBe('Domani sera');
      expect(await at(`callback-language-${giulias}`).textContent()).toBe('Italiano');
      expect(await at(`callback-window-${yesterdays}`).textContent()).toBe('Oggi mattina');
      expect(await at(`callback-language-${yesterdays}`).textContent()).toBe('العربية · arabo');
      expect(await at(`callback-window-${stale}`).textContent()).toMatch(/^Sera di \p{L}+ \d{1,2} \p{L}+$/u);
      expect(await at(`callback-row-${stale}`).textContent()).toContain('fascia passata');
      expect(await at(`callback-row-${giulias}`).textContent()).not.toContain('fascia passata');
      await shot('callbacks', elena.page);
      await elena.page.setViewportSize({ width: 390, height: 844 });
      expect(await elena.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await shot('callbacks-phone', elena.page);
      await elena.page.setViewportSize({ width: 1280, height: 800 });

      // The pages she may not open send her back to hers; the API refuses her everything else, the live events too.
      await elena.page.goto(`${base}/console/#/queue`);
      await elena.page.waitForURL(/#\/callbacks$/);
      await giulia.waitFor();
      expect((await pageGet(elena.page, '/console/api/queue')).status).toBe(403);
      expect((await pageGet(elena.page, '/console/api/support/partners')).status).toBe(403);
      expect((await pageGet(elena.page, '/console/api/events')).status).toBe(403);

      const handled = at(`callback-handled-${giulias}`);
      expect(await handled.textContent()).toBe('Gestita');
      await handled.click();
      expect(await handled.textContent()).toBe('Conferma: gestita, cancella');
      expect(await bot.app.db.callbackRequest.count()).toBe(3);
      await handled.click();
      await giulia.waitFor({ state: 'detached' });
      await at('flash').filter({ hasText: 'Richiesta gestita e cancellata.' }).waitFor();
      expect((await bot.app.db.callbackRequest.findMany()).map((request) => request.id).sort()).toEqual([stale, yesterdays].sort());

      await at(`callback-handled-${yesterdays}`).click();
      await at(`callback-handled-${yesterdays}`).click();
      await at(`callback-row-${yesterdays}`).waitFor({ state: 'detached' });
      // A colleague handled the last one meanwhile: it goes from the page all the same.
      await bot.app.db.callbackRequest.delete({ where: { id: stale } });
      await at(`callback-handled-${stale}`).click();
      await at(`callback-handled-${stale}`).click();
      await at('flash').filter({ hasText: 'Questa richiesta era già stata gestita o cancellata.' }).waitFor();
      await at('callbacks-none').waitFor();
      expect(await bot.app.db.callbackRequest.count()).toBe(0);

      expect(refused).toEqual(['/console/api/queue', '/console/api/support/partners', '/console/api/events']);
      expect(asked.filter((pathname) => pathname === '/console/api/events')).toHaveLength(1); // the one asked on purpose above
    } finally {
      await elena.context.close();
    }
  });

  it('tells an operator on the call-back page that a person waits in chat', async () => {
    const elena = await suite.loggedInPage(ELENA);
    const at = (testid: string) => byTestId(testid, elena.page);
    try {
      await elena.page.waitForURL(/#\/callbacks$/);
      await at('callbacks-retention').waitFor();
      const tenant = bot.fake.user({ id: 9405, firstName: 'Rosa', languageCode: 'it' });
      await tenantOpensChat(tenant, t);
      tenant.sendText('Sono qui');
      const announced = at('banner').filter({ hasText: 'Una persona aspetta in chat.' });
      await announced.waitFor({ timeout: 10_000 });
      await announced.getByRole('link', { name: 'Apri' }).click();
      await elena.page.waitForURL(/#\/chats$/);
      press(tenant, tenant.lastBotMessage()!, t('common:button.quickExit'));
      await until(async () => (await bot.app.db.supportChat.count()) === 0, 5000, 'the chat ending with the path');
    } finally {
      await elena.context.close();
    }
  });

  it('lets a partner operator take a chat, answer it and close it on the Chat page; a person who leaves is shown as gone', async () => {
    const ar = (await createI18n()).getFixedT('ar');
    const tenant = bot.fake.user({ id: 9403, firstName: 'Amal', languageCode: 'ar' });
    await tenantOpensChat(tenant, ar);
    const written = 'أحتاج إلى التحدث مع أحد';
    tenant.sendText(written);
    await until(async () => (await bot.app.db.supportChatMessage.count()) === 1, 5000, 'the message reaching the chat');
    const { id } = await bot.app.db.supportChat.findFirstOrThrow();

    const elena = await suite.loggedInPage(ELENA);
    try {
      const at = (testid: string) => byTestId(testid, elena.page);
      await at('nav-chats').click();
      await elena.page.waitForURL(/#\/chats$/);
      expect(await at(`chat-status-${id}`).textContent()).toBe('In attesa');
      expect(await at(`chat-language-${id}`).textContent()).toBe('العربية · arabo');
      expect(await at('chats-idle').textContent()).toContain('Se per 20 minuti nessuno scrive');
      await at(`chat-open-${id}`).click();
      await elena.page.waitForURL(new RegExp(`#/chats/${id}$`));
      await at('chat-message').filter({ hasText: written }).waitFor();
      expect(await at('chat-composer').isHidden()).toBe(true);

      await at('chat-take').click();
      expect((await tenant.nextBotMessage()).text).toBe(ar('wellbeing:chat.taken'));
      await at('chat-composer').waitFor();
      expect(await at('chat-take').isHidden()).toBe(true);
      const answer = 'مرحبًا، أنا هنا لمساعدتك.';
      await at('chat-reply-text').fill(answer);
      await at('chat-reply-send').click();
      expect((await tenant.nextBotMessage()).text).toBe(ar('wellbeing:chat.fromOperator', { text: answer }));
      // The box empties once the page has its answer, which may come after Telegram's message.
      await elena.page.waitForFunction(() => (document.querySelector('[data-testid="chat-reply-text"]') as HTMLTextAreaElement | null)?.value === '');
      tenant.sendText('شكرًا');
      // The page reads the chat again every few seconds.
      await at('chat-message').filter({ hasText: 'شكرًا' }).waitFor({ timeout: 8000 });
      expect(await at('chat-message').evaluateAll((bubbles) => bubbles.map((bubble) => bubble.getAttribute('data-from')))).toEqual(['person', 'operator', 'person']);
      expect(await at(`chat-status-${id}`).textContent()).toBe('Con te');
      await shot('chat', elena.page);

      await at('chat-end').click();
      expect(await at('chat-end').textContent()).toBe('Conferma: chiudi e cancella');
      expect(await bot.app.db.supportChat.count()).toBe(1);
      await at('chat-end').click();
      await at('flash').filter({ hasText: 'Chat chiusa e cancellata.' }).waitFor();
      await elena.page.waitForURL(/#\/chats$/);
      await at('chats-none').waitFor();
      expect((await tenant.nextBotMessage()).text).toBe(ar('wellbeing:chat.endedByOperator'));
      expect(await bot.app.db.supportChat.count()).toBe(0);

      // Another person starts a chat while the page is open: it is announced (never with what they wrote).
      const other = bot.fake.user({ id: 9404, firstName: 'Sara', languageCode: 'it' });
      await tenantOpensChat(other, t);
      other.sendText('Ho paura');
      await until(async () => (await bot.app.db.supportChatMessage.count()) === 1, 5000, 'the message reaching the chat');
      const announced = at('banner').filter({ hasText: 'Una persona aspetta in chat.' });
      await announced.waitFor({ timeout: 8000 });
      expect(await announced.textContent()).not.toContain('Ho paura');
      // Then she leaves with the quick exit while the chat is open on the page: the page says the chat is gone.
      const second = await bot.app.db.supportChat.findFirstOrThrow();
      await elena.page.goto(`${base}/console/#/chats/${second.id}`);
      await at('chat-take').click();
      const taken = await other.nextBotMessage();
      press(other, taken, t('common:button.quickExit'));
      await at('chat-gone').waitFor({ timeout: 8000 });
      expect(await at('chat-composer').isHidden()).toBe(true);
      expect(await bot.app.db.supportChat.count()).toBe(0);
    } finally {
      await elena.context.close();
    }
  });

  it('shows the daily count of path openings to coordinators on the figures page, and to partner operators', async () => {
    const opened = await bot.app.db.discreetDailyCount.aggregate({ _sum: { count: true } });
    expect(opened._sum.count).toBeGreaterThan(0);
    await page.goto(`${base}/console/#/figures`);
    await byTestId('openings-table').waitFor();
    expect(await byTestId('openings-total').textContent()).toBe(`Totale 30 giorni: ${opened._sum.count}`);
    expect(await byTestId('openings-table').locator('tbody tr').count()).toBe(30);
    const elena = await suite.loggedInPage(ELENA);
    try {
      await byTestId('openings-table', elena.page).waitFor();
      expect(await byTestId('openings-total', elena.page).textContent()).toBe(`Totale 30 giorni: ${opened._sum.count}`);
    } finally {
      await elena.context.close();
    }
  });

  it('had no script errors and no Content-Security-Policy violations', () => {
    expect(suite.problems).toEqual([]);
  });
});
