import { badRequest } from '../apiError';
import type { Args } from '../args';
import { clone } from '../chatStore';
import { mimeFromFileName, type StoredFile } from '../fileStore';
import { imageInfo } from '../imageInfo';
import { createPhotoSizes } from '../photoSizes';
import { readReplyMarkup } from '../replyMarkup';
import type { TgDocument, TgFile, TgMessage, TgPhotoSize, UploadedFile } from '../types';
import { botMessageBase, readCaption } from './common';
import type { FakeState, MethodContext, MethodTable } from './context';
import { readPlacement } from './threads';

type InputFile =
  | { kind: 'upload'; file: UploadedFile }
  | { kind: 'file_id'; stored: StoredFile }
  | { kind: 'url'; url: string };

const TYPE_NAMES: Record<StoredFile['kind'], string> = {
  photo: 'Photo',
  document: 'Document',
  voice: 'VoiceNote',
  sticker: 'Sticker',
  other: 'File',
};

/** InputFile: a multipart upload, "attach://<name>", an HTTP(S) URL or a file_id. */
function readInputFile(args: Args, field: string, state: FakeState): InputFile {
  const upload = args.file(field);
  if (upload !== undefined) return { kind: 'upload', file: upload };
  const value = args.str(field)?.trim();
  if (value === undefined) throw badRequest(`there is no ${field} in the request`);
  if (value.startsWith('attach://')) {
    const attached = args.file(value.slice('attach://'.length));
    if (attached === undefined) throw badRequest(`there is no ${field} in the request`);
    return { kind: 'upload', file: attached };
  }
  if (/^https?:\/\/\S+$/i.test(value)) return { kind: 'url', url: value };
  const stored = state.files.get(value);
  if (stored === undefined) throw badRequest('wrong file identifier/HTTP URL specified');
  return { kind: 'file_id', stored };
}

function checkNotEmpty(file: UploadedFile): void {
  if (file.size === 0) throw badRequest('file must be non-empty');
}

function photoFrom(input: InputFile, state: FakeState): TgPhotoSize[] {
  switch (input.kind) {
    case 'upload': {
      checkNotEmpty(input.file);
      const info = imageInfo(input.file.bytes);
      if (info === undefined) throw badRequest('IMAGE_PROCESS_FAILED');
      const width = info.width > 0 ? info.width : 800;
      const height = info.height > 0 ? info.height : 600;
      return createPhotoSizes(state.files, width, height, input.file.size, input.file.bytes);
    }
    case 'file_id': {
      if (input.stored.kind !== 'photo') throw badRequest(`can't use file of type ${TYPE_NAMES[input.stored.kind]} as Photo`);
      return state.files.photoSet(input.stored.fileId) ?? [{
        file_id: input.stored.fileId,
        file_unique_id: input.stored.fileUniqueId,
        width: input.stored.width ?? 800,
        height: input.stored.height ?? 600,
        file_size: input.stored.size,
      }];
    }
    case 'url':
      // The fake has no internet: URLs are accepted and a 1280×960 photo is simulated.
      return createPhotoSizes(state.files, 1280, 960, 180_000);
  }
}

function documentFrom(input: InputFile, state: FakeState): TgDocument {
  let stored: StoredFile;
  switch (input.kind) {
    case 'upload': {
      checkNotEmpty(input.file);
      const fileName = input.file.fileName === '' ? 'document' : input.file.fileName;
      const declared = input.file.declaredMimeType.split(';')[0]?.trim() ?? '';
      const mimeType = mimeFromFileName(fileName) ?? (declared !== '' && declared !== 'text/plain' ? declared : 'application/octet-stream');
      stored = state.files.add({ kind: 'document', size: input.file.size, fileName, mimeType, content: input.file.bytes });
      break;
    }
    case 'file_id':
      if (input.stored.kind === 'photo' || input.stored.kind === 'sticker') {
        throw badRequest(`can't use file of type ${TYPE_NAMES[input.stored.kind]} as Document`);
      }
      stored = input.stored;
      break;
    case 'url': {
      const fileName = decodeURIComponent(new URL(input.url).pathname.split('/').pop() ?? '') || 'file';
      stored = state.files.add({ kind: 'document', size: 50_000, fileName, mimeType: mimeFromFileName(fileName) ?? 'application/octet-stream' });
      break;
    }
  }
  return {
    file_id: stored.fileId,
    file_unique_id: stored.fileUniqueId,
    ...(stored.fileName !== undefined && { file_name: stored.fileName }),
    ...(stored.mimeType !== undefined && { mime_type: stored.mimeType }),
    file_size: stored.size,
  };
}

function sendMedia(ctx: MethodContext, field: 'photo' | 'document'): TgMessage {
  const { args, state } = ctx;
  const caption = readCaption(args);
  const markup = readReplyMarkup(args);
  const input = readInputFile(args, field, state);
  const chat = state.chats.resolveForSending(args.str('chat_id'));
  const { replyTo, threadId } = readPlacement(args, state, chat);
  const media = field === 'photo' ? { photo: photoFrom(input, state) } : { document: documentFrom(input, state) };
  const stored = state.chats.addMessage(
    chat,
    'bot',
    (messageId) => {
      const message: TgMessage = { ...botMessageBase(state, chat, messageId, replyTo, threadId), ...media };
      if (caption !== undefined) {
        message.caption = caption.text;
        if (caption.entities.length > 0) message.caption_entities = caption.entities;
        if (args.bool('show_caption_above_media')) message.show_caption_above_media = true;
      }
      if (field === 'photo' && args.bool('has_spoiler')) message.has_media_spoiler = true;
      return message;
    },
    markup,
  );
  return clone(stored.message);
}

function getFile({ args, state }: MethodContext): TgFile {
  return state.files.getFile(args.str('file_id'));
}

export const mediaMethods: MethodTable = {
  sendPhoto: (ctx) => sendMedia(ctx, 'photo'),
  sendDocument: (ctx) => sendMedia(ctx, 'document'),
  getFile,
};
