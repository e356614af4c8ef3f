import type { Page } from 'playwright-core';
import { formatDay, formatTime } from '../../bot/i18n/format';
import { createI18n } from '../../bot/i18n/i18n';
import { HealthSchedule } from '../../bot/services/health/healthSchedule';
import { CENTRE_DESKS } from '../../bot/services/health/pointKinds';
import { TenantBookings } from '../../bot/services/health/tenantBookings';
import type { BotUnderTest } from '../support/botUnderTest';
import type { FakeUser } from '../support/fakeTelegram';
import { startConsoleUnderTest, type ConsoleUnderTest } from './consoleSupport/consoleUnderTest';
import { bookAppointment, type BookedFixture } from './consoleSupport/healthFixtures';
import { telegramReporter } from './consoleSupport/reportFixtures';
import { has, waitForBotMessage } from './consoleSupport/tenant';

jest.setTimeout(60_000);

const ADMIN = { email: 'admin@casa.test', password: 'admin-password-0123' };
const GIULIA = { email: 'giulia@casa.test', name: 'Giulia Neri', password: 'giulia-password-0123' }; // community manager, San Siro
const DESK = 'centro-san-siro';
const NOTE = 'Mi è arrivata la diffida di ALER';

describe('the C.A.S.A. centre agenda in the staff console', () => {
  let suite: ConsoleUnderTest;
  let bot: BotUnderTest;
  let page: Page;
  let amal: FakeUser;
  /** Amal (Arabic) at the San Siro centre on its first day with free places, about arrears. */
  let amals: BookedFixture;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const navIds = () => page.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));

  beforeAll(async () => {
    suite = await startConsoleUnderTest(ADMIN);
    ({ bot } = suite);
    await suite.admin.expect(201, 'POST', '/accounts', { ...GIULIA, role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    const { db } = bot.app;
    const now = () => new Date();
    const centre = new TenantBookings(db, new HealthSchedule(db, now), [24, 2], now, 2, CENTRE_DESKS);
    const [day] = await centre.freeDays(DESK, 'arrears', 1);
    if (!day) throw new Error('the sample schedule has no free place at the San Siro centre');
    const tenant = await telegramReporter(bot, { id: 8401, firstName: 'Amal', languageCode: 'ar' });
    amal = tenant.user;
    amals = await bookAppointment(db, tenant.reporter, { pointId: DESK, serviceId: 'arrears', date: day, note: NOTE }, centre);
    ({ page } = await suite.loggedInPage(GIULIA));
  });

  afterAll(() => suite?.stop());

  it('shows a community manager the day at their centre with the topic and the note; attendance and cancelling with notice', async () => {
    expect(await navIds()).toEqual(['nav-queue', 'nav-reports', 'nav-centre']);
    await byTestId('nav-centre').click();
    await page.waitForURL(/#\/centre$/);
    await byTestId('health-point').locator('option').first().waitFor({ state: 'attached' });
    expect(await byTestId('health-point').locator('option').allTextContents()).toEqual(['Centro C.A.S.A. San Siro']);
    expect(await byTestId('health-setup-link').count()).toBe(0);
    expect(await byTestId('health-figures').count()).toBe(0);
    await byTestId('health-date').fill(amals.date);
    const row = byTestId(`appt-row-${amals.id}`);
    await row.waitFor();
    const text = await row.textContent();
    for (const part of [amals.time, 'Amal', 'Affitto o spese arretrate', NOTE, 'Prenotato']) expect(text).toContain(part);

    await byTestId(`appt-attended-${amals.id}`).click();
    await byTestId(`appt-status-${amals.id}`).and(page.locator('[data-status="attended"]')).waitFor();
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: amals.id } })).status).toBe('attended');
    await byTestId(`appt-booked-${amals.id}`).click();
    await byTestId(`appt-status-${amals.id}`).and(page.locator('[data-status="booked"]')).waitFor();
    await page.screenshot({ path: 'test-results/centre-agenda.png', fullPage: true });

    await byTestId(`appt-cancel-${amals.id}`).click();
    await byTestId(`appt-cancel-${amals.id}`).click();
    await byTestId(`appt-row-${amals.id}`).waitFor({ state: 'detached' });
    // The tenant is told in Arabic, in the centre's words.
    const t = (await createI18n()).getFixedT('ar');
    const topic = await bot.app.db.healthServiceText.findUniqueOrThrow({ where: { serviceId_language: { serviceId: 'arrears', language: 'ar' } } });
    const when = t('rent:booking.when', { day: formatDay(amals.startsAt, 'ar'), time: formatTime(amals.startsAt, 'ar') });
    await waitForBotMessage(amal, (message) => has(message, t('rent:booking.cancelledByStaff', { when, service: topic.name })));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: amals.id } })).status).toBe('cancelled');
    expect(suite.problems).toEqual([]);
  });
});
