import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { allWeekSchedule } from '../../support/healthFlow';

describe('the health points in the console API', () => {
  let bot: BotUnderTest;
  let admin: ConsoleClient;
  let base: string;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    base = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
  });
  afterAll(() => bot.stop());

  it.each([
    ['a day closed twice', { closures: [{ date: '2026-12-24', reason: 'a' }, { date: '2026-12-24', reason: 'b' }] }],
    ['a session offering a service the point does not', { services: ['pressure'] }],
    ['two sessions of one day that overlap', { sessions: [{ weekday: 1, startsAt: '09:00', endsAt: '12:00', slotMinutes: 15, places: 1, services: ['pressure'] }, { weekday: 1, startsAt: '11:00', endsAt: '13:00', slotMinutes: 15, places: 1, services: ['pressure'] }] }],
    ['a session ending before it starts', { sessions: [{ weekday: 2, startsAt: '12:00', endsAt: '09:00', slotMinutes: 15, places: 1, services: ['pressure'] }] }],
    ['a wrong phone number', { phone: 'call us' }],
  ])('refuses %s with 400 and keeps the schedule', async (_what, change) => {
    const before = await bot.app.db.healthSession.count({ where: { pointId: 'ps-mazzini' } });
    const answer = await admin.call('PUT', '/health/points/ps-mazzini', { ...allWeekSchedule(1, ['pressure', 'glucose']), ...change });
    expect(answer.status).toBe(400);
    expect(await bot.app.db.healthSession.count({ where: { pointId: 'ps-mazzini' } })).toBe(before);
  });

  it('keeps nurses to the health points of their neighbourhoods, and away from chats and reports', async () => {
    const nurse = await staffSession(base, { email: 'nurse@casa.test', name: 'Marta', role: 'nurse', neighbourhoodIds: ['san-siro'] });
    expect((await nurse.call('GET', '/health/points')).body).toEqual([expect.objectContaining({ id: 'ps-san-siro' })]);
    expect((await nurse.call('GET', '/health/agenda?pointId=ps-gratosoglio&date=2026-12-01')).status).toBe(403);
    expect((await nurse.call('GET', '/queue')).status).toBe(403);
    expect((await nurse.call('GET', '/reports')).status).toBe(403);
    const manager = await staffSession(base, { email: 'cm@casa.test', name: 'Paolo', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    expect((await manager.call('GET', '/health/points')).status).toBe(403);
  });
});
