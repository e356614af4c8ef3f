import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../../../bot/i18n/i18n';
import { exportFiles } from '../../../../../bot/services/privacy/exportDocument';
import type { TenantRecord } from '../../../../../bot/services/privacy/tenantData';

const record = (files: TenantRecord['files']): TenantRecord => ({
  exportedAt: '2026-12-05T10:00:00.000Z',
  profile: { name: 'Rosa', language: 'ar', neighbourhood: 'san-siro', address: null, healthConsentGivenAt: null, firstSeenAt: '2026-11-01T10:00:00.000Z', lastSeenAt: '2026-12-05T10:00:00.000Z' },
  reports: [],
  appointments: [],
  requests: [],
  transcript: [{ from: 'tenant', text: 'مرحبا', at: '2026-12-05T09:00:00.000Z' }],
  notices: { language: 'ar', reportUpdates: 0, appointmentReminders: 0 },
  files,
});

describe('the export files', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await createI18n();
  });

  it('one JSON and a PDF when everything fits', async () => {
    const files = await exportFiles(record([]), 'ar', i18n.getFixedT('ar'));
    expect(files.map((file) => [file.name, file.contentType])).toEqual([
      ['casa-bot-2026-12-05.json', 'application/json'],
      ['casa-bot-2026-12-05.pdf', 'application/pdf'],
    ]);
    expect(JSON.parse(files[0]!.data.toString())).toMatchObject({ profile: { name: 'Rosa' }, transcript: [{ text: 'مرحبا' }], files: [] });
    expect(files[1]!.data.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('splits the JSON into parts under the upload limit, each a JSON document, with every file once', async () => {
    const photos = Array.from({ length: 5 }, (_, index) => ({ name: `MI-2026-000001-${index + 1}.jpg`, mimeType: 'image/jpeg', data: Buffer.alloc(3000, index) }));
    const files = await exportFiles(record(photos), 'it', i18n.getFixedT('it'), 9000);
    const parts = files.filter((file) => file.contentType === 'application/json');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => part.name)).toEqual(parts.map((_, index) => `casa-bot-2026-12-05-${index + 1}-of-${parts.length}.json`));
    for (const part of parts) expect(part.data.length).toBeLessThanOrEqual(9000);
    const documents = parts.map((part) => JSON.parse(part.data.toString()) as { profile?: unknown; files: { name: string; base64: string }[] });
    expect(documents[0]!.profile).toBeDefined();
    expect(documents.slice(1).every((document) => document.profile === undefined)).toBe(true);
    const names = documents.flatMap((document) => document.files.map((file) => file.name));
    expect(names).toEqual(photos.map((photo) => photo.name));
    expect(Buffer.from(documents.at(-1)!.files.at(-1)!.base64, 'base64').equals(photos.at(-1)!.data)).toBe(true);
  });
});
