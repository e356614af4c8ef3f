import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { parseReportCode } from '../../../dialogs/maintenance/reportDesk';
import type { BotMessage, FakeUser } from '../../support/fakeTelegram';
import { press, startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { answer, codeIn, expectQuestion, reportFault, type ReportSpec } from '../../support/reportFlow';

describe('a report after it was made: neighbours join, staff change it, tenants are told and confirm', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let admin: ConsoleClient;
  let nextUserId = 8000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
  });
  afterAll(() => bot.stop());

  const reportOf = (code: string) => bot.app.db.maintenanceReport.findUniqueOrThrow({ where: { id: parseReportCode(code)!.id }, include: { reporters: true, files: true } });

  /** A common-area fault in Via Tracia 2 (San Siro), staircase A. */
  function stairsFault(user: FakeUser, language: string, category = 'common'): ReportSpec {
    const t = i18n.getFixedT(language);
    return {
      category,
      place: async (question) => {
        const where = await answer(user, question, t('common:neighbourhood.sanSiro'), t('maintenance:place.askAddress', { neighbourhood: t('common:neighbourhood.sanSiro') }));
        const kind = await answer(user, where, '🏠 Via Tracia 2', t('maintenance:place.askKind', { address: 'Via Tracia 2' }));
        const area = await answer(user, kind, t('maintenance:place.common'), t('maintenance:place.askArea'));
        const staircase = await answer(user, area, t('maintenance:area.stairs'), t('maintenance:place.askStaircase'));
        press(user, staircase, t('maintenance:place.staircaseName', { name: 'A' }));
        return (await expectQuestion(user, '')) as BotMessage;
      },
      description: 'Luce delle scale rotta',
    };
  }

  it('ten tenants sending the same fault at once end in one report with ten reporters', async () => {
    const t = i18n.getFixedT('it');
    const users = Array.from({ length: 10 }, () => bot.fake.user({ id: nextUserId++, firstName: 'Vicino', languageCode: 'it' }));
    let arrived = 0;
    let release!: () => void;
    const allThere = new Promise<void>((resolve) => (release = resolve));
    const results = await Promise.all(
      users.map((user) =>
        reportFault(user, t, {
          ...stairsFault(user, 'it', 'electrical'),
          beforeSend: async () => {
            arrived += 1;
            if (arrived === users.length) release();
            await allThere;
          },
        }),
      ),
    );
    const codes = new Set(results.map((result) => codeIn(result.sent)));
    expect(codes.size).toBe(1);
    const [code] = [...codes];
    const stored = await reportOf(code!);
    expect(stored.reporters).toHaveLength(10);
    expect(await bot.app.db.maintenanceReport.count({ where: { category: 'electrical' } })).toBe(1);
    const texts = results.flatMap((result) => result.sent.map((message) => message.text));
    expect(texts.filter((text) => text === t('maintenance:sent.done', { code }))).toHaveLength(1);
  });

  it('a neighbour joins the open report instead of opening another, with their photo', async () => {
    const t = i18n.getFixedT('it');
    const first = bot.fake.user({ id: nextUserId++, firstName: 'Anna', languageCode: 'it' });
    const { sent } = await reportFault(first, t, stairsFault(first, 'it'));
    const code = codeIn(sent);

    const neighbour = bot.fake.user({ id: nextUserId++, firstName: 'Luca', languageCode: 'es' });
    const es = i18n.getFixedT('es');
    neighbour.start();
    press(neighbour, (await expectQuestion(neighbour, '')), es('menu:entry.maintenance'));
    const start = await expectQuestion(neighbour, es('maintenance:start'));
    const safety = await answer(neighbour, start, es('maintenance:button.newReport'), es('maintenance:safety.ask'));
    const category = await answer(neighbour, safety, es('maintenance:safety.none'), es('maintenance:askCategory'));
    press(neighbour, category, es('maintenance:category.common'));
    const join = await stairsFault(neighbour, 'es').place(await expectQuestion(neighbour, ''));
    expect(join.text).toBe(es('maintenance:join.ask'));
    const files = await answer(neighbour, join, es('maintenance:join.yes'), es('maintenance:files.ask', { max: 5 }));
    neighbour.sendPhoto({ width: 800, height: 600 });
    const more = await expectQuestion(neighbour, es('maintenance:files.received', { count: 1, max: 5 }));
    const after = await answer(neighbour, more, es('maintenance:files.done'), es('maintenance:after.ask'));
    expect(after).toBeDefined();
    const stored = await reportOf(code);
    expect(stored.reporters.map((reporter) => reporter.language).sort()).toEqual(['es', 'it']);
    expect(stored.files).toHaveLength(1);
  });

  it('tells each reporter of a status change in their own language, and "not fixed" reopens the report', async () => {
    const ar = i18n.getFixedT('ar');
    const it = i18n.getFixedT('it');
    const tenant = bot.fake.user({ id: nextUserId++, firstName: 'سارة', languageCode: 'ar' });
    const { sent } = await reportFault(tenant, ar, stairsFault(tenant, 'ar', 'damp'));
    const code = codeIn(sent);
    const id = parseReportCode(code)!.id;

    expect((await admin.call('POST', `/reports/${id}/status`, { status: 'assigned', assignedTo: 'Ditta Rossi' })).status).toBe(204);
    expect((await tenant.nextBotMessage()).text).toBe(ar('maintenance:notice.assigned', { code }));

    expect((await admin.call('POST', `/reports/${id}/status`, { status: 'resolved' })).status).toBe(204);
    const resolved = await tenant.nextBotMessage();
    expect(resolved.text).toBe(ar('maintenance:notice.resolved', { code }));
    press(tenant, resolved, ar('maintenance:fix.no'));
    expect((await tenant.nextBotMessage()).text).toBe(ar('maintenance:fix.reopened'));
    const reopened = await reportOf(code);
    expect(reopened).toMatchObject({ status: 'received', reopenCount: 1 });
    expect(reopened.reporters[0]!.fixAnswer).toBeNull();

    // The "fixed?" keyboard pressed again (a double tap, or another device) is acknowledged and ignored: the report stays open.
    tenant.pressButton(resolved.messageId, `fix.${id}.y`, { allowMissingButton: true });
    await expect(tenant.nextBotMessage(1500)).rejects.toThrow(/no new message/);
    expect(await reportOf(code)).toMatchObject({ status: 'received', reopenCount: 1 });

    // A change not allowed from the current status is refused, and nothing is sent.
    const refused = await admin.call('POST', `/reports/${id}/status`, { status: 'received' });
    expect(refused.status).toBe(409);
    expect((await admin.call('POST', `/reports/${id}/status`, { status: 'rejected', reason: 'tenant_duty' })).status).toBe(204);
    expect((await tenant.nextBotMessage()).text).toBe(ar('maintenance:notice.rejected', { code, reason: ar('maintenance:reason.tenant_duty') }));
    expect(it('maintenance:reason.tenant_duty')).not.toBe(ar('maintenance:reason.tenant_duty'));
  });
});
