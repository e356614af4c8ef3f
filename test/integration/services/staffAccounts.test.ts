import { LOCK_MINUTES, StaffAccounts } from '../../../bot/services/staff/staffAccounts';
import { seedReferenceData } from '../../../bot/services/referenceDataService';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

describe('staff accounts', () => {
  let database: TestDatabase;
  let clock = new Date('2026-11-30T09:00:00Z');
  let accounts: StaffAccounts;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedReferenceData(database.db);
    accounts = new StaffAccounts(database.db, () => clock);
    await accounts.create({ email: 'Marco@Casa.test', name: 'Marco', role: 'community_manager', password: 'staff-password-123', neighbourhoodIds: ['san-siro'] });
  });
  afterAll(() => database.drop());

  it('stores an argon2id hash, never the password', async () => {
    const row = await database.db.staffAccount.findUniqueOrThrow({ where: { email: 'marco@casa.test' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('staff-password-123');
  });

  it('locks the account for 15 minutes after five wrong passwords, even for the right one', async () => {
    const results: string[] = [];
    for (let i = 0; i < 5; i += 1) results.push((await accounts.authenticate('marco@casa.test', 'wrong-password')).kind);
    expect(results).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked']);
    expect((await accounts.authenticate('marco@casa.test', 'staff-password-123')).kind).toBe('locked');
    clock = new Date(clock.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect(await accounts.authenticate(' MARCO@casa.test ', 'staff-password-123')).toMatchObject({ kind: 'ok', staff: { name: 'Marco', neighbourhoodIds: ['san-siro'] } });
  });

  it('refuses short passwords, unknown neighbourhoods and a second account with the same email', async () => {
    const base = { email: 'new@casa.test', name: 'Nuovo', role: 'community_manager' as const, neighbourhoodIds: ['san-siro'] };
    await expect(accounts.create({ ...base, password: 'short' })).rejects.toThrow('at least 12 characters');
    await expect(accounts.create({ ...base, password: 'long-enough-password', neighbourhoodIds: ['atlantide'] })).rejects.toThrow('unknown neighbourhood');
    await expect(accounts.create({ ...base, email: 'marco@casa.test', password: 'long-enough-password' })).rejects.toThrow('exists');
  });

  it('creates the first admin only when there is none', async () => {
    expect(await accounts.ensureAdmin('admin@casa.test', 'admin-password-123')).toBe(true);
    expect(await accounts.ensureAdmin('other@casa.test', 'admin-password-123')).toBe(false);
    expect(await database.db.staffAccount.count({ where: { role: 'admin' } })).toBe(1);
  });

  it('does not let a deactivated person in', async () => {
    const marco = await database.db.staffAccount.findUniqueOrThrow({ where: { email: 'marco@casa.test' } });
    await accounts.update(marco.id, { active: false });
    expect((await accounts.authenticate('marco@casa.test', 'staff-password-123')).kind).toBe('invalid');
    expect(await accounts.identityById(marco.id)).toBeUndefined();
  });
});
