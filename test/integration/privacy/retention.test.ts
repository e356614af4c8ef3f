import pino from 'pino';
import { createPrismaClient, type Db } from '../../../bot/db/prismaClient';
import { prepareSqlite } from '../../../bot/db/sqliteSettings';
import { DeskEvents } from '../../../bot/services/desk/deskEvents';
import { seedHealth } from '../../../bot/services/health/healthSeed';
import { RetentionJob } from '../../../bot/services/privacy/retentionJob';
import type { RetentionPeriods } from '../../../bot/services/privacy/retentionPolicy';
import { TenantErasure } from '../../../bot/services/privacy/tenantErasure';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { AuditLog } from '../../../bot/services/staff/auditLog';
import { createTestDatabase, type Provider, type TestDatabase } from '../../support/testDatabase';

const PERIODS: RetentionPeriods = { transcriptDays: 30, requestMessagesMonths: 12, healthNotesMonths: 6, photosMonths: 24, inactiveTenantMonths: 24 };
const DAY = 24 * 60 * 60 * 1000;
const silent = pino({ level: 'silent' });

/** A process's retention job on its own database client, on the test's clock. */
function jobOn(db: Db, clock: { now: Date }): RetentionJob {
  const now = () => clock.now;
  return new RetentionJob(db, new TenantErasure(db, new DeskEvents(() => undefined), new AuditLog(db, now), now), PERIODS, silent, now);
}

/**
 * Each retention rule on a controlled clock: what is older than its period goes, what is younger stays; two processes
 * ticking at once run the day once; the next day runs again.
 */
describe.each<Provider>(['sqlite', 'postgresql'])('the daily retention job (%s)', (provider) => {
  let database: TestDatabase;
  let other: Db;
  const clock = { now: new Date('2027-06-15T08:00:00Z') };
  const ago = (days: number) => new Date(clock.now.getTime() - days * DAY);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    other = createPrismaClient(database.url);
    if (provider === 'sqlite') for (const db of [database.db, other]) await prepareSqlite(db, 'FULL');
    await seedReferenceData(database.db);
    await seedHealth(database.db);
  }, 60_000);
  afterAll(async () => {
    await other.$disconnect();
    await database.drop();
  });

  async function tenantSeen(daysAgo: number, name: string) {
    return database.db.tenant.create({ data: { channel: 'telegram', channelUserId: `${name}-${provider}`, name, locale: 'it', neighbourhoodId: 'san-siro', lastSeenAt: ago(daysAgo) } });
  }

  async function closedRequest(tenantId: string, closedDaysAgo: number) {
    return database.db.personRequest.create({
      data: {
        tenantId, neighbourhoodId: 'san-siro', topic: 'rent', language: 'it', status: 'closed', channel: 'telegram', conversationId: '1',
        visibleAt: ago(closedDaysAgo + 1), closedAt: ago(closedDaysAgo), rating: 4, ratingComment: 'grazie',
        messages: { create: [{ author: 'tenant', kind: 'text', text: 'il mio affitto' }, { author: 'staff', kind: 'text', text: 'ecco' }] },
      },
    });
  }

  async function resolvedReport(tenantId: string, buildingId: string, resolvedDaysAgo: number, category: string) {
    return database.db.maintenanceReport.create({
      data: {
        buildingId, neighbourhoodId: 'san-siro', category, status: 'resolved', place: 'common', description: 'perde', source: 'telegram', resolvedAt: ago(resolvedDaysAgo),
        reporters: { create: { tenantId, language: 'it', channel: 'telegram', conversationId: '1' } },
        files: { create: { tenantId, kind: 'photo', mimeType: 'image/jpeg', size: 3, data: new Uint8Array([1, 2, 3]) } },
      },
    });
  }

  async function appointmentWithNote(tenantId: string, daysAgo: number) {
    return database.db.appointment.create({
      data: { tenantId, pointId: 'ps-san-siro', serviceId: 'pressure', startsAt: ago(daysAgo), endsAt: ago(daysAgo), status: 'attended', note: 'nota', language: 'it', channel: 'telegram', conversationId: '1' },
    });
  }

  it('applies every rule once a day, across two processes', async () => {
    const active = await tenantSeen(1, 'Attiva');
    const silentOne = await tenantSeen(25 * 31, 'Silente');
    const building = await database.db.building.create({ data: { code: `R-${provider}`, neighbourhoodId: 'san-siro', address: 'Via Prova 1' } });
    await database.db.transcriptEntry.createMany({ data: [{ tenantId: active.id, direction: 'in', text: 'vecchio', createdAt: ago(31) }, { tenantId: active.id, direction: 'in', text: 'recente', createdAt: ago(29) }] });
    const oldRequest = await closedRequest(active.id, 13 * 31);
    const newRequest = await closedRequest(active.id, 30);
    const oldVisit = await appointmentWithNote(active.id, 7 * 31);
    const newVisit = await appointmentWithNote(active.id, 30);
    const oldReport = await resolvedReport(active.id, building.id, 25 * 31, 'lift');
    const newReport = await resolvedReport(active.id, building.id, 30, 'doors');
    await resolvedReport(silentOne.id, building.id, 10, 'water');

    await Promise.all([jobOn(database.db, clock).tick(), jobOn(other, clock).tick()]);

    const runs = await database.db.retentionRun.findMany();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ day: '2027-06-15', finishedAt: expect.any(Date) });
    expect(JSON.parse(runs[0]!.counts!)).toEqual({ transcriptLines: 1, requestMessages: 2, healthNotes: 1, reportFiles: 1, inactiveTenants: 1 });
    const db = database.db;
    expect((await db.transcriptEntry.findMany({ where: { tenantId: active.id } })).map((entry) => entry.text)).toEqual(['recente']);
    expect(await db.requestMessage.count({ where: { requestId: oldRequest.id } })).toBe(0);
    expect(await db.personRequest.findUniqueOrThrow({ where: { id: oldRequest.id } })).toMatchObject({ rating: 4, ratingComment: null, topic: 'rent' });
    expect(await db.requestMessage.count({ where: { requestId: newRequest.id } })).toBe(2);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: oldVisit.id } })).note).toBeNull();
    expect((await db.appointment.findUniqueOrThrow({ where: { id: newVisit.id } })).note).toBe('nota');
    expect(await db.reportFile.count({ where: { reportId: oldReport.id } })).toBe(0);
    expect(await db.reportFile.count({ where: { reportId: newReport.id } })).toBe(1);
    expect(await db.tenant.findUniqueOrThrow({ where: { id: silentOne.id } })).toMatchObject({ name: null, channel: 'erased', erasedAt: expect.any(Date) });
    expect(await db.tenant.findUniqueOrThrow({ where: { id: active.id } })).toMatchObject({ name: 'Attiva', erasedAt: null });
    expect(await db.auditEntry.count({ where: { action: 'tenant.erased', subjectId: silentOne.id, detail: 'retention' } })).toBe(1);

    // The same day again: nothing runs. The next day: the rules apply to what has aged since.
    await db.transcriptEntry.create({ data: { tenantId: active.id, direction: 'in', text: 'di ieri l\'altro mese', createdAt: ago(31) } });
    await jobOn(other, clock).tick();
    expect(await db.transcriptEntry.count({ where: { tenantId: active.id } })).toBe(2);
    clock.now = new Date(clock.now.getTime() + DAY);
    await jobOn(other, clock).tick();
    expect((await db.transcriptEntry.findMany({ where: { tenantId: active.id } })).map((entry) => entry.text)).toEqual(['recente']);
    expect((await db.retentionRun.findMany({ orderBy: { day: 'asc' } })).map((run) => run.day)).toEqual(['2027-06-15', '2027-06-16']);
  }, 60_000);
});
