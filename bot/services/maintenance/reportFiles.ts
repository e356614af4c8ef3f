import { MAX_FILE_BYTES, PHOTO_TYPES, ReportFileRejected, VOICE_TYPES, type ReportFileInput } from '../../../dialogs/maintenance/reportDesk';

/** Downloads a file a tenant sent, from the channel that has it. */
export type FileFetcher = (fileUrl: string) => Promise<{ body: Buffer; contentType: string }>;

export interface StoredFile {
  kind: 'photo' | 'voice';
  mimeType: string;
  size: number;
  data: Buffer;
}

/** The real type of a file, from its first bytes (a declared type is not trusted). */
export function sniffType(body: Buffer): string | undefined {
  if (body.length >= 3 && body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff) return 'image/jpeg';
  if (body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (body.subarray(0, 4).toString('latin1') === 'RIFF' && body.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (body.subarray(0, 4).toString('latin1') === 'OggS') return 'audio/ogg';
  if (body.subarray(0, 3).toString('latin1') === 'ID3' || (body[0] === 0xff && ((body[1] ?? 0) & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (body.subarray(4, 8).toString('latin1') === 'ftyp') return 'audio/mp4';
  return undefined;
}

/** Downloads every file of a report before anything is written, so a report is stored whole or not at all. */
export async function fetchReportFiles(fetcher: FileFetcher, files: ReportFileInput[]): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  for (const file of files) {
    if (file.size !== undefined && file.size > MAX_FILE_BYTES) throw new ReportFileRejected('tooLarge');
    const { body } = await fetcher(file.fileUrl).catch(() => {
      throw new ReportFileRejected('unavailable');
    });
    if (body.length > MAX_FILE_BYTES) throw new ReportFileRejected('tooLarge');
    const type = sniffType(body);
    const allowed = file.kind === 'photo' ? PHOTO_TYPES : VOICE_TYPES;
    if (!type || !allowed.includes(type)) throw new ReportFileRejected('format');
    stored.push({ kind: file.kind, mimeType: type, size: body.length, data: body });
  }
  return stored;
}
