import type { FileStore } from './fileStore';
import { withAutoEntities } from './formatting';
import { createPhotoSizes } from './photoSizes';
import type { TgMessage, TgMessageEntity } from './types';

/** Content fields of messages sent by simulated users (private chats and groups). */

export interface PhotoSpec {
  width: number;
  height: number;
  fileSize?: number;
  caption?: string;
  content?: Buffer;
}

export interface DocumentSpec {
  fileName: string;
  mimeType: string;
  fileSize: number;
  caption?: string;
  content?: Buffer;
}

/** Text with explicit entities, or the ones Telegram detects (commands, URLs, mentions, hashtags). */
export function textContent(text: string, entities?: TgMessageEntity[]): Partial<TgMessage> {
  const found = entities ?? withAutoEntities(text, []);
  return { text, ...(found.length > 0 && { entities: found }) };
}

export function photoContent(files: FileStore, spec: PhotoSpec): Partial<TgMessage> {
  const size = spec.content?.length ?? spec.fileSize ?? Math.max(1000, Math.round((spec.width * spec.height) / 4));
  const photo = createPhotoSizes(files, spec.width, spec.height, size, spec.content);
  return { photo, ...(spec.caption !== undefined && { caption: spec.caption }) };
}

export function documentContent(files: FileStore, spec: DocumentSpec): Partial<TgMessage> {
  const file = files.add({
    kind: 'document',
    size: spec.fileSize,
    fileName: spec.fileName,
    mimeType: spec.mimeType,
    ...(spec.content !== undefined && { content: spec.content }),
  });
  const document = {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_name: spec.fileName,
    mime_type: spec.mimeType,
    file_size: file.size,
  };
  return { document, ...(spec.caption !== undefined && { caption: spec.caption }) };
}
