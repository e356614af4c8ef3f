import { createStaff, type Staff } from '../../../bot/services/staff/createStaff';
import { LOCK_MINUTES } from '../../../bot/services/staff/staffAccounts';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

describe('staff accounts', () => {
  let database: TestDatabase;
  let clock = new Date('2026-11-30T09:00:00Z');
  let staff: Staff;
  let marcoId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedReferenceData(database.db);
    staff = createStaff(database.db, () => clock);
    marcoId = (await staff.accounts.create({ email: 'Marco@Casa.test', name: 'Marco', role: 'community_manager', password: 'staff-password-123', neighbourhoodIds: ['san-siro'] })).id;
  });
  afterAll(() => database.drop());

  it('stores an argon2id hash, never the password', async () => {
    const row = await database.db.staffAccount.findUniqueOrThrow({ where: { email: 'marco@casa.test' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('staff-password-123');
  });

  it('locks the account for one address after five wrong passwords, with the same answer as an unknown email, and logs it', async () => {
    const results: string[] = [];
    for (let i = 0; i < 5; i += 1) results.push((await staff.accounts.authenticate('marco@casa.test', 'wrong-password', '203.0.113.9')).kind);
    expect(results).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid']);
    expect((await staff.accounts.authenticate('marco@casa.test', 'staff-password-123', '203.0.113.9')).kind).toBe('invalid');
    expect((await staff.accounts.authenticate('nobody@casa.test', 'staff-password-123', '203.0.113.9')).kind).toBe('invalid');
    // The manager at their own desk is not locked out by someone elsewhere.
    expect((await staff.accounts.authenticate('marco@casa.test', 'staff-password-123', '192.168.1.20')).kind).toBe('ok');
    const log = await staff.audit.list(null);
    expect(log.map((entry) => entry.action)).toEqual(expect.arrayContaining(['login.locked', 'login.failed_repeatedly']));
    expect(log.find((entry) => entry.action === 'login.locked')).toMatchObject({ subject: 'Marco', detail: 'from 203.0.113.9' });
    clock = new Date(clock.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect(await staff.accounts.authenticate(' MARCO@casa.test ', 'staff-password-123', '203.0.113.9')).toMatchObject({ kind: 'ok', staff: { name: 'Marco', neighbourhoodIds: ['san-siro'] } });
  });

  it('takes about as long for an unknown email, a locked account and a wrong password (one argon2 check each)', async () => {
    const time = async (email: string, ip: string) => {
      const start = process.hrtime.bigint();
      await staff.accounts.authenticate(email, 'wrong-password', ip);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 5; i += 1) await time('marco@casa.test', '198.51.100.1');
    const [unknown, locked, wrong] = [await time('nobody@casa.test', '10.0.0.1'), await time('marco@casa.test', '198.51.100.1'), await time('marco@casa.test', '10.0.0.2')];
    const slowest = Math.max(unknown, locked, wrong);
    expect(Math.min(unknown, locked, wrong)).toBeGreaterThan(slowest / 4);
  });

  it('refuses short and common passwords, unknown neighbourhoods and a second account with the same email', async () => {
    const base = { email: 'new@casa.test', name: 'Nuovo', role: 'community_manager' as const, neighbourhoodIds: ['san-siro'] };
    await expect(staff.accounts.create({ ...base, password: 'short' })).rejects.toThrow('at least 12 characters');
    for (const password of ['aaaaaaaaaaaa', 'password1234', 'qwertyuiop12', 'iloveyou1234']) {
      await expect(staff.accounts.create({ ...base, password })).rejects.toThrow('too common');
    }
    await expect(staff.accounts.create({ ...base, password: 'long-enough-password', neighbourhoodIds: ['atlantide'] })).rejects.toThrow('unknown neighbourhood');
    await expect(staff.accounts.create({ ...base, email: 'marco@casa.test', password: 'long-enough-password' })).rejects.toThrow('exists');
  });

  it('changes only the fields a PATCH sends: a new password keeps the neighbourhoods', async () => {
    await staff.accounts.update(marcoId, { password: 'another-staff-password-9' });
    expect(await staff.accounts.identityById(marcoId)).toMatchObject({ neighbourhoodIds: ['san-siro'] });
    await staff.accounts.update(marcoId, { name: 'Marco B.' });
    expect(await staff.accounts.identityById(marcoId)).toMatchObject({ name: 'Marco B.', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
  });

  it('ends the other sessions of an account whose password, role or neighbourhoods change or that is deactivated', async () => {
    const expiresAt = new Date(clock.getTime() + 3600_000);
    const sessionsOf = async () => (await database.db.staffSession.findMany({ where: { staffId: marcoId } })).map((row) => row.id).sort();
    for (const patch of [{ password: 'yet-another-password-77' }, { role: 'coordinator' as const }, { neighbourhoodIds: ['mazzini'] }, { active: false }]) {
      await database.db.staffSession.createMany({ data: ['s-own', 's-phone'].map((id) => ({ id, data: '{}', expiresAt, staffId: marcoId })) });
      await staff.accounts.update(marcoId, patch, { id: marcoId, sessionId: 's-own' });
      expect(await sessionsOf()).toEqual(['s-own']);
      await database.db.staffSession.deleteMany({});
    }
    await database.db.staffSession.createMany({ data: ['s-a', 's-b'].map((id) => ({ id, data: '{}', expiresAt, staffId: marcoId })) });
    await staff.accounts.update(marcoId, { name: 'Marco' });
    expect(await sessionsOf()).toEqual(['s-a', 's-b']);
  });

  it('creates the first admin only when there is none', async () => {
    expect(await staff.accounts.ensureAdmin('admin@casa.test', 'admin-password-123')).toBe(true);
    expect(await staff.accounts.ensureAdmin('other@casa.test', 'admin-password-123')).toBe(false);
    expect(await database.db.staffAccount.count({ where: { role: 'admin' } })).toBe(1);
  });

  it('does not let a deactivated person in', async () => {
    expect((await staff.accounts.authenticate('marco@casa.test', 'yet-another-password-77')).kind).toBe('invalid');
    expect(await staff.accounts.identityById(marcoId)).toBeUndefined();
  });

  it('keeps the audit log append-only: the database refuses to change or remove an entry', async () => {
    await staff.audit.record({ organisationId: null, action: 'account.created', subjectId: marcoId });
    const before = await database.db.auditEntry.findMany({ orderBy: { id: 'asc' } });
    await expect(database.db.auditEntry.updateMany({ data: { action: 'x' } })).rejects.toThrow();
    await expect(database.db.auditEntry.deleteMany({})).rejects.toThrow();
    expect(await database.db.auditEntry.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});

describe('the audit log on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
  }, 120_000);
  afterAll(() => database.drop());

  it('keeps every entry as it was written: updates and deletes change nothing', async () => {
    const staff = createStaff(database.db);
    await staff.audit.record({ organisationId: null, action: 'login.locked', detail: 'from 203.0.113.9' });
    const before = await database.db.auditEntry.findMany();
    await database.db.auditEntry.updateMany({ data: { action: 'x', detail: null } }).catch(() => undefined);
    await database.db.auditEntry.deleteMany({}).catch(() => undefined);
    expect(await database.db.auditEntry.findMany()).toEqual(before);
    expect(before).toHaveLength(1);
  });
});
