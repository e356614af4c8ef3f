import type { i18n as I18n } from 'i18next';
import { formatDay } from '../../../bot/i18n/format';
import { createI18n } from '../../../bot/i18n/i18n';
import { recordOfProcessing, retentionPeriodsOf } from '../../../bot/services/privacy/retentionPolicy';
import { loadConfig } from '../../../bot/config/config';
import { summaryText } from '../../../dialogs/privacy/privacyText';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { openPrivacy } from '../../support/privacyFlow';
import { until } from '../../support/until';

/**
 * The summary in the tenant's language, and a privacy request made in person: the tenant shows the code the bot gave
 * them, a coordinator exports and erases, and the audit log says who did it.
 */
describe('privacy: the summary, and requests handled by a coordinator', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let admin: ConsoleClient;
  let coordinator: ConsoleClient;
  let nextUserId = 641_000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const url = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(url, ADMIN.email, ADMIN.password);
    coordinator = await staffSession(url, { email: 'carla@casa.test', name: 'Carla', role: 'coordinator', neighbourhoodIds: [] });
  }, 60_000);
  afterAll(() => bot.stop());

  it.each(['it', 'ar'])('in %s: what the bot keeps, and for how long', async (language) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Nadia', languageCode: language });
    user.start();
    await untilQuestion(user);
    press(user, await openPrivacy(user, t), t('privacy:button.summary'));
    const [summary] = await untilQuestion(user);
    const retention = retentionPeriodsOf(loadConfig({}));
    const expected = summaryText(t, { language, neighbourhoodId: undefined, address: undefined, reports: 0, appointments: 0, requests: 0, healthConsent: false }, retention);
    expect(summary!.text).toBe(expected);
    expect(expected).toContain(t('privacy:days', { count: 30 }));
    expect(expected).toContain(t('language:name'));
  });

  it('a coordinator exports and erases with the code the tenant shows, and the audit log records it', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Gemma', languageCode: 'it' });
    user.start();
    await untilQuestion(user);
    press(user, await openPrivacy(user, t), t('privacy:button.code'));
    const [shown] = await untilQuestion(user);
    const tenant = await bot.app.db.tenant.findFirstOrThrow({ where: { channelUserId: String(user.id) } });
    expect(shown!.text).toBe(t('privacy:code.show', { code: tenant.privacyCode, until: formatDay(tenant.privacyCodeUntil!, 'it') }));
    const typed = tenant.privacyCode!.toLowerCase().replace('-', ' ');

    expect((await coordinator.call('POST', '/privacy/export', { code: 'AAAA-AAAA' })).status).toBe(404);
    expect((await admin.call('POST', '/privacy/export', { code: typed })).status).toBe(403);
    const exported = await coordinator.expect<{ profile: { name: string } }>(200, 'POST', '/privacy/export', { code: typed });
    expect(exported.profile.name).toBe('Gemma');
    await coordinator.expect(200, 'POST', '/privacy/erase', { code: typed, reason: 'allo sportello, documento visto' });
    expect(await bot.app.db.tenant.count({ where: { channelUserId: String(user.id) } })).toBe(0);
    expect((await coordinator.call('POST', '/privacy/erase', { code: typed, reason: 'di nuovo' })).status).toBe(404);

    const audit = await admin.expect<{ action: string; detail: string | null }[]>(200, 'GET', '/audit');
    expect(audit.filter((entry) => entry.action.startsWith('tenant.')).map((entry) => [entry.action, entry.detail])).toEqual([
      ['tenant.erased', 'staff: allo sportello, documento visto'],
      ['tenant.exported', 'staff'],
    ]);
  });

  it('shows admins the record of processing from the same settings as the job', async () => {
    const { record } = await admin.expect<{ record: unknown[] }>(200, 'GET', '/privacy/record');
    expect(record).toEqual(recordOfProcessing(retentionPeriodsOf(loadConfig(bot.env))));
    // The process ran today's retention when it started.
    await until(async () => (await admin.expect<{ finishedAt: string | null }[]>(200, 'GET', '/privacy/retention'))[0]?.finishedAt != null);
    expect(await admin.expect(200, 'GET', '/privacy/retention')).toEqual([expect.objectContaining({ counts: { transcriptLines: 0, requestMessages: 0, healthNotes: 0, reportFiles: 0, inactiveTenants: 0 } })]);
  });
});
