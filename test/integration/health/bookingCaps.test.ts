import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { HealthSchedule } from '../../../bot/services/health/healthSchedule';
import { seedHealth } from '../../../bot/services/health/healthSeed';
import { TenantHealth } from '../../../bot/services/health/tenantHealth';
import { labels, press, startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { allWeekSchedule, bookFirstTime, toDayQuestion } from '../../support/healthFlow';
import { expectQuestion } from '../../support/reportFlow';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

describe('booking caps in the health service', () => {
  let database: TestDatabase;
  const clock = new Date('2026-10-19T06:00:00Z');
  let desk: TenantHealth;
  let slots: Date[];
  const who = (tenantId: string, channel = 'test') => ({ tenantId, language: 'it', channel, conversationId: tenantId });

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedReferenceData(database.db);
    await seedHealth(database.db);
    const now = () => clock;
    desk = new TenantHealth(database.db, new HealthSchedule(database.db, now), [24, 2], now, 2);
    slots = [...(await desk.freeSlots('ps-gratosoglio', 'pressure', '2026-10-23')), ...(await desk.freeSlots('ps-gratosoglio', 'pressure', '2026-10-26'))].map((slot) => slot.startsAt);
  });
  afterAll(() => database.drop());

  const book = async (tenantId: string, startsAt: Date, serviceId = 'pressure', movedFromId?: number) => {
    const held = await desk.hold(who(tenantId), 'ps-gratosoglio', serviceId, startsAt, movedFromId);
    if (held.kind !== 'held') return held;
    await desk.confirm(held.appointmentId, undefined, 'it');
    return held;
  };

  it('refuses a third future appointment for the same service, and tells the limit; a move is no new appointment', async () => {
    const tenant = await database.db.tenant.create({ data: { channel: 'test', channelUserId: 'caps', locale: 'it' } });
    expect((await book(tenant.id, slots[0]!)).kind).toBe('held');
    const second = await book(tenant.id, slots[1]!);
    expect(second.kind).toBe('held');
    expect(await book(tenant.id, slots[2]!)).toEqual({ kind: 'limit', reason: 'future', max: 2 });
    expect(await database.db.appointment.count({ where: { tenantId: tenant.id, status: 'booked' } })).toBe(2);
    const moved = await book(tenant.id, slots[3]!, 'pressure', second.kind === 'held' ? second.appointmentId : undefined);
    expect(moved.kind).toBe('held');
    expect(await database.db.appointment.count({ where: { tenantId: tenant.id, status: 'booked' } })).toBe(2);
  });

  it('keeps one held place at a time: a new hold lets go of the earlier one and its seat', async () => {
    const tenant = await database.db.tenant.create({ data: { channel: 'test', channelUserId: 'holds', locale: 'it' } });
    const results = [];
    for (const startsAt of slots.slice(4, 9)) results.push(await desk.hold(who(tenant.id), 'ps-gratosoglio', 'pressure', startsAt));
    expect(results.every((result) => result.kind === 'held')).toBe(true);
    expect(await database.db.appointment.count({ where: { tenantId: tenant.id, status: 'held' } })).toBe(1);
    expect(await database.db.slotSeat.count({ where: { appointment: { tenantId: tenant.id } } })).toBe(1);
  });

  it('holds no place for a sandbox (trial) tenant', async () => {
    const tenant = await database.db.tenant.create({ data: { channel: 'sandbox', channelUserId: 'trial', locale: 'it' } });
    expect(await desk.hold(who(tenant.id, 'sandbox'), 'ps-gratosoglio', 'pressure', slots[10]!)).toEqual({ kind: 'limit', reason: 'sandbox' });
    expect(await database.db.appointment.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe('a tenant over the cap on Telegram', () => {
  let bot: BotUnderTest;
  let i18n: I18n;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, HEALTH_MAX_FUTURE_APPOINTMENTS: '1' } });
    i18n = await createI18n();
    const admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
    expect((await admin.call('PUT', '/health/points/ps-san-siro', allWeekSchedule(2, ['pressure', 'glucose']))).status).toBe(200);
  });
  afterAll(() => bot.stop());

  it.each(['ar', 'bn'])('is told why in their language (%s)', async (language) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: language === 'ar' ? 19001 : 19002, firstName: 'Nour', languageCode: language });
    const named = await bot.app.db.healthServiceText.findFirst({ where: { serviceId: 'pressure', language } });
    const service = named?.name ?? (await bot.app.db.healthServiceText.findFirstOrThrow({ where: { serviceId: 'pressure', language: 'it' } })).name;
    let day = await toDayQuestion(user, t, service);
    press(user, day, labels(day)[0]!);
    await bookFirstTime(user, t, await expectQuestion(user, ''));
    await collect(user);
    day = await toDayQuestion(user, t, service, false);
    press(user, day, labels(day)[1]!);
    const times = await expectQuestion(user, '');
    press(user, times, labels(times)[0]!);
    const text = (await collect(user)).join('\n');
    expect(text).toContain(t('health:limit.future', { max: 1 }));
    expect(await bot.app.db.appointment.count({ where: { tenant: { channelUserId: String(user.id) }, status: { in: ['booked', 'held'] } } })).toBe(1);
  });
});

/** What the bot sent since, until it is quiet for a moment. */
async function collect(user: { nextBotMessage(timeoutMs?: number): Promise<{ text?: string }> }): Promise<string[]> {
  const texts: string[] = [];
  for (;;) {
    const message = await user.nextBotMessage(1500).catch(() => undefined);
    if (!message) return texts;
    texts.push(message.text ?? '');
  }
}
