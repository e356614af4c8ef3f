import { createPrismaClient, type Db } from '../../../bot/db/prismaClient';
import { seedCentre } from '../../../bot/services/centre/centreSeed';
import { HealthSchedule } from '../../../bot/services/health/healthSchedule';
import { seedHealth } from '../../../bot/services/health/healthSeed';
import { CENTRE_DESKS } from '../../../bot/services/health/pointKinds';
import { TenantBookings } from '../../../bot/services/health/tenantBookings';
import { TenantHealth } from '../../../bot/services/health/tenantHealth';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

describe('the last place at a C.A.S.A. centre desk, pressed by two processes at once (postgresql)', () => {
  let database: TestDatabase;
  let second: Db;
  const now = () => new Date();
  const centreOf = (db: Db) => new TenantBookings(db, new HealthSchedule(db, now), [24, 2], now, 2, CENTRE_DESKS);

  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
    await seedReferenceData(database.db);
    await seedHealth(database.db);
    await seedCentre(database.db);
    // Two Prisma clients on one PostgreSQL database stand for two bot processes.
    second = createPrismaClient(database.url);
  }, 120_000);
  afterAll(async () => {
    await second.$disconnect();
    await database.drop();
  });

  it('gives one booking, and offers the other tenant the nearest free times', async () => {
    const desks = [centreOf(database.db), centreOf(second)];
    const [day] = await desks[0]!.freeDays('centro-san-siro', 'arrears', 1);
    const [slot] = await desks[0]!.freeSlots('centro-san-siro', 'arrears', day!);
    expect(slot!.free).toBe(1);
    const tenants = await Promise.all(['a', 'b'].map((name) => database.db.tenant.create({ data: { channel: 'telegram', channelUserId: `centre-race-${name}`, locale: 'it' } })));
    const results = await Promise.all(
      tenants.map((tenant, index) => desks[index]!.hold({ tenantId: tenant.id, language: 'it', channel: 'telegram', conversationId: tenant.channelUserId }, 'centro-san-siro', 'arrears', slot!.startsAt)),
    );
    expect(results.map((result) => result.kind).sort()).toEqual(['held', 'taken']);
    const held = results.find((result) => result.kind === 'held');
    const booked = await desks[1]!.confirm(held?.kind === 'held' ? held.appointmentId : 0, 'lettera di ALER', 'it');
    expect(booked).toMatchObject({ status: 'booked', point: { id: 'centro-san-siro' }, service: { id: 'arrears' } });
    expect(await database.db.appointment.count({ where: { pointId: 'centro-san-siro', startsAt: slot!.startsAt, status: 'booked' } })).toBe(1);
    const lost = results.find((result) => result.kind === 'taken');
    expect(lost?.kind === 'taken' && lost.nearest.length > 0 && lost.nearest.every((free) => free.startsAt.getTime() !== slot!.startsAt.getTime())).toBe(true);

    // Each side keeps to its own kind: the health points' engine neither lists nor books the centre.
    const health = new TenantHealth(database.db, new HealthSchedule(database.db, now), [24, 2], now);
    expect((await health.points('it')).some((point) => point.id.startsWith('centro-'))).toBe(false);
    const winner = await database.db.appointment.findUniqueOrThrow({ where: { id: booked!.id } });
    expect(await health.upcoming(winner.tenantId!, 'it')).toEqual([]);
    expect((await centreOf(database.db).upcoming(winner.tenantId!, 'it')).map((appointment) => appointment.id)).toEqual([booked!.id]);
    const other = await database.db.tenant.create({ data: { channel: 'telegram', channelUserId: 'centre-race-c', locale: 'it' } });
    expect((await health.hold({ tenantId: other.id, language: 'it', channel: 'telegram', conversationId: 'c' }, 'centro-san-siro', 'arrears', slot!.startsAt)).kind).toBe('invalid');
  });
});
