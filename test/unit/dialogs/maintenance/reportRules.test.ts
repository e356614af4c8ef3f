import { parseBuildingPayload, buildingDeepLink } from '../../../../dialogs/maintenance/buildingLinks';
import { judgeFile } from '../../../../dialogs/maintenance/fileRules';
import { parseReportCode, reportCode } from '../../../../dialogs/maintenance/reportDesk';
import type { IncomingContent } from '../../../../dialogs/engine/incomingContent';

describe('report codes', () => {
  it.each([
    [123, '2026-03-01T10:00:00Z', 'MI-2026-000123'],
    [1, '2026-12-31T23:30:00Z', 'MI-2027-000001'],
    [1234567, '2026-06-01T00:00:00Z', 'MI-2026-1234567'],
  ])('report %i made at %s is %s (Milan year)', (id, at, code) => {
    expect(reportCode(id, new Date(at))).toBe(code);
    expect(parseReportCode(code)).toEqual({ id, year: Number(code.slice(3, 7)) });
  });

  it.each(['MI-2026-123', 'MI2026000123', 'RM-2026-000123', 'MI-2026-000123x', ''])('"%s" is no report code', (text) => {
    expect(parseReportCode(text)).toBeUndefined();
  });

  it('reads a code typed in lower case with spaces around', () => {
    expect(parseReportCode('  mi-2026-000042 ')).toEqual({ id: 42, year: 2026 });
  });
});

describe('QR deep links', () => {
  it.each<[string, { code: string; staircase?: string }]>([
    ['b_GR-0001', { code: 'GR-0001', staircase: undefined }],
    ['b_SS-0002_B', { code: 'SS-0002', staircase: 'B' }],
  ])('%s names the building', (payload, expected) => {
    expect(parseBuildingPayload(payload)).toEqual(expected);
  });

  it.each(['', 'b_', 'x_GR-0001', 'b_GR 0001', 'b_GR-0001_TOOLONG', `b_${'A'.repeat(41)}`])('"%s" is no building link', (payload) => {
    expect(parseBuildingPayload(payload)).toBeUndefined();
  });

  it('makes a link Telegram accepts (payload of at most 64 characters from A-Z a-z 0-9 _ -)', () => {
    const link = buildingDeepLink('casa_bot', 'GR-0001', 'B');
    expect(link).toBe('https://t.me/casa_bot?start=b_GR-0001_B');
    expect(new URL(link).searchParams.get('start')).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});

describe('files that can go with a report', () => {
  const file = (content: Partial<IncomingContent>): IncomingContent => ({ kind: 'document', fileUrl: 'telegram-file:x', ...content });

  it.each<[string, IncomingContent | undefined, string]>([
    ['a photo', file({ kind: 'photo', mimeType: 'image/jpeg', size: 200_000 }), 'photo image/jpeg'],
    ['a PNG sent as a file', file({ mimeType: 'image/png', size: 50_000 }), 'photo image/png'],
    ['a voice note', file({ kind: 'voice', mimeType: 'audio/ogg', size: 30_000 }), 'voice audio/ogg'],
    ['an MP3 sent as a file', file({ mimeType: 'audio/mpeg', size: 30_000 }), 'voice audio/mpeg'],
    ['a PDF', file({ mimeType: 'application/pdf', size: 30_000 }), 'notImage'],
    ['a HEIC picture as a file', file({ mimeType: 'image/heic', size: 30_000 }), 'imageFormat'],
    ['a 15 MB photo file', file({ mimeType: 'image/jpeg', size: 15 * 1024 * 1024 }), 'tooLarge'],
    ['a text', { kind: 'text', text: 'ciao' }, 'notAFile'],
    ['a location', { kind: 'location', latitude: 45, longitude: 9 }, 'notAFile'],
    ['a sticker (nothing to pass on)', undefined, 'unsupported'],
  ])('%s → %s', (_what, content, expected) => {
    const verdict = judgeFile(content);
    expect('file' in verdict ? `${verdict.file.kind} ${verdict.file.mimeType}` : verdict.problem).toBe(expected);
  });
});
