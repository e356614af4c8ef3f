import type { ApiFailure } from './types';

/** A Bot API error. Thrown by method handlers, turned into `{ ok: false, ... }` with HTTP status = errorCode. */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ApiFailure['parameters'],
  ) {
    super(`${errorCode}: ${description}`);
    this.name = 'ApiError';
  }

  toResponse(): ApiFailure {
    const body: ApiFailure = { ok: false, error_code: this.errorCode, description: this.description };
    if (this.parameters !== undefined) body.parameters = { ...this.parameters };
    return body;
  }
}

/** 400 "Bad Request: <detail>" */
export function badRequest(detail: string): ApiError {
  return new ApiError(400, `Bad Request: ${detail}`);
}

export function forbidden(detail: string): ApiError {
  return new ApiError(403, `Forbidden: ${detail}`);
}

export function conflict(detail: string): ApiError {
  return new ApiError(409, `Conflict: ${detail}`);
}

export const UNAUTHORIZED = new ApiError(401, 'Unauthorized');
export const NOT_FOUND = new ApiError(404, 'Not Found');

export const MESSAGES = {
  chatNotFound: 'chat not found',
  chatIdEmpty: 'chat_id is empty',
  textEmpty: 'message text is empty',
  textTooLong: 'message is too long',
  captionTooLong: 'message caption is too long',
  buttonDataInvalid: 'BUTTON_DATA_INVALID',
  messageToEditNotFound: 'message to edit not found',
  messageToDeleteNotFound: 'message to delete not found',
  messageNotModified:
    'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  queryTooOld: 'query is too old and response timeout expired or query ID is invalid',
  invalidFileId: 'invalid file_id',
  blocked: 'bot was blocked by the user',
  webhookActive: "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
  terminatedByOther: 'terminated by other getUpdates request; make sure that only one bot instance is running',
} as const;
