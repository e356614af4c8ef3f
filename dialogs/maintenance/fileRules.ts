import type { IncomingContent } from '../engine/incomingContent';
import { MAX_FILE_BYTES, PHOTO_TYPES, VOICE_TYPES, type ReportFileInput } from './reportDesk';

export type FileVerdict = { file: ReportFileInput } | { problem: 'unsupported' | 'notAFile' | 'tooLarge' | 'imageFormat' | 'notImage' };

/** Whether something the tenant sent can go with a report: photos (JPG, PNG, WebP) and voice notes, up to 10 MB. */
export function judgeFile(content: IncomingContent | undefined): FileVerdict {
  if (!content) return { problem: 'unsupported' };
  if (content.kind !== 'photo' && content.kind !== 'document' && content.kind !== 'voice') return { problem: 'notAFile' };
  if (!content.fileUrl) return { problem: 'unsupported' };
  if (content.size !== undefined && content.size > MAX_FILE_BYTES) return { problem: 'tooLarge' };
  const mimeType = (content.mimeType ?? '').toLowerCase();
  const file = (kind: ReportFileInput['kind'], type: string): FileVerdict => ({ file: { kind, fileUrl: content.fileUrl!, mimeType: type, ...(content.size !== undefined ? { size: content.size } : {}) } });
  if (content.kind === 'photo') return file('photo', 'image/jpeg');
  if (content.kind === 'voice') return mimeType.startsWith('audio/') || mimeType === '' ? file('voice', mimeType || 'audio/ogg') : { problem: 'notImage' };
  if (PHOTO_TYPES.includes(mimeType)) return file('photo', mimeType);
  if (VOICE_TYPES.includes(mimeType)) return file('voice', mimeType);
  return { problem: mimeType.startsWith('image/') ? 'imageFormat' : 'notImage' };
}
