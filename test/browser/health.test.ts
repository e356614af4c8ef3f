import type { Page } from 'playwright-core';
import type { BotUnderTest } from '../support/botUnderTest';
import type { FakeUser } from '../support/fakeTelegram';
import { logIn, openPage, pageGet } from './consoleSupport/browserSession';
import { startConsoleUnderTest, type ConsoleUnderTest } from './consoleSupport/consoleUnderTest';
import { bookAppointment, tenantHealthOf, type BookedFixture } from './consoleSupport/healthFixtures';
import { telegramReporter } from './consoleSupport/reportFixtures';
import { has, waitForBotMessage } from './consoleSupport/tenant';

jest.setTimeout(60_000);

const ADMIN = { email: 'admin@casa.test', password: 'admin-password-0123' };
const CARLA = { email: 'carla@casa.test', name: 'Carla Verdi', password: 'carla-password-0123' }; // coordinator
const NINA = { email: 'nina@casa.test', name: 'Nina Galli', password: 'nina-password-0123' }; // nurse, San Siro
const POINT = 'ps-gratosoglio';
const NOTE = 'Porto le ultime analisi';

describe('health appointments in the staff console', () => {
  let suite: ConsoleUnderTest;
  let bot: BotUnderTest;
  let base: string;
  let page: Page;
  let lucia: FakeUser;
  /** Marco (Italian) on the first day with free places for a pressure check at Gratosoglio; he said he will come. */
  let marcos: BookedFixture;
  /** Lucia (English) on the next such day: the day that gets closed. */
  let lucias: BookedFixture;

  const byTestId = (id: string, target: Page = page) => target.locator(`[data-testid="${id}"]`);
  const shot = (name: string, target: Page = page) => target.screenshot({ path: `test-results/health-${name}.png`, fullPage: true });
  const navIds = (target: Page) => target.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
  const appointment = (id: number) => bot.app.db.appointment.findUniqueOrThrow({ where: { id } });
  /** The month's figures row of Gratosoglio's pressure checks, once it shows these counts. */
  const figuresShow = (counts: Record<string, number>) =>
    page.locator(`[data-testid="health-figures-row-${POINT}-pressure"]${Object.entries(counts).map(([key, count]) => `[data-${key}="${count}"]`).join('')}`).waitFor({ timeout: 10_000 });

  beforeAll(async () => {
    suite = await startConsoleUnderTest(ADMIN);
    ({ bot, base } = suite);
    await suite.admin.expect(201, 'POST', '/accounts', { ...CARLA, role: 'coordinator', neighbourhoodIds: [] });

    const { db } = bot.app;
    const [firstDay, secondDay] = await tenantHealthOf(db).schedule.freeDays(POINT, 'pressure', 2);
    if (!firstDay || !secondDay) throw new Error('the sample schedule has no free pressure checks at Gratosoglio');
    const marco = await telegramReporter(bot, { id: 8301, firstName: 'Marco', languageCode: 'it' });
    marcos = await bookAppointment(db, marco.reporter, { pointId: POINT, serviceId: 'pressure', date: firstDay, note: NOTE, confirmedByTenant: true });
    const tenant = await telegramReporter(bot, { id: 8302, firstName: 'Lucia', languageCode: 'en' });
    lucia = tenant.user;
    lucias = await bookAppointment(db, tenant.reporter, { pointId: POINT, serviceId: 'pressure', date: secondDay });

    ({ page } = await suite.loggedInPage(CARLA));
  });

  afterAll(() => suite?.stop());

  it('shows a coordinator the day’s agenda of a point; marking attendance changes the month’s figures', async () => {
    expect(await navIds(page)).toEqual(['nav-queue', 'nav-reports', 'nav-buildings', 'nav-figures', 'nav-canned', 'nav-settings', 'nav-health', 'nav-content', 'nav-privacy']);
    await byTestId('nav-health').click();
    await page.waitForURL(/#\/health$/);
    // The points load after the page is drawn.
    await byTestId('health-point').locator('option').nth(3).waitFor({ state: 'attached' });
    expect(await byTestId('health-point').locator('option').allTextContents())
      .toEqual(['Punto salute Gratosoglio', 'Punto salute Mazzini', 'Punto salute Molise-Calvairate', 'Punto salute San Siro']);
    await byTestId('health-point').selectOption(POINT);
    await byTestId('health-date').fill(marcos.date);
    const row = byTestId(`appt-row-${marcos.id}`);
    await row.waitFor();
    expect(await byTestId('health-agenda-title').textContent()).toContain('Punto salute Gratosoglio');
    const text = await row.textContent();
    for (const part of [marcos.time, 'Marco', 'Misurazione della pressione', NOTE, 'Italiano', 'confermato', 'Prenotato']) expect(text).toContain(part);
    expect(await byTestId(`appt-row-${lucias.id}`).count()).toBe(0);

    await byTestId('health-month').fill(marcos.date.slice(0, 7));
    const booked = marcos.date.slice(0, 7) === lucias.date.slice(0, 7) ? 2 : 1;
    await figuresShow({ booked, attended: 0, noshow: 0, cancelled: 0 });

    await byTestId(`appt-attended-${marcos.id}`).click();
    await byTestId(`appt-status-${marcos.id}`).and(page.locator('[data-status="attended"]')).waitFor();
    await figuresShow({ booked, attended: 1, noshow: 0 });
    expect((await appointment(marcos.id)).status).toBe('attended');
    await byTestId(`appt-noshow-${marcos.id}`).click();
    await figuresShow({ booked, attended: 0, noshow: 1 });
    expect(await byTestId(`appt-status-${marcos.id}`).textContent()).toBe('Assente');
    await byTestId(`appt-attended-${marcos.id}`).click();
    await figuresShow({ booked, attended: 1, noshow: 0 });
    expect((await appointment(marcos.id)).status).toBe('attended');
    await shot('agenda');
  });

  it('prints the agenda table alone', async () => {
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await byTestId('health-print').click();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await byTestId('health-agenda-table').isVisible()).toBe(true);
      expect(await byTestId('health-agenda-title').isVisible()).toBe(true);
      for (const hidden of ['health-figures', 'health-date', 'health-print', `appt-noshow-${marcos.id}`, 'logout']) expect(await byTestId(hidden).isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await byTestId('health-figures').isVisible()).toBe(true);
  });

  it('sets up a point’s schedule: a new session and a closure; the booking on the closed day is listed, cancelled on request, and the tenant told', async () => {
    await byTestId('health-setup-link').click();
    await page.waitForURL(/#\/health\/setup$/);
    await byTestId('session-row').first().waitFor();
    expect(await byTestId('setup-point').inputValue()).toBe(POINT);
    expect(await byTestId('session-row').count()).toBe(3);
    expect(await byTestId('health-affected').isHidden()).toBe(true);

    await byTestId('session-add').click();
    const session = byTestId('session-row').last();
    await session.locator('[data-testid="session-weekday"]').selectOption('6');
    await session.locator('[data-testid="session-from"]').fill('09:00');
    await session.locator('[data-testid="session-to"]').fill('08:00');
    await session.locator('[data-testid="session-minutes"]').fill('30');
    await session.locator('[data-testid="session-places"]').fill('1');
    await byTestId('closure-add').click();
    const closure = byTestId('closure-row').last();
    await closure.locator('[data-testid="closure-date"]').fill(lucias.date);
    await closure.locator('[data-testid="closure-reason"]').fill('Formazione del personale');
    await byTestId('setup-save').click();
    const error = byTestId('setup-error');
    await error.filter({ hasText: 'fascia 4: deve finire dopo l’inizio' }).waitFor();
    expect(await error.textContent()).toContain('fascia 4: scegli almeno un servizio');

    await session.locator('[data-testid="session-to"]').fill('11:00');
    await session.locator('[data-testid="session-service-pressure"]').check();
    await byTestId('setup-phone').fill('chiamare');
    await byTestId('setup-save').click();
    await error.filter({ hasText: 'Telefono: a phone number' }).waitFor(); // the server's 400, field named as in the form
    expect(await bot.app.db.healthSession.count({ where: { pointId: POINT } })).toBe(3);

    await byTestId('setup-phone').fill('02 8846 1234');
    await byTestId('setup-save').click();
    const affected = byTestId(`affected-row-${lucias.id}`);
    await affected.waitFor();
    expect(await byTestId('health-affected').textContent()).toContain('Queste prenotazioni non rientrano più nell’orario');
    expect(await affected.textContent()).toContain('Lucia');
    expect(await byTestId('health-affected').locator('[data-testid^="affected-row-"]').count()).toBe(1);
    expect(await error.isHidden()).toBe(true);
    const point = await bot.app.db.healthPoint.findUniqueOrThrow({ where: { id: POINT }, include: { sessions: { include: { services: true } }, closures: true } });
    expect(point.phone).toBe('02 8846 1234');
    const saturday = point.sessions.find((candidate) => candidate.weekday === 6);
    expect(saturday).toMatchObject({ startsAt: '09:00', endsAt: '11:00', slotMinutes: 30, places: 1 });
    expect(saturday!.services.map((link) => link.serviceId)).toEqual(['pressure']);
    expect(point.sessions).toHaveLength(4);
    expect(point.closures).toEqual([{ pointId: POINT, date: lucias.date, reason: 'Formazione del personale' }]);
    expect((await appointment(lucias.id)).status).toBe('booked'); // listed, never cancelled by the save
    await shot('setup-affected');

    const cancel = byTestId(`appt-cancel-${lucias.id}`);
    await cancel.click();
    expect(await cancel.textContent()).toContain('Conferma');
    expect((await appointment(lucias.id)).status).toBe('booked');
    await cancel.click();
    await affected.waitFor({ state: 'detached' });
    await byTestId('health-affected-none').waitFor();
    expect(await appointment(lucias.id)).toMatchObject({ status: 'cancelled', cancelledBy: 'staff' });
    await waitForBotMessage(lucia, (message) => has(message, 'The health point had to cancel your appointment'));

    await page.reload();
    await byTestId('closure-row').waitFor();
    expect(await byTestId('session-row').count()).toBe(4);
    expect(await byTestId('closure-date').inputValue()).toBe(lucias.date);
    expect(await byTestId('health-affected').isHidden()).toBe(true);
  });

  it('edits a service in every language, Arabic right to left', async () => {
    await byTestId('service-item-telemedicine').click();
    expect(await byTestId('service-name-ar').getAttribute('dir')).toBe('rtl');
    expect(await byTestId('service-bring-ar').getAttribute('dir')).toBe('rtl');
    expect(await byTestId('service-name-it').inputValue()).toContain('telemedicina');
    await byTestId('service-duration').fill('40');
    await byTestId('service-name-bn').fill('');
    await byTestId('service-bring-ar').fill('  ');
    await byTestId('service-save').click();
    const error = byTestId('service-error');
    await error.filter({ hasText: 'manca il nome in: ' }).waitFor();
    expect(await error.textContent()).toContain('manca «cosa portare» in: ');
    expect(await error.locator('li').count()).toBe(2);
    expect((await bot.app.db.healthService.findUniqueOrThrow({ where: { id: 'telemedicine' } })).durationMinutes).toBe(30);

    const languages = await page.locator('[data-testid^="service-name-"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-testid')!.replace('service-name-', '')));
    expect(languages).toHaveLength(10);
    await byTestId('service-name-bn').fill('টেলিমেডিসিন');
    await byTestId('service-name-ar').fill('الطب عن بعد');
    await byTestId('service-bring-ar').fill('البطاقة الصحية');
    await byTestId('service-active').uncheck();
    await byTestId('service-save').click();
    await byTestId('service-item-telemedicine').filter({ hasText: '40 min · non attivo' }).waitFor();
    const saved = await bot.app.db.healthService.findUniqueOrThrow({ where: { id: 'telemedicine' }, include: { texts: true } });
    expect(saved).toMatchObject({ durationMinutes: 40, active: false });
    expect(saved.texts).toHaveLength(10);
    expect(saved.texts.find((text) => text.language === 'ar')).toMatchObject({ name: 'الطب عن بعد', bring: 'البطاقة الصحية' });
    expect(saved.texts.find((text) => text.language === 'bn')!.name).toBe('টেলিমেডিসিন');
    await shot('services');
  });

  it('gives a nurse made on the accounts page only the health pages of her neighbourhood', async () => {
    const admin = await suite.loggedInPage(ADMIN);
    try {
      const at = (id: string) => byTestId(id, admin.page);
      await at('nav-accounts').click();
      await at('account-new').click();
      expect(await at('account-role').locator('option[value="nurse"]').textContent()).toBe('Infermiere/a di comunità');
      await at('account-email').fill(NINA.email);
      await at('account-name').fill(NINA.name);
      await at('account-role').selectOption('nurse');
      await at('account-password').fill(NINA.password);
      await at('account-submit').click();
      await at('account-error').filter({ hasText: 'scegli almeno un quartiere' }).waitFor();
      await at('account-nb-san-siro').check();
      await at('account-submit').click();
      await at('account-editor').locator('form').waitFor({ state: 'detached' });
    } finally {
      await admin.context.close();
    }
    const staff = await bot.app.db.staffAccount.findUniqueOrThrow({ where: { email: NINA.email }, include: { neighbourhoods: true } });
    expect(staff.role).toBe('nurse');
    expect(staff.neighbourhoods.map((link) => link.neighbourhoodId)).toEqual(['san-siro']);

    const nina = await openPage(suite.browser, suite.problems);
    try {
      const at = (id: string) => byTestId(id, nina.page);
      /** What the server refused her: only what this test asks for on purpose, never what the pages ask. */
      const refused: string[] = [];
      nina.page.on('response', (response) => {
        if (response.status() === 403) refused.push(new URL(response.url()).pathname);
      });
      await logIn(nina.page, base, NINA);
      await nina.page.waitForURL(/#\/health$/);
      expect(await navIds(nina.page)).toEqual(['nav-health']);
      expect(await at('health-point').locator('option').allTextContents()).toEqual(['Punto salute San Siro']);
      await at('health-agenda-title').filter({ hasText: 'Punto salute San Siro' }).waitFor();
      await at('health-month').fill(marcos.date.slice(0, 7));
      await at('health-figures').locator('[data-testid="health-figures-empty"]').waitFor();
      expect(await at(`health-figures-row-${POINT}-pressure`).count()).toBe(0);

      expect((await pageGet(nina.page, '/console/api/queue')).status).toBe(403);
      expect((await pageGet(nina.page, `/console/api/health/points/${POINT}/affected`)).status).toBe(403);
      expect((await pageGet(nina.page, `/console/api/health/agenda?pointId=${POINT}&date=${marcos.date}`)).status).toBe(403);
      expect((await pageGet(nina.page, '/console/api/health/points/ps-san-siro/affected')).status).toBe(200);

      await nina.page.goto(`${base}/console/#/queue`);
      await nina.page.waitForURL(/#\/health$/);
      await at('health-setup-link').click();
      await at('setup-name').waitFor();
      expect(await at('setup-name').inputValue()).toBe('Punto salute San Siro');
      expect(await at('setup-point').locator('option').allTextContents()).toEqual(['Punto salute San Siro']);
      expect(await at('service-list').count()).toBe(0);
      await shot('nurse-setup', nina.page);
      expect(refused).toEqual(['/console/api/queue', `/console/api/health/points/${POINT}/affected`, '/console/api/health/agenda']);
    } finally {
      await nina.context.close();
    }
  });

  it('fits a phone screen: agenda and set-up', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${base}/console/#/health`);
      await byTestId('health-date').fill(marcos.date);
      await byTestId(`appt-row-${marcos.id}`).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.goto(`${base}/console/#/health/setup`);
      await byTestId('session-row').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await shot('setup-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('had no script errors and no Content-Security-Policy violations', () => {
    expect(suite.problems).toEqual([]);
  });
});
