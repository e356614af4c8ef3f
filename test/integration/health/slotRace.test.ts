import { createPrismaClient, type Db } from '../../../bot/db/prismaClient';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { HealthSchedule } from '../../../bot/services/health/healthSchedule';
import { seedHealth } from '../../../bot/services/health/healthSeed';
import { TenantHealth } from '../../../bot/services/health/tenantHealth';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

describe.each(['sqlite', 'postgresql'] as const)('a slot is never overbooked (%s)', (provider) => {
  let database: TestDatabase;
  let second: Db;
  const now = () => new Date();

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
    await seedHealth(database.db);
    // On PostgreSQL two Prisma clients stand for two bot processes; SQLite is the single-process default.
    second = provider === 'postgresql' ? createPrismaClient(database.url) : database.db;
  }, 120_000);
  afterAll(async () => {
    if (second !== database.db) await second.$disconnect();
    await database.drop();
  });

  it('50 tenants pressing the same 2-place slot at once, through two processes, end in exactly 2 bookings', async () => {
    await database.db.healthSession.deleteMany({ where: { pointId: 'ps-mazzini' } });
    await database.db.healthSession.createMany({ data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ pointId: 'ps-mazzini', weekday, startsAt: '08:00', endsAt: '20:00', slotMinutes: 30, places: 2 })) });
    const sessions = await database.db.healthSession.findMany({ where: { pointId: 'ps-mazzini' } });
    await database.db.healthSessionService.createMany({ data: sessions.map((session) => ({ sessionId: session.id, serviceId: 'pressure' })) });
    const desks = [database.db, second].map((db) => new TenantHealth(db, new HealthSchedule(db, now), [24, 2], now));
    const [day] = await desks[0]!.freeDays('ps-mazzini', 'pressure', 1);
    const [slot] = await desks[0]!.freeSlots('ps-mazzini', 'pressure', day!);
    const tenants = await Promise.all(
      Array.from({ length: 50 }, (_, index) => database.db.tenant.create({ data: { channel: 'telegram', channelUserId: `race-${index}`, locale: 'it' } })),
    );
    const results = await Promise.all(
      tenants.map((tenant, index) =>
        desks[index % 2]!.hold({ tenantId: tenant.id, language: 'it', channel: 'telegram', conversationId: tenant.channelUserId }, 'ps-mazzini', 'pressure', slot!.startsAt),
      ),
    );
    const held = results.filter((result) => result.kind === 'held');
    expect(held).toHaveLength(2);
    const booked = await Promise.all(held.map((result) => desks[0]!.confirm(result.kind === 'held' ? result.appointmentId : 0, undefined, 'it')));
    expect(booked.every((appointment) => appointment?.status === 'booked')).toBe(true);
    expect(await database.db.appointment.count({ where: { startsAt: slot!.startsAt, status: 'booked' } })).toBe(2);

    // The others are offered the nearest free slots, and this one is not among them.
    const lost = results.find((result) => result.kind === 'taken');
    expect(lost?.kind === 'taken' && lost.nearest.length > 0).toBe(true);
    expect(lost?.kind === 'taken' && lost.nearest.some((free) => free.startsAt.getTime() === slot!.startsAt.getTime())).toBe(false);
    expect((await desks[1]!.freeSlots('ps-mazzini', 'pressure', day!)).some((free) => free.startsAt.getTime() === slot!.startsAt.getTime())).toBe(false);

    // A cancellation frees the place at once.
    const firstBooked = booked[0]!;
    const owner = await database.db.appointment.findUniqueOrThrow({ where: { id: firstBooked.id } });
    expect(await desks[1]!.cancel(owner.tenantId!, firstBooked.id)).toBe(true);
    expect((await desks[0]!.freeSlots('ps-mazzini', 'pressure', day!)).find((free) => free.startsAt.getTime() === slot!.startsAt.getTime())?.free).toBe(1);
  });

  it('refuses a time that is not in the schedule or in the past', async () => {
    const desk = new TenantHealth(database.db, new HealthSchedule(database.db, now), [24, 2], now);
    const tenant = await database.db.tenant.create({ data: { channel: 'telegram', channelUserId: 'late', locale: 'it' } });
    const who = { tenantId: tenant.id, language: 'it', channel: 'telegram', conversationId: 'late' };
    expect((await desk.hold(who, 'ps-mazzini', 'pressure', new Date(Date.now() - 3_600_000))).kind).toBe('invalid');
    const odd = new Date(Date.now() + 2 * 86_400_000);
    odd.setUTCMinutes(7);
    expect((await desk.hold(who, 'ps-mazzini', 'pressure', odd)).kind).toBe('invalid');
  });
});
