import { badRequest } from './apiError';
import { newFileId, newFileUniqueId } from './ids';
import type { TgFile, TgPhotoSize } from './types';

/** Bots may download files of up to 20 MB through getFile (spec). */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

export type FileKind = 'photo' | 'document' | 'voice' | 'sticker' | 'other';

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  kind: FileKind;
  size: number;
  filePath: string;
  mimeType?: string;
  fileName?: string;
  width?: number;
  height?: number;
  /** explicit content; otherwise synthetic bytes of `size` are served */
  content?: Buffer;
}

const PREFIX: Record<FileKind, string> = { photo: 'AgAC', document: 'BQAC', voice: 'AwAC', sticker: 'CAAC', other: 'BAAC' };
const DIR: Record<FileKind, string> = { photo: 'photos', document: 'documents', voice: 'voice', sticker: 'stickers', other: 'files' };

/** Magic bytes so downloaded synthetic files look like the declared type. */
function magicFor(file: StoredFile): Buffer {
  if (file.kind === 'photo' || file.mimeType === 'image/jpeg') return Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
  if (file.mimeType === 'image/png') return Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (file.mimeType === 'application/pdf') return Buffer.from('%PDF-1.4\n');
  if (file.kind === 'voice') return Buffer.from('OggS');
  if (file.kind === 'sticker') return Buffer.from('RIFF\0\0\0\0WEBP');
  return Buffer.alloc(0);
}

/** Files known to the fake: sent by simulated users or uploaded by the bot. */
export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  /** file_id of any size of a photo → all its sizes */
  private readonly photoSets = new Map<string, TgPhotoSize[]>();
  private counter = 0;

  add(spec: { kind: FileKind; size: number; mimeType?: string; fileName?: string; width?: number; height?: number; content?: Buffer; extension?: string }): StoredFile {
    const extension = spec.extension ?? extensionFor(spec.kind, spec.mimeType, spec.fileName);
    const file: StoredFile = {
      fileId: newFileId(PREFIX[spec.kind]),
      fileUniqueId: newFileUniqueId(),
      kind: spec.kind,
      size: spec.content?.length ?? spec.size,
      filePath: `${DIR[spec.kind]}/file_${this.counter++}${extension === '' ? '' : `.${extension}`}`,
      ...(spec.mimeType !== undefined && { mimeType: spec.mimeType }),
      ...(spec.fileName !== undefined && { fileName: spec.fileName }),
      ...(spec.width !== undefined && { width: spec.width }),
      ...(spec.height !== undefined && { height: spec.height }),
      ...(spec.content !== undefined && { content: spec.content }),
    };
    this.byId.set(file.fileId, file);
    this.byPath.set(file.filePath, file);
    return file;
  }

  linkPhotoSet(sizes: TgPhotoSize[]): void {
    for (const size of sizes) this.photoSets.set(size.file_id, sizes.map((s) => ({ ...s })));
  }

  photoSet(fileId: string): TgPhotoSize[] | undefined {
    return this.photoSets.get(fileId)?.map((s) => ({ ...s }));
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  /** getFile semantics: unknown → 400 invalid file_id; > 20 MB → 400 file is too big. */
  getFile(fileId: string | undefined): TgFile {
    const file = fileId === undefined ? undefined : this.byId.get(fileId.trim());
    if (file === undefined) throw badRequest('invalid file_id');
    if (file.size > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
    return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.size, file_path: file.filePath };
  }

  /** Bytes served at /file/bot<token>/<file_path>. */
  bytes(filePath: string): Buffer | undefined {
    const file = this.byPath.get(filePath);
    if (file === undefined || file.size > MAX_DOWNLOAD_BYTES) return undefined;
    if (file.content !== undefined) return file.content;
    const buffer = Buffer.alloc(file.size, 0x2a);
    magicFor(file).copy(buffer, 0, 0, Math.min(file.size, magicFor(file).length));
    return buffer;
  }

  contentType(filePath: string): string {
    return this.byPath.get(filePath)?.mimeType ?? 'application/octet-stream';
  }
}

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp',
  txt: 'text/plain', csv: 'text/csv', json: 'application/json', zip: 'application/zip', ogg: 'audio/ogg', oga: 'audio/ogg',
  mp3: 'audio/mpeg', mp4: 'video/mp4', doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text', heic: 'image/heic',
};

export function mimeFromFileName(fileName: string): string | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : MIME_BY_EXTENSION[extension];
}

function extensionFor(kind: FileKind, mimeType: string | undefined, fileName: string | undefined): string {
  if (kind === 'photo') return 'jpg';
  if (kind === 'voice') return 'oga';
  if (kind === 'sticker') return 'webp';
  const fromName = fileName === undefined ? undefined : /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1];
  if (fromName !== undefined) return fromName.toLowerCase();
  const fromMime = Object.entries(MIME_BY_EXTENSION).find(([, mime]) => mime === mimeType)?.[0];
  return fromMime ?? '';
}
