import type { Activity } from 'botbuilder';
import pino from 'pino';
import { createI18n } from '../../../bot/i18n/i18n';
import { DeskCalendarService } from '../../../bot/services/desk/deskCalendarService';
import { DeskEvents, type DeskEvent } from '../../../bot/services/desk/deskEvents';
import { DeskScheduler } from '../../../bot/services/desk/deskScheduler';
import { StaffDesk } from '../../../bot/services/desk/staffDesk';
import { StaffMessages } from '../../../bot/services/desk/staffMessages';
import { TenantDesk } from '../../../bot/services/desk/tenantDesk';
import { TenantNotifier } from '../../../bot/services/desk/tenantNotifier';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { createStaff } from '../../../bot/services/staff/createStaff';
import { ConversationGateway, DeliveryError, type ConversationAddress } from '../../../bot/turn/conversationGateway';
import { createTestDatabase, type Provider, type TestDatabase } from '../../support/testDatabase';

const log = pino({ level: 'silent' });

/** A channel at the edge of the desk: records what reaches the tenant, and can refuse. */
class RecordingChannel {
  sent: string[] = [];
  failures: DeliveryError[] = [];
  async send(_address: ConversationAddress, activities: Partial<Activity>[]): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(...activities.map((activity) => activity.text ?? ''));
  }
  async runEvent(): Promise<void> {}
}

describe.each<Provider>(['sqlite', 'postgresql'])("the desk's clock on %s, with two bot processes on one database", (provider) => {
  let database: TestDatabase;
  let clock: Date;
  const now = () => clock;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
  });
  afterAll(() => database.drop());

  /** One bot process: its own event bus and services, on the shared database. */
  async function botProcess() {
    const events = new DeskEvents((error) => {
      throw error;
    });
    const seen: DeskEvent[] = [];
    events.subscribe((event) => void seen.push(event));
    const channel = new RecordingChannel();
    const gateway = new ConversationGateway();
    gateway.register('test', channel);
    const calendar = new DeskCalendarService(database.db);
    const staffDesk = new StaffDesk(database.db, calendar, events, new TenantNotifier(gateway, log), now);
    const messages = new StaffMessages(database.db, staffDesk, gateway, events, await createI18n(), now);
    const scheduler = new DeskScheduler(database.db, events, messages, log, now);
    return { seen, channel, staffDesk, messages, scheduler, tenantDesk: new TenantDesk(database.db, calendar, events, now) };
  }

  async function newRequest(tenantDesk: TenantDesk, userId: string): Promise<number> {
    const tenant = await database.db.tenant.create({ data: { channel: 'test', channelUserId: userId, locale: 'it' } });
    const status = await tenantDesk.open({
      tenantId: tenant.id,
      neighbourhoodId: 'mazzini',
      topic: 'other',
      language: 'it',
      address: { channel: 'test', conversationId: userId, userId },
      first: { kind: 'text', text: 'Buongiorno' },
    });
    return status.requestId;
  }

  it('announces a request once, and flags it overdue once past the limit', async () => {
    clock = new Date('2026-11-30T10:00:00+01:00');
    const [a, b] = [await botProcess(), await botProcess()];
    const requestId = await newRequest(a.tenantDesk, `${provider}-1`);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.scheduler.tick(), b.scheduler.tick()]);
    const visible = [...a.seen, ...b.seen].filter((event) => event.type === 'request.visible' && event.requestId === requestId);
    expect(visible).toHaveLength(1);

    clock = new Date(clock.getTime() + 14 * 60_000);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect([...a.seen, ...b.seen].filter((event) => event.type === 'request.overdue')).toHaveLength(0);

    clock = new Date(clock.getTime() + 2 * 60_000);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.scheduler.tick()]);
    expect([...a.seen, ...b.seen].filter((event) => event.type === 'request.overdue' && event.requestId === requestId)).toHaveLength(1);
  });

  it('retries a reply that failed for a temporary fault once its delay has passed, and delivers it once', async () => {
    clock = new Date('2026-11-30T11:00:00+01:00');
    const [a, b] = [await botProcess(), await botProcess()];
    const requestId = await newRequest(a.tenantDesk, `${provider}-2`);
    const { accounts } = createStaff(database.db);
    const { id: staffId } = await accounts.create({ email: `giulia-${provider}@casa.test`, name: 'Giulia', role: 'community_manager', password: 'staff-password-123', neighbourhoodIds: ['mazzini'] });
    const giulia = (await accounts.identityById(staffId))!;
    await a.staffDesk.claim(giulia, requestId);

    a.channel.failures.push(new DeliveryError(false, 'network: ETIMEDOUT'));
    const messageId = await a.messages.send(giulia, requestId, { text: 'Arrivo' }, 'console');
    const failed = await database.db.requestMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(failed).toMatchObject({ delivery: 'failed', attempts: 1, deliveryError: 'network: ETIMEDOUT' });
    expect(failed.nextAttemptAt!.getTime()).toBe(clock.getTime() + 30_000);

    clock = new Date(clock.getTime() + 10_000);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect([...a.channel.sent, ...b.channel.sent]).toEqual([]);

    clock = new Date(clock.getTime() + 30_000);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect([...a.channel.sent, ...b.channel.sent]).toEqual(['👤 Giulia:\nArrivo']);
    expect(await database.db.requestMessage.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({ delivery: 'sent', attempts: 2 });
  });

  it('never retries a reply the tenant cannot receive (blocked bot)', async () => {
    const a = await botProcess();
    const requestId = await newRequest(a.tenantDesk, `${provider}-3`);
    const { accounts } = createStaff(database.db);
    const giulia = (await accounts.identityById((await database.db.staffAccount.findFirstOrThrow({ where: { name: 'Giulia' } })).id))!;
    await a.staffDesk.claim(giulia, requestId);
    a.channel.failures.push(new DeliveryError(true, '403: Forbidden: bot was blocked by the user'));
    const messageId = await a.messages.send(giulia, requestId, { text: 'Ci sei?' }, 'console');
    expect(await database.db.requestMessage.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({ delivery: 'failed', nextAttemptAt: null });
  });
});
