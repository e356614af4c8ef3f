import pino from 'pino';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { HealthSchedule } from '../../../bot/services/health/healthSchedule';
import { seedHealth } from '../../../bot/services/health/healthSeed';
import { ReminderScheduler } from '../../../bot/services/health/reminderScheduler';
import { TenantHealth } from '../../../bot/services/health/tenantHealth';
import { ConversationGateway, type ChannelConnector } from '../../../bot/turn/conversationGateway';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

/** The week summer time ends (Sunday 25 October 2026, 03:00 → 02:00 in Milan). */
describe('the daylight-saving week', () => {
  let database: TestDatabase;
  let clock = new Date('2026-10-23T06:00:00Z');
  const events: { at: Date; appointmentId: number }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedReferenceData(database.db);
    await seedHealth(database.db);
  });
  afterAll(() => database.drop());

  it('keeps 9:00 at 9:00 in Milan on both sides of the change, and reminds 24 and 2 hours before in real time', async () => {
    const now = () => clock;
    const desk = new TenantHealth(database.db, new HealthSchedule(database.db, now), [24, 2], now);
    // Gratosoglio's sample schedule: Monday and Friday from 9:00.
    const friday = await desk.freeSlots('ps-gratosoglio', 'pressure', '2026-10-23');
    const monday = await desk.freeSlots('ps-gratosoglio', 'pressure', '2026-10-26');
    expect(friday[0]!.startsAt.toISOString()).toBe('2026-10-23T07:00:00.000Z');
    expect(monday[0]!.startsAt.toISOString()).toBe('2026-10-26T08:00:00.000Z');

    const tenant = await database.db.tenant.create({ data: { channel: 'test', channelUserId: 'dst', locale: 'it' } });
    const held = await desk.hold({ tenantId: tenant.id, language: 'it', channel: 'test', conversationId: 'dst' }, 'ps-gratosoglio', 'pressure', monday[0]!.startsAt);
    expect(held.kind).toBe('held');
    await desk.confirm(held.kind === 'held' ? held.appointmentId : 0, undefined, 'it');

    const gateway = new ConversationGateway();
    const connector: ChannelConnector = { send: async () => undefined, runEvent: async (_address, _name, value) => void events.push({ at: clock, appointmentId: (value as { appointmentId: number }).appointmentId }) };
    gateway.register('test', connector);
    const scheduler = new ReminderScheduler(database.db, gateway, [24, 2], pino({ level: 'silent' }), now);
    for (const at of ['2026-10-25T07:00:00Z', '2026-10-25T08:00:00Z', '2026-10-26T05:59:00Z', '2026-10-26T06:00:00Z', '2026-10-26T07:30:00Z']) {
      clock = new Date(at);
      await scheduler.tick();
    }
    // Sunday 9:00 in Milan (already winter time) and Monday 7:00: exactly 24 and 2 hours before.
    expect(events.map((event) => event.at.toISOString())).toEqual(['2026-10-25T08:00:00.000Z', '2026-10-26T06:00:00.000Z']);
  });
});
