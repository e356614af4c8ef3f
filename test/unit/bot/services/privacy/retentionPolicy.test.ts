import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../../../bot/config/config';
import { monthsBefore, recordTable, retentionPeriodsOf } from '../../../../../bot/services/privacy/retentionPolicy';

describe('retention policy', () => {
  it('the README carries the record of processing of the default settings', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../../../../README.md'), 'utf8');
    expect(readme).toContain(recordTable(retentionPeriodsOf(loadConfig({}))));
  });

  it('takes the periods from the settings', () => {
    const periods = retentionPeriodsOf(loadConfig({ RETENTION_TRANSCRIPT_DAYS: '10', RETENTION_INACTIVE_TENANT_MONTHS: '36' }));
    expect(periods).toMatchObject({ transcriptDays: 10, inactiveTenantMonths: 36, photosMonths: 24 });
    expect(recordTable(periods)).toContain('| 10 days |');
    expect(() => loadConfig({ RETENTION_PHOTOS_MONTHS: '0' })).toThrow(/RETENTION_PHOTOS_MONTHS/);
  });

  it('counts months on the calendar', () => {
    expect(monthsBefore(new Date('2027-06-15T08:00:00Z'), 12).toISOString()).toBe('2026-06-15T08:00:00.000Z');
    expect(monthsBefore(new Date('2027-03-01T00:00:00Z'), 24).toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });
});
