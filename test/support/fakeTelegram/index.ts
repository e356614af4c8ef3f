export { FakeBotApi, toChat, type FakeBotApiOptions } from './fakeBotApi';
export { FakeUser, type FakeUserSpec, type SendTextOptions } from './tenant';
export type { CallCursor, CallPredicate } from './callLog';
export type { CallbackAnswer } from './callbackQueries';
export type {
  ApiFailure,
  ApiResponse,
  ApiSuccess,
  BotMessage,
  Call,
  FailSpec,
  InlineButton,
  MessageKind,
  Params,
  ParamValue,
  TgCallbackQuery,
  TgChat,
  TgInlineKeyboardButton,
  TgInlineKeyboardMarkup,
  TgMessage,
  TgMessageEntity,
  TgReplyKeyboardMarkup,
  TgReplyMarkup,
  TgUpdate,
  TgUser,
  UploadedFile,
  WebhookDelivery,
} from './types';
